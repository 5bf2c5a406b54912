/**
 * @module The one Hono app, built by a factory from its dependencies. The Node entry, the Worker
 * entry and the tests all call `createApp(deps)`; nothing here knows which runtime it is in.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps, AppEnv } from './deps';
import { requireToken } from './lib/auth';
import { AppError, errorBody } from './lib/errors';
import { guardBody, requireJsonBody } from './lib/body';
import { newId } from './lib/crypto';
import { GUARDED_ROUTES, requireRoleAt } from './lib/roles';
import { assessmentRoutes } from './routes/assessment';
import { chatRoutes } from './routes/chat';
import { checkRoutes } from './routes/check';
import { chatPageRoutes } from './routes/chat-page';
import { draftRoutes } from './routes/drafts';
import { exportRoutes } from './routes/export';
import { healthRoutes } from './routes/health';
import { pageRoutes } from './routes/pages';
import { reportRoutes } from './routes/reports';
import { suggestionRoutes } from './routes/suggestions';
import { slackRoutes } from './slack/route';

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    // A client's id is kept only when it is a plain id: it goes into headers, logs and error bodies.
    const given = c.req.header('x-request-id');
    const requestId = given && /^[A-Za-z0-9._:-]{1,100}$/.test(given) ? given : newId();
    c.set('requestId', requestId);
    // Set before the handler runs, so every c.json/c.body/stream carries it; setting it on a
    // finished response would rebuild the response (and undo the Node server's fast path).
    c.header('x-request-id', requestId);
    await next();
  });

  app.use('*', guardBody);

  app.route('/health', healthRoutes);
  app.route('/slack', slackRoutes);

  const api = new Hono<AppEnv>();
  api.use('*', async (c, next) => {
    // Answers carry one organisation's data for one token: no shared cache may keep them.
    c.header('cache-control', 'no-store');
    await next();
  });
  api.use('*', requireToken);
  api.use('*', requireJsonBody);
  for (const r of GUARDED_ROUTES) api.on(r.method, r.path, requireRoleAt(r.role));
  api.route('/reports', reportRoutes);
  api.route('/check', checkRoutes);
  api.route('/', assessmentRoutes);
  api.route('/', suggestionRoutes);
  api.route('/', exportRoutes);
  api.route('/', draftRoutes);
  api.route('/chat', chatRoutes);
  app.route('/api/v1', api);
  app.route('/', pageRoutes);
  app.route('/', chatPageRoutes);

  app.notFound((c) =>
    c.json(errorBody(new AppError('not_found', `Det finns ingen sida eller resurs på ${c.req.path}.`), c.var.requestId ?? ''), 404),
  );
  app.onError((err, c) => {
    const requestId = c.var.requestId ?? newId();
    if (err instanceof AppError) {
      if (err.status >= 500) console.error(`[${requestId}]`, err);
      return c.json(errorBody(err, requestId), err.status as 400);
    }
    if (err instanceof HTTPException) {
      return c.json(errorBody(new AppError('bad_request', err.message || 'Felaktig förfrågan.'), requestId), err.status);
    }
    console.error(`[${requestId}] oväntat fel`, err);
    return c.json(
      errorBody(new AppError('internal', 'Något gick fel hos oss. Försök igen; kvarstår felet, ange förfrågans id till supporten.'), requestId),
      500,
    );
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
