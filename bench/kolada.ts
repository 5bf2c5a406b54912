/**
 * @module Bench: a Kolada pull of 50 KPIs × 4 years × 3 genders × 3 populations (the municipality,
 * riket, the county) against a local mock of Kolada's v3 routes on 127.0.0.1, end to end through
 * the service (fetch, diff, new revision in an embedded libSQL file). All figures are synthetic.
 * Target: under 5 s. Prints the time and the requests made (pages included).
 * Run: npx tsx bench/kolada.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb } from '../src/db/migrate';
import { openNodeDb } from '../src/db/node-client';
import { importReport } from '../src/db/reports';
import { parseReportDocument } from '../src/domain/report';
import { createKoladaClient } from '../src/kolada';
import { pullKolada } from '../src/services';

const KPIS = Array.from({ length: 50 }, (_, i) => `U${String(90000 + i)}`);
const YEARS = [2019, 2020, 2021, 2022];
const AREAS = ['0126', '0000', '0001'];
// Kolada pages at 5 000 rows; a smaller page here makes the bench exercise next_page too.
const PAGE_SIZE = Number(process.env.PAGE_SIZE ?? 100);

let served = 0;
const server = createServer((req, res) => {
  served++;
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const m = /\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(url.pathname);
  if (!m) {
    res.writeHead(404).end();
    return;
  }
  const [kpis, areas, years] = [m[1]!, m[2]!, m[3]!].map((s) => decodeURIComponent(s).split(','));
  const rows = kpis!.flatMap((kpi, k) =>
    areas!.flatMap((area, a) =>
      years!.map((year, y) => ({
        kpi,
        municipality: area,
        period: Number(year),
        values: (['T', 'K', 'M'] as const).map((gender, g) => ({
          gender,
          count: 1,
          status: '',
          value: 40 + ((k * 7 + a * 5 + y * 3 + g * 11) % 50),
        })),
      })),
    ),
  );
  const page = Number(url.searchParams.get('page') ?? 1);
  const slice = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const body: Record<string, unknown> = { count: slice.length, values: slice };
  if (page * PAGE_SIZE < rows.length) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    body.next_page = `http://127.0.0.1:${(server.address() as AddressInfo).port}${next.pathname}${next.search}`;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;

const dir = mkdtempSync(join(tmpdir(), 'motivera-bench-kolada-'));
const { db, close } = openNodeDb(`file:${join(dir, 'bench.db')}`);
try {
  await migrateDb(db);
  const parsed = parseReportDocument({
    schema: 'report-data/v1',
    organisation: { id: 'bench-org', name: 'Benchnämnden', municipality: 'Huddinge', kolada: { municipality: '0126' } },
    report: { id: 'bench-kolada', kind: 'verksamhetsberattelse', year: 2022 },
    scale: {
      levels: [
        { id: 'ja', label: 'Uppfyllt', rank: 2 },
        { id: 'nej', label: 'Ej uppfyllt', rank: 1 },
      ],
    },
    goals: Array.from({ length: 10 }, (_, g) => ({
      id: `g${g + 1}`,
      title: `Nämndmål ${g + 1}`,
      indicators: KPIS.slice(g * 5, g * 5 + 5).map((kpi) => ({
        id: kpi.toLowerCase(),
        name: `Nyckeltal ${kpi}`,
        unit: '%',
        better: 'higher',
        source: `Kolada ${kpi}`,
        values: [],
      })),
    })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  await importReport(db, parsed.doc);

  const kolada = createKoladaClient({ baseUrl: base });
  const started = performance.now();
  const result = await pullKolada(db, kolada, { orgId: 'bench-org', name: 'bench' }, { reportId: 'bench-kolada', years: YEARS });
  const ms = performance.now() - started;
  const figures = KPIS.length * YEARS.length * 3 * AREAS.length;
  console.log(`Kolada pull: ${KPIS.length} KPIs × ${YEARS.length} years × 3 genders × ${AREAS.length} populations = ${figures} figures`);
  console.log(
    `  ${(ms / 1000).toFixed(2)} s (target < 5 s), ${result.requests} requests to Kolada (${served} served; ${PAGE_SIZE} rows per page), ${result.changes.length} changes, revision ${result.revision}`,
  );

  const again = performance.now();
  const second = await pullKolada(db, kolada, { orgId: 'bench-org', name: 'bench' }, { reportId: 'bench-kolada', years: YEARS });
  console.log(
    `  a second pull: ${((performance.now() - again) / 1000).toFixed(2)} s, ${second.requests} requests (answered from the cache), ${second.changes.length} changes`,
  );
} finally {
  close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
