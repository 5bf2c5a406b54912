/** @module Opens the Node-side libSQL client (embedded file or remote) and makes sure a file's folder exists. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient } from '@libsql/client';
import { createDb, type Db } from './client';

export function openNodeDb(url: string, authToken?: string): { db: Db; close: () => void } {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length);
    if (path && !path.startsWith(':')) mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({ url, authToken });
  return { db: createDb(client), close: () => client.close() };
}
