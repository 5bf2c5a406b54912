/** @module Signing in with a token (which starts a server-side session; the cookie holds only its id) and signing out (which revokes it). */
import { Hono } from 'hono';
import { principalForToken } from '../../db/tokens';
import type { AppEnv } from '../../deps';
import { endSession, startSession } from '../../lib/session';
import { SignInPage } from '../../web/report-pages';
import { formFields, page, safeNext, sameOrigin } from './common';

export const sessionPages = new Hono<AppEnv>()
  .get('/', (c) => c.redirect('/rapporter', 303))
  .get('/logga-in', (c) => page(c, SignInPage({ next: safeNext(c.req.query('next')) })))
  .post('/logga-in', sameOrigin, async (c) => {
    const form = await formFields(c);
    const token = (form.token ?? '').trim();
    const principal = token ? await principalForToken(c.var.deps.db, token) : undefined;
    if (!principal)
      return page(
        c,
        SignInPage({ error: 'Token är ogiltig eller återkallad. Kontrollera att du klistrat in hela.', next: form.next }),
        401,
      );
    await startSession(c, principal);
    return c.redirect(safeNext(form.next), 303);
  })
  .post('/logga-ut', sameOrigin, async (c) => {
    await endSession(c);
    return c.redirect('/logga-in', 303);
  });
