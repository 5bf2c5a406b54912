/**
 * @module Offline drafts of the report-level texts, written only from the data so the section
 * checker verifies them: the samlad bedömning from the goals' levels (and the first sentence of
 * each accepted text where it states no level), the sammanfattning (the whole report's level,
 * what went well and what did not, notable group differences, the activities and the economy),
 * the förbättringsområden as a list whose every point names its evidence, and the ekonomi paragraph.
 */
import type { IndicatorAssessment, ReportAssessment } from '../assessment';
import type { ReportDocument } from '../report';
import { formatQuantity, numberWord } from '../sv';
import { statusClass } from './activities';
import { draftEconomy } from './economy';
import { findLevelPhrases } from './levels';
import { sectionGoals, type ReportSection } from './sections';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const periodText = (p: string) => (p.length === 7 ? `${MONTHS[Number(p.slice(5)) - 1]} ${p.slice(0, 4)}` : p);
const q = (v: number, unit?: string) => formatQuantity(v, unit, { maxDecimals: 4 });
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "Ett" for mål (neuter), the word up to twenty, digits above. */
const countWord = (n: number) => (n === 1 ? 'ett' : (numberWord(n) ?? String(n)));

function levelCounts(doc: ReportDocument, goals: { level: string; label: string }[], verb: string): string[] {
  const order = (doc.scale?.levels ?? [])
    .slice()
    .sort((a, b) => b.rank - a.rank)
    .map((l) => l.id);
  const groups = new Map<string, { label: string; n: number }>();
  for (const g of goals) groups.set(g.level, { label: g.label, n: (groups.get(g.level)?.n ?? 0) + 1 });
  return [...groups]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([, { label, n }]) => `${cap(countWord(n))} av ${countWord(goals.length)} nämndmål ${verb} ${label.toLowerCase()}.`);
}

function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim());
  return (m ? m[0] : text).trim();
}

function gapSentence(doc: ReportDocument, ind: IndicatorAssessment): string | null {
  const source = doc.goals.flatMap((g) => g.indicators).find((i) => i.id === ind.indicatorId && i.name === ind.name);
  const value = source?.values.find((v) => v.period === ind.period);
  const groups = Object.entries(value?.breakdown ?? {}).filter((e): e is [string, number] => e[1] !== null);
  if (groups.length < 2 || !ind.period) return null;
  const sorted = groups.sort((a, b) => b[1] - a[1]);
  const [hi, lo] = [sorted[0]!, sorted.at(-1)!];
  const diff = hi[1] - lo[1];
  const percent = ind.unit?.trim() === '%';
  const points = doc.report.rules?.gap?.points ?? 5;
  const relative = doc.report.rules?.gap?.relative ?? 0.1;
  const notable = percent ? diff >= points : lo[1] !== 0 && diff / Math.abs(lo[1]) >= relative;
  if (!notable) return null;
  return `skillnaden mellan ${hi[0]} (${q(hi[1], ind.unit)}) och ${lo[0]} (${q(lo[1], ind.unit)}) är ${q(diff, percent ? 'procentenheter' : ind.unit)} (${periodText(ind.period)})`;
}

/** An activity behind plan, with its status as the report prints it; a title's closing full stop is dropped. */
function activityLine(rawTitle: string, status: string | undefined): string | null {
  const cls = statusClass(status);
  const title = rawTitle.trim().replace(/[.!]+$/, '');
  if (cls === 'not-started') return `Aktiviteten «${title}» har inte påbörjats.`;
  if (cls === 'delayed') return `Aktiviteten «${title}» har status «${status!.trim()}».`;
  return null;
}

