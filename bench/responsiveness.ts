/**
 * @module Bench: does one heavy request stall the server? Against the real Node entry on loopback,
 * with a report at the documented limits (REPORT_LIMITS): `/health` is polled every 25 ms while
 * nothing runs (the machine's floor), while the report is imported (also with a note and a
 * breakdown on every outcome, 6 MB, and re-imported), while it is exported as .docx, while ten
 * assessments of it run at once (cold, then warm), and while the defect's 800-goal report is
 * posted (refused with 413). Prints /health's latency
 * (median, p99, max) during each, the heavy work's own time and the server's RSS.
 * Target: /health under 100 ms throughout. Run: npx tsx bench/responsiveness.ts [label filter],
 * e.g. `npx tsx bench/responsiveness.ts import` for the imports only.
 */
import { generateReport, withValueNotes } from './import';
import { percentile, startBenchServer } from './server';
import { REPORT_LIMITS } from '../src/lib/limits';

const server = await startBenchServer();
const auth = { authorization: `Bearer ${server.tokens.admin}` };

const only = process.argv[2];

async function whilePolling(label: string, work: () => Promise<unknown>) {
  if (only && !label.includes(only) && !label.startsWith('idle')) return;
  const latencies: number[] = [];
  let running = true;
  const poll = (async () => {
    while (running) {
      const t0 = performance.now();
      await fetch(`${server.base}/health`).then((r) => r.text());
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  running = false;
  await poll;
  const f = (n: number) => n.toFixed(0).padStart(5);
  console.log(
    `${label.padEnd(42)} work ${f(ms)} ms | /health n=${String(latencies.length).padStart(3)} median ${f(percentile(latencies, 50))} p99 ${f(percentile(latencies, 99))} max ${f(Math.max(...latencies))} ms | RSS ${server.rssMb()} MB`,
  );
}

try {
  const doc = generateReport(REPORT_LIMITS.indicators, REPORT_LIMITS.values / REPORT_LIMITS.indicators - 1, REPORT_LIMITS.goals);
  doc.organisation = { id: 'bench-org', name: 'Benchnämnden' };
  console.log(
    `Rapport vid gränserna: ${REPORT_LIMITS.goals} mål, ${REPORT_LIMITS.indicators} indikatorer, ${REPORT_LIMITS.values} värden (${(JSON.stringify(doc).length / 1e6).toFixed(1)} MB JSON)`,
  );
  // The floor on this machine: /health with nothing else running (on a loaded VM, tens of ms).
  await whilePolling('idle (nothing running, 3 s)', () => new Promise((r) => setTimeout(r, 3000)));
  await whilePolling('import (POST /reports)', async () => {
    const r = await fetch(`${server.base}/api/v1/reports`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });
    if (r.status !== 201) throw new Error(`import ${r.status} ${await r.text()}`);
  });
  // The same report with a note and a breakdown on every outcome: 6 MB of JSON to read and check.
  const noted = withValueNotes(structuredClone(doc));
  noted.report.id = 'bench-notes';
  const notedBody = JSON.stringify(noted);
  await whilePolling(`import, notes on outcomes (${(notedBody.length / 1e6).toFixed(1)} MB)`, async () => {
    const r = await fetch(`${server.base}/api/v1/reports`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: notedBody,
    });
    if (r.status !== 201) throw new Error(`import ${r.status} ${await r.text()}`);
  });
  await whilePolling('re-import, notes on outcomes', async () => {
    const r = await fetch(`${server.base}/api/v1/reports`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: notedBody,
    });
    if (r.status !== 200) throw new Error(`re-import ${r.status} ${await r.text()}`);
  });
  const get = (path: string) =>
    fetch(`${server.base}${path}`, { headers: auth }).then(async (r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      await r.arrayBuffer();
    });
  await whilePolling('10 × assessment at once (cold)', () =>
    Promise.all(Array.from({ length: 10 }, () => get('/api/v1/reports/bench/assessment'))),
  );
  await whilePolling('10 × assessment at once (warm)', () =>
    Promise.all(Array.from({ length: 10 }, () => get('/api/v1/reports/bench/assessment'))),
  );
  await whilePolling('export .docx', () => get('/api/v1/reports/bench/export?format=docx'));
  await whilePolling('export .html', () => get('/api/v1/reports/bench/export?format=html'));
  await whilePolling('3 × export .docx at once', () => Promise.all([0, 1, 2].map(() => get('/api/v1/reports/bench/export?format=docx'))));
  const huge = generateReport(8_000, 10, 800);
  huge.organisation = { id: 'bench-org', name: 'Benchnämnden' };
  await whilePolling('800 goals / 80 000 values (refused, 413)', async () => {
    const r = await fetch(`${server.base}/api/v1/assess`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(huge),
    });
    if (r.status !== 413) throw new Error(`expected 413, got ${r.status}`);
  });
} finally {
  server.stop();
}
