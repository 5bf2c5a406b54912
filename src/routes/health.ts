/** @module The open health check: answers without a token and without touching the database. */
import { Hono } from 'hono';
import type { AppEnv } from '../deps';

export const healthRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json({ status: 'ok', service: 'motivera', model: c.var.deps.config.llm ? 'configured' : 'offline' }),
);
