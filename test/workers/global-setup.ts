/**
 * Starts the libSQL (Hrana v2) test server on a fresh database file and migrates it the way
 * `npm run db:migrate` migrates a remote database: @libsql/client over HTTP and drizzle's migrator.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { createDb } from '../../src/db/client';
import { migrateDb } from '../../src/db/migrate';
import { startHranaServer } from '../helpers/hrana-server';
import { DATABASE_URL, HRANA_PORT } from './constants';

export default async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'motivera-workerd-'));
  const server = await startHranaServer(join(dir, 'db.sqlite'), HRANA_PORT);
  const client = createClient({ url: DATABASE_URL });
  await migrateDb(createDb(client));
  client.close();
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
