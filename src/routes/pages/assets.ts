/** @module The pages' stylesheet, script and icon, built from src/web/client by scripts/build-web.ts. */
import { Hono } from 'hono';
import type { AppEnv } from '../../deps';
import { favicon, reviewScript, stylesheet } from '../../web/assets';

export const assetRoutes = new Hono<AppEnv>()
  .get('/assets/motivera.css', (c) =>
    c.body(stylesheet, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }),
  )
  .get('/assets/favicon.svg', (c) => c.body(favicon, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' }))
  .get('/assets/review.js', (c) =>
    c.body(reviewScript, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' }),
  );
