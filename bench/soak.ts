/**
 * @module Bench: soak and fault run against the real Node entry on loopback, embedded database.
 *   npx tsx bench/soak.ts [--minutes 10] [--clients 20] [--fault]
 * Mixed traffic from N clients (look-ups, assessments, checks, drafts, proposals and accepts,
 * exports) for the given time (default 10 minutes, as the issue asks). Prints per route the count,
 * p50/p99 and unexpected answers (5xx, or a 4xx no client should get), and RSS at the first minute
 * and at the end. With --fault: the model is a local fake on 127.0.0.1 answering 429, 500, slowly
 * (past the timeout) or garbage at random; a second writer holds SQLite's write lock now and then
 * (SQLITE_BUSY); and every 30 s a re-import is started and the server is killed with SIGKILL
 * mid-import and restarted. Afterwards: PRAGMA integrity_check, and every write that got a 2xx
 * (texts proposed, texts accepted, final levels) is read back from the database.
 */
import { createClient } from '@libsql/client';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { percentile, startBenchServer, freePort } from './server';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? def : Number(process.argv[i + 1]);
};
const minutes = arg('minutes', 10);
const clients = arg('clients', 20);
const fault = process.argv.includes('--fault');
const ORG = 'huddinge-socialnamnden';
const demo = readFileSync('data/vb-2022.json', 'utf8');

// --- the fake model (fault run) ---
let fakeModel: Server | undefined;
const modelAnswers: Record<string, number> = {};
async function startFakeModel(): Promise<string> {
  const port = await freePort();
  fakeModel = createServer((req, res) => {
    req.resume();
    const kind = ['429', '500', 'slow', 'garbage', 'garbage-json'][Math.floor(Math.random() * 5)]!;
    modelAnswers[kind] = (modelAnswers[kind] ?? 0) + 1;
    if (kind === '429')
      return void res
        .writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '10' })
        .end('{"error":{"message":"rate limited"}}');
    if (kind === '500') return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
    if (kind === 'slow') return void setTimeout(() => res.writeHead(200).end('{}'), 5_000).unref();
    if (kind === 'garbage') return void res.writeHead(200, { 'content-type': 'application/json' }).end('<html>not json');
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: 'x',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: '{"text": 12}' }, finish_reason: 'stop' }],
      }),
    );
  }).listen(port, '127.0.0.1');
  return `http://127.0.0.1:${port}/v1`;
}

const env: Record<string, string> = fault
  ? { OPENAI_BASE_URL: await startFakeModel(), OPENAI_API_KEY: 'fake', LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '1' }
  : {};
const server = await startBenchServer(env, ORG);
const H = (role: 'official' | 'editor' | 'admin') => ({
  authorization: `Bearer ${server.tokens[role]}`,
  'content-type': 'application/json',
});
if ((await fetch(`${server.base}/api/v1/reports`, { method: 'POST', headers: H('admin'), body: demo })).status !== 201)
  throw new Error('import failed');
const goals = (JSON.parse(demo) as { goals: { id: string }[] }).goals.map((g) => g.id);

