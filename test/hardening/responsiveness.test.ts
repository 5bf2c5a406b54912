/**
 * The event loop stays free during heavy work: a `/health` request sent while the .docx of a large
 * report is being made, while a report at the limits is imported, or while ten requests assess it
 * for the first time, completes before that work does. Runs the real
 * Node entry (tsx src/node.ts) in a child process; timings go to bench/responsiveness.ts.
 *
 * The import is checked with a report at the limits that is refused for a character in its last
 * goal: reading, cleaning and validating it is the whole of its work, so a `/health` sent once its
 * body is sent finds that work in progress. (A valid import also spends a second writing rows,
 * with turns between them, so a `/health` answered before it says little about the reading.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport, withValueNotes } from '../../bench/import';
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
  server = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const doc = generateReport(REPORT_LIMITS.indicators / 2, 10, REPORT_LIMITS.goals / 2);
  const res = await fetch(`${base}/api/v1/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(doc),
  });
  expect(res.status).toBe(201);
}, 120_000);
afterAll(() => {
  server?.kill('SIGKILL');
});

describe('while a large report exports as .docx', () => {
  it('answers /health first', async () => {
    const done: string[] = [];
    const exporting = fetch(`${base}/api/v1/reports/bench/export?format=docx`, { headers: { authorization: `Bearer ${token}` } }).then(
      async (r) => {
        expect(r.status).toBe(200);
        await r.arrayBuffer();
        done.push('export');
      },
    );
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

/** Sends /health `afterMs` into `work` and returns the order in which the two completed. */
async function orderOf(work: () => Promise<void>, afterMs: number): Promise<string[]> {
  const done: string[] = [];
  const working = work().then(() => done.push('work'));
  await new Promise((r) => setTimeout(r, afterMs));
  const health = fetch(`${base}/health`).then((r) => {
    expect(r.status).toBe(200);
    done.push('health');
  });
  await Promise.all([working, health]);
  return done;
}

/** POSTs `body`; `onSent` runs once all of it has been handed to the network. */
function postJson(path: string, body: string, onSent: () => void): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}${path}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body, onSent);
  });
}

describe('a report at the limits, with a note on every outcome', () => {
  it('answers /health while the report is read, cleaned and validated, before refusing it for a character in its last goal', async () => {
    const doc = withValueNotes(
      generateReport(REPORT_LIMITS.indicators, REPORT_LIMITS.values / REPORT_LIMITS.indicators - 1, REPORT_LIMITS.goals),
    );
    doc.report.id = 'limits-refused';
    const lastGoal = doc.goals.length - 1;
    const lastIndicator = doc.goals[lastGoal]!.indicators!.length - 1;
    const values = doc.goals[lastGoal]!.indicators![lastIndicator]!.values!;
    values[values.length - 1]!.note = 'Preliminärt\uFFFF';
    const field = `goals[${lastGoal}].indicators[${lastIndicator}].values[${values.length - 1}].note`;

    const done: string[] = [];
    let health: Promise<void> | undefined;
    const importing = postJson('/api/v1/reports', JSON.stringify(doc), () => {
      // Sent once the body is out (and a moment for the server to read its tail), so it arrives
      // while the server works on the document.
      health = new Promise((r) => setTimeout(r, 80))
        .then(() => fetch(`${base}/health`))
        .then((r) => {
          expect(r.status).toBe(200);
          done.push('health');
        });
    }).then((r) => {
      expect(r.status).toBe(400);
      expect(r.json).toMatchObject({
        error: { field, message: `Fältet ${field} innehåller ett otillåtet tecken (U+FFFF). Inget har sparats.` },
      });
      done.push('import');
    });
    await importing;
    await health;
    expect(done).toEqual(['health', 'import']);
    expect((await fetch(`${base}/api/v1/reports/limits-refused`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  }, 120_000);
});

describe('a report at the limits', () => {
  const doc = generateReport(REPORT_LIMITS.indicators, REPORT_LIMITS.values / REPORT_LIMITS.indicators - 1, REPORT_LIMITS.goals);
  doc.report.id = 'limits';
  const body = JSON.stringify(doc);
  it('answers /health while the report is read, validated and stored', async () => {
    const order = await orderOf(async () => {
      const r = await fetch(`${base}/api/v1/reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      expect(r.status).toBe(201);
    }, 150);
    expect(order).toEqual(['health', 'work']);
  }, 120_000);

  it('answers /health, twice in a row, while it is loaded and assessed for the first time', async () => {
    // One request, so one long stretch on the event loop would hold both /health requests until
    // the assessment is written: the second is only sent once the first has been answered.
    let finished = false;
    const working = fetch(`${base}/api/v1/reports/limits/assessment`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => {
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      finished = true;
    });
    await new Promise((r) => setTimeout(r, 30));
    const answeredBefore: boolean[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await fetch(`${base}/health`);
      expect(r.status).toBe(200);
      answeredBefore.push(!finished);
    }
    await working;
    expect(answeredBefore).toEqual([true, true]);
  }, 120_000);

  it('answers /health while ten requests assess it for the first time, and all ten get the same assessment', async () => {
    const reimport = { ...doc, report: { ...doc.report, id: 'limits-b' } };
    const stored = await fetch(`${base}/api/v1/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(reimport),
    });
    expect(stored.status).toBe(201);
    const answers: string[] = [];
    const order = await orderOf(async () => {
      await Promise.all(
        Array.from({ length: 10 }, () =>
          fetch(`${base}/api/v1/reports/limits-b/assessment`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => {
            expect(r.status).toBe(200);
            answers.push(await r.text());
          }),
        ),
      );
    }, 100);
    expect(order).toEqual(['health', 'work']);
    const assessment = JSON.parse(answers[0]!) as { reportId: string; goals: unknown[] };
    expect(assessment.reportId).toBe('limits-b');
    expect(assessment.goals).toHaveLength(REPORT_LIMITS.goals);
    expect(new Set(answers).size).toBe(1);
  }, 120_000);
});
