/**
 * @module The chat web page at /rapporter/:id/chatt, its script and styles, and the chat API again
 * under /chatt/api for the page: signed in with the same session cookie as the review pages, and
 * refused when a request comes from another site.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../deps';
import { principalFromCookieOrBearer } from '../lib/auth';
import { sameOrigin } from '../lib/session';
import { AppError, notFound } from '../lib/errors';
import { deleteConversation, findConversation, listConversations, purgeExpiredConversations } from '../db/conversations';
import { chatCss, chatJs } from '../web/assets';
import { ChatPage } from '../web/chat-page';
import { renderPage } from '../web/layout';
import { chatRoutes } from './chat';
import { loadReport } from './load';

export const CHAT_PAGE_API = '/chatt/api';

const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};
const ASSET = (type: string) => ({ 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=300' });

/** The session cookie (or a bearer token); a page without one goes to sign-in, the page's API answers 401. */
const session = (kind: 'page' | 'api') =>
  createMiddleware<AppEnv>(async (c, next) => {
    const principal = await principalFromCookieOrBearer(c);
    if (!principal) {
      if (kind === 'page') return c.redirect(`/logga-in?next=${encodeURIComponent(c.req.path)}`, 303);
      throw new AppError('unauthorized', 'Du är inte inloggad längre. Läs in sidan igen och logga in.');
    }
    c.set('principal', principal);
    await next();
  });

async function chatPage(c: Context<AppEnv>) {
  const { row, doc } = await loadReport(c, c.req.param('id')!);
  const { days: retentionDays } = await purgeExpiredConversations(c.var.deps.db, c.var.principal.orgId);
  const conversationId = c.req.query('samtal');
  if (conversationId !== undefined) {
    // A link to a conversation that is not there (or not this person's, or another report's) says so instead of showing an empty chat.
    const found = /^[\w-]{1,100}$/.test(conversationId)
      ? await findConversation(c.var.deps.db, { orgId: c.var.principal.orgId, tokenId: c.var.principal.tokenId }, conversationId)
      : undefined;
    if (!found || found.reportId !== row.reportId)
      throw notFound('Samtalet finns inte, eller är inte ditt. Börja ett nytt samtal om rapporten.');
  }
  const html = await renderPage(
    ChatPage({
      user: { name: c.var.principal.name, role: c.var.principal.role },
      report: { id: row.reportId, title: doc.report.title ?? row.reportId },
      conversationId: conversationId && /^[\w-]{1,100}$/.test(conversationId) ? conversationId : undefined,
      api: CHAT_PAGE_API,
      modelConfigured: c.var.deps.openai !== null,
      conversations: (await listConversations(c.var.deps.db, { orgId: c.var.principal.orgId, tokenId: c.var.principal.tokenId }))
        .filter((x) => x.reportId === row.reportId)
        .map((x) => ({ id: x.id, title: x.title ?? 'Samtal utan rubrik', updatedAt: x.updatedAt })),
      retentionDays,
      notice: c.req.query('raderat') ? { kind: 'ok' as const, text: 'Samtalet är raderat.' } : null,
    }),
  );
  return c.body(html, 200, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
}

export const chatPageRoutes = new Hono<AppEnv>()
  .get('/assets/chat.js', (c) => c.body(chatJs, 200, ASSET('text/javascript')))
  .get('/assets/chat.css', (c) => c.body(chatCss, 200, ASSET('text/css')))
  .get('/rapporter/:id/chatt', session('page'), chatPage)
  .post('/rapporter/:id/chatt/radera', session('page'), sameOrigin, async (c) => {
    const form = await c.req.parseBody();
    const id = typeof form.samtal === 'string' ? form.samtal : '';
    const deleted = await deleteConversation(c.var.deps.db, { orgId: c.var.principal.orgId, tokenId: c.var.principal.tokenId }, id);
    if (!deleted) throw notFound('Samtalet finns inte, eller är inte ditt.');
    return c.redirect(`/rapporter/${encodeURIComponent(c.req.param('id'))}/chatt?raderat=1`, 303);
  })
  .use(`${CHAT_PAGE_API}/*`, session('api'), sameOrigin)
  .use(CHAT_PAGE_API, session('api'), sameOrigin)
  .route(CHAT_PAGE_API, chatRoutes);