// --- bookkeeping ---
const stats = new Map<string, { ms: number[]; unexpected: number; statuses: Record<number, number> }>();
let unavailable = 0; // connection refused while the server restarts after a kill
const proposed = new Set<string>();
const accepted = new Set<string>();
function record(route: string, ms: number, status: number, expected: number[]) {
  let s = stats.get(route);
  if (!s) stats.set(route, (s = { ms: [], unexpected: 0, statuses: {} }));
  s.ms.push(ms);
  s.statuses[status] = (s.statuses[status] ?? 0) + 1;
  if (!expected.includes(status)) s.unexpected++;
}
async function call(route: string, path: string, init: RequestInit, expected: number[]) {
  const t0 = performance.now();
  try {
    const res = await fetch(`${server.base}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
    const body = await res.arrayBuffer();
    record(route, performance.now() - t0, res.status, expected);
    return { status: res.status, json: () => JSON.parse(new TextDecoder().decode(body)) };
  } catch (err) {
    if (fault && /ECONNREFUSED|ECONNRESET|socket|other side closed|fetch failed/i.test(String((err as Error).cause ?? err))) {
      unavailable++;
      await new Promise((r) => setTimeout(r, 100));
    } else record(route, performance.now() - t0, 0, expected);
    return undefined;
  }
}

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
async function client(deadline: number) {
  while (Date.now() < deadline) {
    const goal = pick(goals);
    const op = Math.random();
    if (op < 0.2) await call('GET assessment', '/api/v1/reports/vb-2022/assessment', { headers: H('official') }, [200]);
    else if (op < 0.3) await call('GET reports', '/api/v1/reports', { headers: H('official') }, [200]);
    else if (op < 0.45)
      await call(
        'POST check',
        '/api/v1/check',
        {
          method: 'POST',
          headers: H('official'),
          body: JSON.stringify({ reportId: 'vb-2022', goalId: goal, text: 'Sjukfrånvaron ökade till 7,8 procent 2022.' }),
        },
        [200],
      );
    else if (op < 0.55)
      await call(
        'POST drafts',
        `/api/v1/reports/vb-2022/goals/${goal}/drafts`,
        { method: 'POST', headers: H('official'), body: '{}' },
        [201],
      );
    else if (op < 0.8) {
      const r = await call(
        'POST suggestion',
        `/api/v1/reports/vb-2022/goals/${goal}/suggestions`,
        { method: 'POST', headers: H('official'), body: JSON.stringify({ text: `Målet följs upp (${Date.now()}).` }) },
        [201],
      );
      if (r?.status === 201) {
        const s = r.json() as { id: string; version: number };
        proposed.add(s.id);
        const a = await call(
          'POST accept',
          `/api/v1/suggestions/${s.id}/accept`,
          { method: 'POST', headers: H('editor'), body: JSON.stringify({ baseVersion: s.version, override: { reason: 'Soak.' } }) },
          [200, 409],
        );
        if (a?.status === 200) accepted.add(s.id);
      }
    } else
      await call(
        `GET export`,
        `/api/v1/reports/vb-2022/export?format=${pick(['md', 'html', 'docx', 'json'])}`,
        { headers: H('official') },
        [200],
      );
  }
}

// --- faults ---
let busyHolds = 0;
let kills = 0;
let importsAcked = 0;
async function secondWriter(deadline: number) {
  const other = createClient({ url: server.dbUrl });
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 4_000 + Math.random() * 4_000));
    try {
      await other.execute('BEGIN IMMEDIATE');
      busyHolds++;
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 700));
      await other.execute('COMMIT');
    } catch {
      await other.execute('ROLLBACK').catch(() => undefined);
    }
  }
  other.close();
}
async function killer(deadline: number) {
  const doc = JSON.parse(demo);
  while (Date.now() + 35_000 < deadline) {
    await new Promise((r) => setTimeout(r, 30_000));
    doc.goals[1].indicators[0].values.find((v: { period: string }) => v.period === '2022').value = Math.round(Math.random() * 100) / 10;
    const importing = fetch(`${server.base}/api/v1/reports`, { method: 'POST', headers: H('admin'), body: JSON.stringify(doc) }).then(
      (r) => r.ok && importsAcked++,
      () => undefined,
    );
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 60));
    server.child.kill('SIGKILL');
    kills++;
    await importing;
    const child = server.child;
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
    await server.restart();
  }
}

const started = Date.now();
const deadline = started + minutes * 60_000;
const rss: number[] = [];
const sampler = setInterval(() => rss.push(server.rssMb()), 5_000);
await Promise.all([
  ...Array.from({ length: clients }, () => client(deadline)),
  ...(fault ? [secondWriter(deadline), killer(deadline)] : []),
]);
clearInterval(sampler);
server.stop();
fakeModel?.close();

// --- afterwards: the database as the process left it ---
const db = createClient({ url: server.dbUrl });
const integrity = (await db.execute('PRAGMA integrity_check')).rows[0]![0];
const ids = [...proposed];
let missing = 0;
let notAccepted = 0;
for (let i = 0; i < ids.length; i += 500) {
  const chunk = ids.slice(i, i + 500);
  const rows = (
    await db.execute({ sql: `SELECT id, status FROM suggestions WHERE id IN (${chunk.map(() => '?').join(',')})`, args: chunk })
  ).rows;
  const found = new Map(rows.map((r) => [String(r.id), String(r.status)]));
  for (const id of chunk) {
    if (!found.has(id)) missing++;
    // A later acceptance for the same goal supersedes an accepted text; it must not vanish or go back.
    else if (accepted.has(id) && !['accepted', 'superseded'].includes(found.get(id)!)) notAccepted++;
  }
}
const perGoal = (await db.execute(`SELECT goal_id, count(*) AS n FROM suggestions WHERE status = 'accepted' GROUP BY goal_id`)).rows;
const doubleAccepted = perGoal.filter((r) => Number(r.n) > 1).length;
const acceptedNow = (await db.execute(`SELECT id FROM suggestions WHERE status = 'accepted'`)).rows.map((r) => String(r.id));
const acceptedUnknown = acceptedNow.filter((id) => !accepted.has(id)).length;
db.close();

const secs = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\n${fault ? 'Felkörning' : 'Uthållighet'}: ${clients} klienter i ${secs} s (--minutes ${minutes})`);
console.log('route'.padEnd(18), 'n'.padStart(6), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'oväntade'.padStart(9), ' svar');
let unexpected = 0;
for (const [route, s] of [...stats].sort()) {
  unexpected += s.unexpected;
  console.log(
    route.padEnd(18),
    String(s.ms.length).padStart(6),
    percentile(s.ms, 50).toFixed(0).padStart(8),
    percentile(s.ms, 99).toFixed(0).padStart(8),
    String(s.unexpected).padStart(9),
    ' ',
    JSON.stringify(s.statuses),
  );
}
const firstMinute = rss[Math.min(11, rss.length - 1)] ?? NaN;
const last = rss[rss.length - 1] ?? NaN;
console.log(
  `oväntade svar: ${unexpected}; RSS efter 1 min ${firstMinute} MB, vid slutet ${last} MB (${(((last - firstMinute) / firstMinute) * 100).toFixed(1)} %), högst ${Math.max(...rss)} MB`,
);
if (fault)
  console.log(
    `fel inlagda: modellen ${JSON.stringify(modelAnswers)}; skrivlås hållna ${busyHolds}; kill -9 mitt i import ${kills} (importer kvitterade före kill ${importsAcked}); anrop utan svar under omstart ${unavailable}`,
  );
console.log(
  `efteråt: integrity_check ${integrity}; texter med 2xx ${proposed.size}, saknas ${missing}; godkända med 2xx ${accepted.size}, borta eller återställda ${notAccepted}; mål med mer än en godkänd text ${doubleAccepted}; godkända utan 2xx ${acceptedUnknown}`,
);
