/**
 * @module Bench: import of a generated report with 2 000 indicators × 10 periods into an embedded
 * libSQL file, then the export of it. Prints the figures; target: import under 5 s on 2 cores.
 * Run: npx tsx bench/import.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb } from '../src/db/migrate';
import { openNodeDb } from '../src/db/node-client';
import { importReport, loadReportDocument } from '../src/db/reports';
import { parseReportDocument, type ReportInput } from '../src/domain/report';

export function generateReport(indicatorCount: number, periods: number, goalsCount = 100): ReportInput {
  const perGoal = Math.ceil(indicatorCount / goalsCount);
  let made = 0;
  const goals = Array.from({ length: goalsCount }, (_, g) => {
    const count = Math.min(perGoal, indicatorCount - made);
    made += count;
    return {
      id: `g${g + 1}`,
      area: `Målområde ${(g % 3) + 1}`,
      councilGoal: `Kommunfullmäktigemål ${(g % 7) + 1}`,
      title: `Nämndmål ${g + 1}`,
      indicators: Array.from({ length: count }, (_, i) => ({
        id: `g${g + 1}-i${i + 1}`,
        name: `Indikator ${g + 1}.${i + 1}`,
        unit: '%',
        better: (i % 2 ? 'higher' : 'lower') as 'higher' | 'lower',
        values: Array.from({ length: periods }, (_, p) => ({
          period: String(2016 + p),
          value: Math.round(((g * 7 + i * 13 + p * 3) % 1000) / 10) / 1,
        })),
        targets: [{ period: String(2016 + periods - 1), kind: 'etappmal' as const, value: 50 }],
      })),
      notes: [`Underlaget för mål ${g + 1} är genererat.`],
      activities: [],
    };
  });
  return {
    schema: 'report-data/v1',
    organisation: { id: 'bench-org', name: 'Benchnämnden' },
    report: { id: 'bench', kind: 'verksamhetsberattelse', year: 2016 + periods - 1 },
    scale: {
      levels: [
        { id: 'u', label: 'Uppfyllt', rank: 3 },
        { id: 'd', label: 'Delvis uppfyllt', rank: 2 },
        { id: 'e', label: 'Ej uppfyllt', rank: 1 },
      ],
    },
    goals,
  };
}

/**
 * The same report with what makes a real one heavier to read: every outcome has a note and a
 * breakdown by gender (a report at the limits becomes about 6 MB of JSON instead of 1.3).
 */
export function withValueNotes(doc: ReportInput): ReportInput {
  const note =
    'Utfallet avser hela året och jämförs med samma period föregående år; uppgifterna kommer från nämndens verksamhetssystem och är preliminära.';
  for (const g of doc.goals)
    for (const i of g.indicators ?? [])
      for (const v of i.values ?? []) Object.assign(v, { note, breakdown: { kvinnor: v.value, män: v.value } });
  return doc;
}

async function main() {
  const input = generateReport(2000, 10);
  const dir = mkdtempSync(join(tmpdir(), 'motivera-bench-'));
  const { db, close } = openNodeDb(`file:${join(dir, 'bench.db')}`);
  await migrateDb(db);
  let t = performance.now();
  const parsed = parseReportDocument(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const validateMs = performance.now() - t;
  t = performance.now();
  await importReport(db, parsed.doc);
  const firstMs = performance.now() - t;
  t = performance.now();
  await importReport(db, parsed.doc);
  const reimportMs = performance.now() - t;
  t = performance.now();
  const exported = await loadReportDocument(db, 'bench-org', 'bench');
  const exportMs = performance.now() - t;
  const values = exported!.doc.goals.reduce((n, g) => n + g.indicators.reduce((m, i) => m + i.values.length, 0), 0);
  close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`import bench: 2 000 indicators × 10 periods (${values} outcomes, ${JSON.stringify(input).length} bytes JSON)`);
  console.log(`  validate:        ${validateMs.toFixed(0)} ms`);
  console.log(`  first import:    ${firstMs.toFixed(0)} ms (target < 5 000 ms)`);
  console.log(`  re-import:       ${reimportMs.toFixed(0)} ms`);
  console.log(`  export (load):   ${exportMs.toFixed(0)} ms`);
}

// Imported for generateReport by other benches and tests: run only when started itself.
if (process.argv[1]?.endsWith('bench/import.ts')) await main();
