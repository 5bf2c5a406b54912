/**
 * @module Applies the committed drizzle-kit migrations (Node only: it reads the migrations folder).
 * Run on start by the Node entry and by `npm run db:migrate` against a remote libSQL.
 */
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Db } from './client';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function migrateDb(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
}
