/**
 * @module What every review page shares: the page response with its security headers, the
 * signed-in person, page paths, the session and same-origin guards, and reading a form.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../deps';
import { principalFromCookieOrBearer } from '../../lib/auth';
import { cleanString } from '../../lib/json-input';
import { renderPage } from '../../web/layout';
import { SignInPage } from '../../web/report-pages';

export type Ctx = Context<AppEnv>;

export const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

export async function page(c: Ctx, node: unknown, status = 200) {
  return c.body(await renderPage(node), status as 200, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
}

export const user = (c: Ctx) => ({ name: c.var.principal.name, role: c.var.principal.role });
export const reportPath = (reportId: string) => `/rapporter/${encodeURIComponent(reportId)}`;
export const goalPath = (reportId: string, goalId: string) => `${reportPath(reportId)}/mal/${encodeURIComponent(goalId)}`;

// Only paths on this site, and forms from this site: the rules live with the session (src/lib/session.ts).
export { safeNext, sameOrigin } from '../../lib/session';

export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await principalFromCookieOrBearer(c);
  if (!principal) {
    if (c.req.method === 'GET') return c.redirect(`/logga-in?next=${encodeURIComponent(c.req.path)}`, 303);
    return page(c, SignInPage({ error: 'Du är inte inloggad längre. Logga in och försök igen.' }), 401);
  }
  c.set('principal', principal);
  await next();
});

export async function formFields(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  // The same character rules as JSON bodies (src/lib/json-input.ts).
  return Object.fromEntries(
    Object.entries(body)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([k, v]) => [k, cleanString(v, [k])]),
  );
}
