/** @module Signing in with a token (kept in an HttpOnly, SameSite=Strict cookie) and signing out. */
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { principalForToken } from '../../db/tokens';
import type { AppEnv } from '../../deps';
import { SESSION_COOKIE } from '../../lib/auth';
import { SignInPage } from '../../web/report-pages';
import { formFields, page, safeNext, sameOrigin } from './common';

const SESSION_HOURS = 10;

export const sessionPages = new Hono<AppEnv>()
  .get('/', (c) => c.redirect('/rapporter', 303))
  .get('/logga-in', (c) => page(c, SignInPage({ next: c.req.query('next') })))
  .post('/logga-in', sameOrigin, async (c) => {
    const form = await formFields(c);
    const token = (form.token ?? '').trim();
    const principal = token ? await principalForToken(c.var.deps.db, token) : undefined;
    if (!principal) return page(c, SignInPage({ error: 'Token är ogiltig eller återkallad. Kontrollera att du klistrat in hela.', next: form.next }), 401);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: new URL(c.req.url).protocol === 'https:',
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    });
    return c.redirect(safeNext(form.next), 303);
  })
  .post('/logga-ut', sameOrigin, (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/logga-in', 303);
  });
