/**
 * @module One database handle for both runtimes: the caller makes the libSQL client
 * (`@libsql/client` with a file: URL on Node, `@libsql/client/web` in the Worker) and hands it here.
 */
import type { Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import * as schema from './schema';

export function createDb(client: Client) {
  return drizzle(client, { schema });
}

export type Db = ReturnType<typeof createDb>;
/** A database handle or an open transaction: repository functions accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
/** Anything that can open a transaction: the database, or (nested) a transaction. */
export type Transactional = { transaction: DbOrTx['transaction'] };

const isBusy = (err: unknown): boolean => {
  for (
    let e = err as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (e.code === 'SQLITE_BUSY' || (typeof e.message === 'string' && e.message.startsWith('SQLITE_BUSY'))) return true;
  }
  return false;
};

/**
 * Runs a write transaction, waiting while another connection holds the write lock. The embedded
 * libSQL answers SQLITE_BUSY at once instead of waiting (its calls are synchronous, so it could
 * not wait without stopping the very request that holds the lock); we wait here, asynchronously.
 * A failed BEGIN IMMEDIATE has done nothing, so trying again is safe.
 */
export async function writeTransaction<T>(db: Transactional, fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(fn);
    } catch (err) {
      if (!isBusy(err) || attempt >= 200) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.min(50, 2 + attempt * 2) + Math.random() * 5));
    }
  }
}
