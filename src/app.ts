/**
 * @module The one Hono app, built by a factory from its dependencies. The Node entry, the Worker
 * entry and the tests all call `createApp(deps)`; nothing here knows which runtime it is in.
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import type { AppDeps, AppEnv } from './deps';
import { requireToken } from './lib/auth';
import { AppError, errorBody } from './lib/errors';
import { httpStatus } from './lib/http-status';
import { guardBody, requireJsonBody } from './lib/body';
import { newId } from './lib/crypto';
import { GUARDED_ROUTES, requireRoleAt } from './lib/roles';
import { assessmentRoutes } from './routes/assessment';
import { chatRoutes } from './routes/chat';
import { checkRoutes } from './routes/check';
import { CHAT_PAGE_API, chatPageRoutes } from './routes/chat-page';
import { ErrorPage, renderPage } from './web/layout';
import { draftRoutes } from './routes/drafts';
import { sectionRoutes } from './routes/sections';
import { exportRoutes } from './routes/export';
import { healthRoutes } from './routes/health';
import { PAGE_HEADERS, pageRoutes } from './routes/pages';
import { reportRoutes } from './routes/reports';
import { suggestionRoutes } from './routes/suggestions';
import { slackRoutes } from './slack/route';
import { koladaRoutes } from './routes/kolada';
import { settingsRoutes } from './routes/settings';
import { createKoladaClient } from './kolada';

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const resolved = {
    ...deps,
    kolada: deps.kolada ?? createKoladaClient({ baseUrl: deps.config.kolada.baseUrl, timeoutMs: deps.config.kolada.timeoutMs }),
  };

  app.use('*', async (c, next) => {
    c.set('deps', resolved);
    // What belongs to one request: on Workers, its waitUntil.
    c.set('background', typeof deps.background === 'function' ? deps.background(c.executionCtx) : deps.background);
    await next();
  });
  // Hono's own: takes a caller's x-request-id (word characters, at most 255) or makes one, and sets
  // the header before the handler runs, so every c.json/c.body/stream carries it.
  app.use('*', requestId({ generator: () => newId(), limitLength: 100 }));

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
  api.route('/', sectionRoutes);
  api.route('/chat', chatRoutes);
  api.route('/', koladaRoutes);
  api.route('/', settingsRoutes);
  app.route('/api/v1', api);
  app.route('/', pageRoutes);
  app.route('/', chatPageRoutes);

  app.notFound((c) => {
    const err = new AppError('not_found', `Det finns ingen sida eller resurs på ${c.req.path}.`);
    return isApiPath(c.req.path) ? c.json(errorBody(err, c.var.requestId ?? ''), 404) : errorPageResponse(c, err, 404);
  });
  app.onError((err, c) => {
    const requestId = c.var.requestId ?? newId();
    // A page answers a person in HTML, in Swedish; only the API answers JSON.
    if (!isApiPath(c.req.path)) {
      const status = err instanceof AppError ? httpStatus(err) : err instanceof HTTPException ? err.status : 500;
      if (status >= 500) console.error(`[${requestId}] sidfel`, err);
      return errorPageResponse(
        c,
        err instanceof AppError && status < 500 ? err : new AppError('internal', 'Något gick fel hos oss. Försök igen om en stund.'),
        status,
      );
    }
    // The one place an error becomes an HTTP status.
    if (err instanceof AppError) {
      const status = httpStatus(err);
      if (status >= 500) console.error(`[${requestId}]`, err);
      return c.json(errorBody(err, requestId), status);
    }
    if (err instanceof HTTPException) {
      return c.json(errorBody(new AppError('bad_request', err.message || 'Felaktig förfrågan.'), requestId), err.status);
    }
    console.error(`[${requestId}] oväntat fel`, err);
    return c.json(
      errorBody(
        new AppError('internal', 'Något gick fel hos oss. Försök igen; kvarstår felet, ange förfrågans id till supporten.'),
        requestId,
      ),
      500,
    );
  });
  return app;
}

/** The API, the page's own chat API, Slack and the health check answer JSON; every other path is a page. */
const isApiPath = (path: string) => /^\/(api|slack|health)(\/|$)/.test(path) || path.startsWith(`${CHAT_PAGE_API}`);

async function errorPageResponse(c: Context<AppEnv>, err: AppError, status: number) {
  const principal = c.var.principal as AppEnv['Variables']['principal'] | undefined;
  const html = await renderPage(ErrorPage({ user: principal ? { name: principal.name, role: principal.role } : null, text: err.message }));
  return c.body(html, status as 404, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
}

export type App = ReturnType<typeof createApp>;
