/**
 * @module Bench: what the charts cost the exports. Renders the demo vb-2022 and a report at the
 * documented limits (REPORT_LIMITS) as .docx and HTML, with the indicators' charts and without
 * them (as before they existed), in turns, in this process (the server does the same in its export
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

async function once(section: Section, format: ExportFormat): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const out = await renderSection(section, format);
  return { ms: performance.now() - t0, bytes: typeof out === 'string' ? new TextEncoder().encode(out).length : out.byteLength };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Without and with charts in turns, so a change in the machine's load hits both alike. */
async function compare(label: string, section: Section, format: ExportFormat, runs: number) {
  const without: number[] = [];
  const withCharts: number[] = [];
  let bytes = { without: 0, with: 0 };
  const bare = withoutCharts(section);
  for (let i = 0; i < runs; i++) {
    const a = await once(bare, format);
    const b = await once(section, format);
    without.push(a.ms);
    withCharts.push(b.ms);
    bytes = { without: a.bytes, with: b.bytes };
  }
  const [m0, m1] = [median(without), median(withCharts)];
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  console.log(
    `${label.padEnd(14)} ${format.padEnd(4)} utan diagram ${m0.toFixed(0).padStart(6)} ms ${kb(bytes.without).padStart(8)} | med ${m1.toFixed(0).padStart(6)} ms ${kb(bytes.with).padStart(8)} | +${(m1 - m0).toFixed(0)} ms (${((m1 - m0) / count(section)).toFixed(2)} ms per diagram)`,
  );
}

const demo = sectionOf(JSON.parse(readFileSync(new URL('../data/vb-2022.json', import.meta.url), 'utf8')));
const limits = generateReport(REPORT_LIMITS.indicators, REPORT_LIMITS.values / REPORT_LIMITS.indicators - 1, REPORT_LIMITS.goals);
limits.organisation = { id: 'bench-org', name: 'Benchnämnden' };
const atLimits = sectionOf(limits);
function count(s: Section): number {
  return s.areas.flatMap((a) => a.councilGoals.flatMap((c) => c.goals.flatMap((g) => g.charts))).length;
}

console.log(`vb-2022: ${count(demo)} diagram; vid gränserna: ${count(atLimits)} diagram (${REPORT_LIMITS.goals} mål)`);
for (const format of ['docx', 'html'] as const) {
  await compare('vb-2022', demo, format, 9);
  await compare('vid gränserna', atLimits, format, 3);
}
