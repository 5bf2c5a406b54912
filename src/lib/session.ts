/**
 * @module The web pages' sign-in session: a server-side session (random secret in an HttpOnly,
 * SameSite=Strict cookie, stored hashed, expiring, revoked at sign-out), the same-origin check for
 * forms, and the only redirect targets followed after sign-in (paths on this site).
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { createSession, principalForSession, revokeSession } from '../db/sessions';
import type { Principal } from '../db/tokens';
import type { AppEnv } from '../deps';
import { badRequest, forbidden } from './errors';

export const SESSION_COOKIE = 'motivera_session';
export const SESSION_HOURS = 10;

/** Whether the request reached us over TLS; behind a proxy only when TRUST_PROXY says to believe it. */
export function isHttps(c: Context<AppEnv>): boolean {
  if (c.var.deps.config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

export async function startSession(c: Context<AppEnv>, principal: Principal): Promise<void> {
  const { secret } = await createSession(c.var.deps.db, principal.tokenId, SESSION_HOURS);
  setCookie(c, SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c), path: '/', maxAge: SESSION_HOURS * 3600 });
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret) await revokeSession(c.var.deps.db, secret);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

export async function principalForCookie(c: Context<AppEnv>): Promise<Principal | undefined> {
  const secret = getCookie(c, SESSION_COOKIE);
  if (!secret || !/^ms_[0-9a-f]{64}$/.test(secret)) return undefined;
  return principalForSession(c.var.deps.db, secret);
}

const BASE = 'http://motivera.invalid';

/**
 * Only a path on this site: no scheme, no host, no "//" or "\\" (browsers read "/\\x" as "//x"),
 * and no control character or space anywhere (browsers drop tabs and newlines, so "/\t/x" becomes
 * "//x"; a newline would also break the Location header).
 */
export function safeNext(next: unknown, fallback = '/rapporter'): string {
  if (typeof next !== 'string' || next.length > 2000 || !next.startsWith('/')) return fallback;
  // A control character, space or backslash could turn a path into another site's address.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(next) || next.startsWith('//')) return fallback;
  try {
    const url = new URL(next, BASE);
    if (url.origin !== BASE) return fallback;
  } catch {
    return fallback;
  }
  return next;
}

/**
 * Forms and the page API from other sites are refused: a SameSite=Strict cookie never comes along,
 * and an Origin that is not ours (including "null", and one that is not a URL) is refused outright.
 */
export const sameOrigin = createMiddleware<AppEnv>(async (c, next) => {
  const origin = c.req.header('origin');
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined) {
    if (origin === 'null') throw forbidden('Förfrågan kom inte från den här webbplatsen (Origin: null).');
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw badRequest('Rubriken Origin är inte en giltig adress.', 'origin');
    }
    const ours = c.req.header('host') ?? new URL(c.req.url).host;
    if (!host || host !== ours) throw forbidden('Formuläret kom från en annan webbplats.');
  }
  await next();
});