export function draftSection(
  doc: ReportDocument,
  assessment: ReportAssessment,
  section: ReportSection,
  accepted: ReadonlyMap<string, string> = new Map(),
): string {
  const goals = sectionGoals(section, assessment);
  const verb = section.forecast ? 'bedöms bli' : 'bedöms som';
  const who = doc.organisation.name.trim();
  switch (section.kind) {
    case 'ekonomi':
      return draftEconomy(doc);
    case 'samlad-bedomning': {
      const r = section.rollUp!;
      const what = r.by === 'councilGoal' ? 'kommunfullmäktigemålet' : 'målområdet';
      const out = [`Den samlade bedömningen är att ${what} «${r.title}» ${verb} ${r.label.toLowerCase()}.`];
      if (goals.length > 1) out.push(...levelCounts(doc, goals, verb));
      for (const g of goals) {
        out.push(`Nämndmålet «${g.title}» ${verb} ${g.label.toLowerCase()}.`);
        const text = accepted.get(g.goalId);
        if (text) {
          const first = firstSentence(text);
          if (first && findLevelPhrases(doc, first).length === 0) out.push(first);
        }
      }
      return out.join(' ');
    }
    case 'sammanfattning': {
      const out: string[] = [];
      if (section.level) {
        out.push(`${who}s samlade måluppfyllelse för ${doc.report.year} ${verb} ${section.level.label.toLowerCase()}.`);
        if (goals.length > 1) out.push(...levelCounts(doc, goals, verb));
        const indicators = goals.flatMap((g) => g.indicators);
        const met = indicators.filter((i) => i.status === 'met' && i.target?.value !== undefined && i.outcome !== null).slice(0, 3);
        const notMet = indicators.filter((i) => i.status === 'not_met' && i.target?.value !== undefined && i.outcome !== null).slice(0, 3);
        if (met.length)
          out.push(
            `Det som har gått bra: ${met.map((i) => `${i.name} ${q(i.outcome!, i.unit)} mot etappmålet ${q(i.target!.value!, i.unit)}`).join('; ')}.`,
          );
        if (notMet.length)
          out.push(
            `Det som inte har gått som planerat: ${notMet.map((i) => `${i.name} ${q(i.outcome!, i.unit)} mot etappmålet ${q(i.target!.value!, i.unit)}`).join('; ')}.`,
          );
        const gaps = indicators
          .map((i) => [i, gapSentence(doc, i)] as const)
          .filter((x): x is readonly [IndicatorAssessment, string] => x[1] !== null)
          .slice(0, 2);
        for (const [i, s] of gaps) out.push(`För ${i.name} är ${s}.`);
      }
      const activities = doc.goals.filter((g) => section.goals.includes(g.id)).flatMap((g) => g.activities);
      if (activities.length > 0) {
        // Only activities with a status the map knows are counted; the others are followed up in their own texts.
        const known = activities.filter((a) => statusClass(a.status) !== null).length;
        const onTrack = activities.filter((a) => statusClass(a.status) === 'on-track' || statusClass(a.status) === 'done').length;
        if (known > 0 && onTrack === known && known === activities.length)
          out.push(`Samtliga ${formatQuantity(known)} aktiviteter löper enligt plan.`);
        else if (onTrack > 0)
          out.push(`Av ${formatQuantity(known)} aktiviteter med redovisad status löper ${formatQuantity(onTrack)} enligt plan.`);
        for (const a of activities) {
          const line = activityLine(a.title, a.status);
          if (line) out.push(line);
        }
      }
      if (doc.economy && doc.economy.tables.length > 0) out.push(draftEconomy(doc));
      return out.join(' ') || `${who}s rapport har inga bedömda mål och inga aktiviteter att sammanfatta.`;
    }
    case 'forbattringsomraden': {
      const points: string[] = [];
      for (const g of goals) {
        for (const i of g.indicators) {
          if (i.status === 'not_met' && i.target?.value !== undefined && i.outcome !== null && i.period) {
            points.push(
              `- ${i.name}: etappmålet ${q(i.target.value, i.unit)} nåddes inte (utfall ${periodText(i.period)}: ${q(i.outcome, i.unit)}).`,
            );
          } else if (i.trend === 'worsened' && i.outcome !== null && i.previous !== null && i.period && i.previousPeriod) {
            points.push(
              `- ${i.name}: har försämrats från ${q(i.previous, i.unit)} (${periodText(i.previousPeriod)}) till ${q(i.outcome, i.unit)} (${periodText(i.period)}).`,
            );
          }
          const gap = gapSentence(doc, i);
          if (gap) points.push(`- ${i.name}: ${gap}.`);
        }
      }
      for (const a of doc.goals.filter((g) => section.goals.includes(g.id)).flatMap((g) => g.activities)) {
        const line = activityLine(a.title, a.status);
        if (line) points.push(`- ${line}`);
      }
      if (points.length === 0)
        return 'Underlaget visar inga etappmål som inte har nåtts, inga försämrade indikatorer, inga stora skillnader mellan grupper och inga aktiviteter som ligger efter planen.';
      return ['Följande områden behöver prioriteras för en ökad måluppfyllelse:', ...points].join('\n');
    }
  }
}
