/** @module Web sessions: created at sign-in for a valid token, looked up by the cookie's secret (hashed), revoked at sign-out, expiring on the server. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { randomToken, sha256Hex } from '../lib/crypto';
import type { DbOrTx } from './client';
import { sessions, tokens } from './schema';
import type { Principal } from './tokens';

export async function createSession(db: DbOrTx, tokenId: string, hours: number): Promise<{ secret: string; expiresAt: string }> {
  // A prefix of its own, so a session secret is never mistaken for (or tried as) an API token.
  const secret = `ms_${randomToken(32)}`;
  const expiresAt = new Date(Date.now() + hours * 3600_000).toISOString();
  await db.insert(sessions).values({ id: await sha256Hex(secret), tokenId, expiresAt });
  return { secret, expiresAt };
}

/** The principal behind a live session: not revoked, not expired, and its token not revoked either. */
export async function principalForSession(db: DbOrTx, secret: string): Promise<Principal | undefined> {
  const [row] = await db
    .select({ tokenId: tokens.id, orgId: tokens.orgId, role: tokens.role, name: tokens.name })
    .from(sessions)
    .innerJoin(tokens, eq(tokens.id, sessions.tokenId))
    .where(
      and(
        eq(sessions.id, await sha256Hex(secret)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date().toISOString()),
        isNull(tokens.revokedAt),
      ),
    );
  return row;
}

export async function revokeSession(db: DbOrTx, secret: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(sessions.id, await sha256Hex(secret)), isNull(sessions.revokedAt)));
}
