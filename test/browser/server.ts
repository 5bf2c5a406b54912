/**
 * @module Starts the real Node server over a temp libSQL file holding the vb-2022 demo report, and
 * launches headless Chromium (Debian's /usr/bin/chromium) to drive it.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { parseConfig } from '../../src/config';
import type { Db } from '../../src/db/client';
import { migrateDb } from '../../src/db/migrate';
import { openNodeDb } from '../../src/db/node-client';
import { importReport } from '../../src/db/reports';
import { createToken, type Role } from '../../src/db/tokens';
import { parseReportDocument } from '../../src/domain/report';
import { startNodeServer } from '../../src/node';
import { DEMO_ORG, demoFile } from '../helpers/app';

const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface DemoServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  base: string;
  browser: Browser;
  /** A second connection to the server's database, for setting up and inspecting data. */
  db: Db;
  /** A token of the demo organisation; returns its secret. */
  token(role: Role, name: string): Promise<string>;
  stop(): Promise<void>;
}

/** `name` names the temp folder and database file, so a leftover one says which suite made it. */
export async function startDemoServer(name: string): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), `motivera-browser-${name}-`));
  const databaseUrl = `file:${join(dir, `${name}.db`)}`;
  const { db, close } = openNodeDb(databaseUrl);
  await migrateDb(db);
  const parsed = parseReportDocument(demoFile('vb-2022'));
  if (!parsed.ok) throw new Error('demo data invalid');
  await importReport(db, parsed.doc);
  const port = await freePort();
  const server = await startNodeServer(parseConfig({ DATABASE_URL: databaseUrl, PORT: String(port) }));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS }).catch((err: unknown) => {
    server.close();
    close();
    throw err;
  });
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    db,
    token: async (role, tokenName) => (await createToken(db, { orgId: DEMO_ORG, role, name: tokenName })).secret,
    async stop() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      close();
    },
  };
}
