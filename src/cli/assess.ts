/** @module CLI: assess a report-data file, and with --compare measure agreement with the published levels. */
import { assessReport } from '../domain/assessment';
import { scaleOf, type ReportDocument } from '../domain/report';
import { hasFlag, positional, readReportFile } from './io';

export interface Agreement {
  compared: number;
  exact: number;
  withinOne: number;
  rows: { goalId: string; title: string; computed: string; published: string; steps: number }[];
}

export function compareWithPublished(doc: ReportDocument): Agreement {
  const rank = new Map(scaleOf(doc).levels.map((l) => [l.id, l.rank]));
  const sorted = [...scaleOf(doc).levels].sort((a, b) => b.rank - a.rank).map((l) => l.id);
  const label = new Map(scaleOf(doc).levels.map((l) => [l.id, l.label]));
  const rows: Agreement['rows'] = [];
  for (const g of assessReport(doc).goals) {
    const published = doc.goals.find((d) => d.id === g.goalId)?.published?.level;
    if (!published || !rank.has(published)) continue;
    const steps = Math.abs(sorted.indexOf(g.computedLevel) - sorted.indexOf(published));
    rows.push({ goalId: g.goalId, title: g.title, computed: label.get(g.computedLevel)!, published: label.get(published)!, steps });
  }
  return {
    compared: rows.length,
    exact: rows.filter((r) => r.steps === 0).length,
    withinOne: rows.filter((r) => r.steps <= 1).length,
    rows,
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);

export async function assessCommand(args: string[]) {
  const [file] = positional(args, ['compare', 'json']);
  const doc = await readReportFile(file);
  const result = assessReport(doc);
  if (hasFlag(args, 'json')) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  for (const g of result.goals) {
    console.log(`${g.goalId}  ${g.title}\n    Beräknad nivå: ${g.computedLabel}\n    ${g.rationale}\n`);
  }
  console.log(`Samlad bedömning: ${result.overall.label}`);
  if (!hasFlag(args, 'compare')) return;
  const agreement = compareWithPublished(doc);
  console.log('\nJämförelse med publicerad bedömning:');
  for (const r of agreement.rows) {
    const mark = r.steps === 0 ? 'lika' : `${r.steps} steg ifrån`;
    console.log(`  ${r.goalId.padEnd(8)} beräknad: ${r.computed.padEnd(22)} publicerad: ${r.published.padEnd(22)} ${mark}`);
  }
  console.log(
    `Överensstämmelse: ${agreement.exact} av ${agreement.compared} exakt (${percent(agreement.exact, agreement.compared)}), ${agreement.withinOne} av ${agreement.compared} inom ett steg (${percent(agreement.withinOne, agreement.compared)}).`,
  );
}
