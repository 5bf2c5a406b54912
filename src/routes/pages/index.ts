/**
 * @module The review web pages, by feature: assets, signing in, the reports and their overview,
 * the goal page and its forms. Everything under /rapporter and /forslag needs a session, and a
 * form from another site is refused. Errors become a Swedish HTML page in the app's one onError.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../deps';
import { assetRoutes } from './assets';
import { requireSession, sameOrigin } from './common';
import { goalPages } from './goal';
import { reportPages } from './reports';
import { sectionPages } from './section';
import { sessionPages } from './session';
import { settingsPages } from './settings';

export { PAGE_HEADERS } from './common';

export const pageRoutes = new Hono<AppEnv>()
  .route('/', assetRoutes)
  .route('/', sessionPages)
  .use('/rapporter', requireSession)
  .use('/rapporter/*', requireSession, sameOrigin)
  .use('/forslag/*', requireSession, sameOrigin)
  .route('/', reportPages)
  .route('/', goalPages)
  .route('/', sectionPages)
  .route('/', settingsPages);
