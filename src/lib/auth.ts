/** @module Bearer-token authentication and role checks for every /api route, and the same look-up from the web pages' session cookie. */
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { principalForToken, type Principal, type Role } from '../db/tokens';
import type { AppEnv } from '../deps';
import { AppError } from './errors';
import { forbiddenRole, hasRole } from './roles';
import { principalForCookie } from './session';

export const requireToken = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new AppError('unauthorized', 'Inloggning krävs: skicka en token i rubriken Authorization: Bearer <token>.');
  }
  const principal = await principalForToken(c.var.deps.db, match[1]!);
  if (!principal) throw new AppError('unauthorized', 'Token är ogiltig eller återkallad.');
  c.set('principal', principal);
  await next();
});

export function requireRole(c: Context<AppEnv>, role: Role): Principal {
  const p = c.var.principal;
  if (!hasRole(p.role, role)) throw forbiddenRole(role, p.role);
  return p;
}

/**
 * The principal for a web page: a bearer header when there is one, else the server-side session
 * named by the cookie (src/lib/session.ts).
 * Undefined when neither names a valid token; the page then asks the person to sign in.
 */
export async function principalFromCookieOrBearer(c: Context<AppEnv>): Promise<Principal | undefined> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
  if (match) return principalForToken(c.var.deps.db, match[1]!);
  return principalForCookie(c);
}
