/** @module API tokens: stored only as SHA-256 hashes, each with a role and an organisation. */
import { and, eq, isNull } from 'drizzle-orm';
import { newId, randomToken, sha256Hex } from '../lib/crypto';
import type { DbOrTx } from './client';
import { organisations, tokens } from './schema';

export type Role = 'official' | 'editor' | 'admin';
export const roles: readonly Role[] = ['official', 'editor', 'admin'];

export interface Principal {
  tokenId: string;
  orgId: string;
  role: Role;
  name: string;
}

/** Creates a token (and the organisation when it is new). The secret is returned once and never stored. */
export async function createToken(db: DbOrTx, input: { orgId: string; role: Role; name?: string; orgName?: string }) {
  const secret = `mv_${randomToken()}`;
  const id = newId();
  await db
    .insert(organisations)
    .values({ id: input.orgId, name: input.orgName ?? input.orgId })
    .onConflictDoNothing();
  await db.insert(tokens).values({
    id,
    orgId: input.orgId,
    role: input.role,
    name: input.name ?? `${input.role}@${input.orgId}`,
    hash: await sha256Hex(secret),
  });
  return { id, secret };
}

export async function principalForToken(db: DbOrTx, secret: string): Promise<Principal | undefined> {
  const [row] = await db
    .select({ tokenId: tokens.id, orgId: tokens.orgId, role: tokens.role, name: tokens.name })
    .from(tokens)
    .where(and(eq(tokens.hash, await sha256Hex(secret)), isNull(tokens.revokedAt)));
  return row;
}
