/**
 * The event loop stays free while a large export renders: a `/health` request sent while the
 * .docx of a report at the limits is being made completes before the export does. Runs the real
 * Node entry (tsx src/node.ts) in a child process; timings go to bench/responsiveness.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/import';
import { migrateDb } from '../../src/db/migrate';
import { openNodeDb } from '../../src/db/node-client';
import { createToken } from '../../src/db/tokens';
import { REPORT_LIMITS } from '../../src/lib/limits';

let server: ChildProcess;
let base: string;
let token: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'motivera-resp-'));
  const url = `file:${join(dir, 'db.sqlite')}`;
  const { db, close } = openNodeDb(url);
  await migrateDb(db);
  token = (await createToken(db, { orgId: 'bench-org', role: 'admin', name: 'Bench' })).secret;
  close();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], { env: { ...process.env, PORT: String(port), DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const doc = generateReport(REPORT_LIMITS.indicators / 2, 10, REPORT_LIMITS.goals / 2);
  const res = await fetch(`${base}/api/v1/reports`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  expect(res.status).toBe(201);
}, 120_000);
afterAll(() => {
  server?.kill('SIGKILL');
});

describe('while a large report exports as .docx', () => {
  it('answers /health first', async () => {
    const done: string[] = [];
    const exporting = fetch(`${base}/api/v1/reports/bench/export?format=docx`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => {
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      done.push('export');
    });
    // Let the export get past loading into rendering before asking.
    await new Promise((r) => setTimeout(r, 1500));
    const health = fetch(`${base}/health`).then((r) => {
      expect(r.status).toBe(200);
      done.push('health');
    });
    await Promise.all([exporting, health]);
    expect(done).toEqual(['health', 'export']);
  }, 120_000);
});
