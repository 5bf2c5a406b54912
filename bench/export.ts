/**
 * @module Bench: what the charts cost the exports. Renders the demo vb-2022 and a report at the
 * documented limits (REPORT_LIMITS) as .docx and HTML, with the indicators' charts and without
 * them (as before they existed), in this process (the server does the same in its export
 * thread). Prints the median time of several runs, the size, and the charts' share.
 * Run: npx tsx bench/export.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateReport } from './import';
import { assessReport } from '../src/domain/assessment';
import { parseReportDocument, type ReportDocument } from '../src/domain/report';
import { renderSection, type ExportFormat } from '../src/export/render';
import { buildSection, type Section } from '../src/export/section';
import { REPORT_LIMITS } from '../src/lib/limits';

function sectionOf(input: unknown): Section {
  const parsed = parseReportDocument(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const doc: ReportDocument = parsed.doc;
  return buildSection(doc, assessReport(doc), []);
}

const withoutCharts = (s: Section): Section => ({
  ...s,
  areas: s.areas.map((a) => ({
    ...a,
    councilGoals: a.councilGoals.map((c) => ({ ...c, goals: c.goals.map((g) => ({ ...g, charts: [] })) })),
  })),
});

async function measure(label: string, section: Section, format: ExportFormat, runs: number) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = await renderSection(section, format);
    times.push(performance.now() - t0);
    size = typeof out === 'string' ? new TextEncoder().encode(out).length : out.byteLength;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)]!;
  console.log(`${label.padEnd(44)} ${format.padEnd(4)} ${median.toFixed(0).padStart(6)} ms ${(size / 1024).toFixed(0).padStart(7)} kB`);
  return median;
}

const demo = sectionOf(JSON.parse(readFileSync(new URL('../data/vb-2022.json', import.meta.url), 'utf8')));
const limits = generateReport(REPORT_LIMITS.indicators, REPORT_LIMITS.values / REPORT_LIMITS.indicators - 1, REPORT_LIMITS.goals);
limits.organisation = { id: 'bench-org', name: 'Benchnämnden' };
const atLimits = sectionOf(limits);
const count = (s: Section) => s.areas.flatMap((a) => a.councilGoals.flatMap((c) => c.goals.flatMap((g) => g.charts))).length;

console.log(`vb-2022: ${count(demo)} diagram; vid gränserna: ${count(atLimits)} diagram (${REPORT_LIMITS.goals} mål)`);
for (const format of ['docx', 'html'] as const) {
  await measure('vb-2022 utan diagram', withoutCharts(demo), format, 7);
  await measure('vb-2022 med diagram', demo, format, 7);
  const before = await measure('vid gränserna utan diagram', withoutCharts(atLimits), format, 3);
  const after = await measure('vid gränserna med diagram', atLimits, format, 3);
  console.log(`  diagrammen: +${(after - before).toFixed(0)} ms (${((after - before) / count(atLimits)).toFixed(2)} ms per diagram)`);
}
