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
