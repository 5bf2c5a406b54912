/** @module The Swedish rationale of a goal's proposed level: the etappmål met and not met, the trends, the steps of the level rules, the official's override. */
import type { Judged, LevelEvidence, LevelStep, ScaleRules } from './rules';
import type { GoalAssessment, IndicatorAssessment, Trend } from './assessment';
import { gapSentence } from './gaps';
import { changeText as svChangeText, formatQuantity, periodText } from '../sv';
import type { ReportDocument, ScaleLevel } from '../report';

// Up to four decimals: the figures are facts from the data and must read back exactly.
const quantity = (value: number, unit?: string) => formatQuantity(value, unit, { maxDecimals: 4 });
/** A change: percentages change in procentenheter; always signed. */
const changeText = (value: number, unit?: string) => svChangeText(value, unit, { maxDecimals: 4 });

/** In a delårsrapport the level is a forecast for the year; the year's forecasts beside part-year outcomes are named. */
export function forecastNote(doc: ReportDocument, indicators: IndicatorAssessment[]): string {
  if (doc.report.kind !== 'delarsrapport') return '';
  const forecasts = indicators.filter((i) => i.forecast).map((i) => `${i.name} ${quantity(i.forecast!.value, i.unit)}`);
  const named = forecasts.length ? ` Prognos för helåret: ${forecasts.join('; ')}.` : '';
  return ` Nivån är en prognos för helåret utifrån utfallen hittills (delårsrapport).${named}`;
}

export interface RationaleInput {
  indicators: IndicatorAssessment[];
  judged: Judged[];
  basis: LevelEvidence['basis'];
  steps: LevelStep[];
  levels: ScaleLevel[];
  rules: ScaleRules;
  year: number;
  computed: ScaleLevel;
  final: ScaleLevel;
  override: GoalAssessment['override'];
  setAside: string | undefined;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function judgedText(j: Judged, year: number): string {
  const t = j.a.target;
  const when = j.period !== String(year) ? ` (${periodText(j.period)})` : '';
  const value = `${j.a.name} ${quantity(j.value, j.a.unit)}${when}${j.a.outcomeIsForecast && j.value === j.a.outcome ? ' (prognos för helåret)' : ''}`;
  if (t?.value !== undefined) return `${value} mot ${t.kind === 'malvarde' ? 'målvärdet' : 'etappmålet'} ${quantity(t.value, j.a.unit)}`;
  const base =
    j.baseline ?? (j.a.previous !== null && j.a.previousPeriod !== null ? { value: j.a.previous, period: j.a.previousPeriod } : null);
  const goal = `etappmål: ${t?.change === 'increase' ? 'öka' : 'minska'}`;
  return base ? `${value} mot ${quantity(base.value, j.a.unit)} (${periodText(base.period)}; ${goal})` : `${value} (${goal})`;
}

function trendText(a: IndicatorAssessment): string {
  const verb = a.trend === 'unchanged' ? 'är oförändrad' : (a.change ?? 0) > 0 ? 'har ökat' : 'har minskat';
  const from = `${quantity(a.previous ?? 0, a.unit)} (${periodText(a.previousPeriod ?? '')})`;
  if (a.trend === 'unchanged') return `${a.name} ${verb} på ${from}`;
  return `${a.name} ${verb} från ${from} till ${quantity(a.outcome ?? 0, a.unit)} (${changeText(a.change ?? 0, a.unit)})`;
}

export function writeRationale(x: RationaleInput): string {
  const out: string[] = [];
  const label = (pos: number) => x.levels[pos]?.label ?? '';
  const met = x.judged.filter((j) => j.met);
  const notMet = x.judged.filter((j) => !j.met);
  const list = (js: Judged[]) => js.map((j) => judgedText(j, x.year)).join('; ');

  const missingText: string[] = [];
  const missing = x.indicators.filter((a) => a.status === 'missing');
  const noOutcome = missing.filter((a) => a.outcome === null);
  const noBaseline = missing.filter((a) => a.outcome !== null);
  if (noOutcome.length > 0) {
    const names = noOutcome.map((a) => (a.outcomeNote ? `${a.name} (${a.outcomeNote.replace(/\.$/, '')})` : a.name)).join('; ');
    missingText.push(`Utfall för ${x.year} saknas för ${names}.`);
  }
  if (noBaseline.length > 0) {
    missingText.push(`Jämförelsevärde saknas för ${noBaseline.map((a) => a.name).join('; ')}, så riktningsmålet kan inte bedömas.`);
  }
  if (x.basis === 'latest-known') out.push(...missingText);
  if (x.basis === 'outcomes') out.push(`${met.length} av ${x.judged.length} etappmål nås.`);
  if (x.basis === 'latest-known') {
    out.push(
      `Inget etappmål har utfall för ${x.year}, så förslaget bygger på senast kända utfall: ${met.length} av ${x.judged.length} etappmål nås.`,
    );
  }
  if (met.length > 0) out.push(`Nås: ${list(met)}.`);
  if (notMet.length > 0) out.push(`Nås inte: ${list(notMet)}.`);

  if (x.basis !== 'latest-known') out.push(...missingText);
  const noTarget = x.indicators.filter((a) => a.status === 'no_target').length;
  if (x.basis === 'none') {
    if (x.indicators.length === 0) out.push('Målet saknar indikatorer, så måluppfyllelsen kan inte mätas.');
    else if (noTarget === x.indicators.length) out.push('Ingen indikator har etappmål, så bedömningen kan inte utgå från etappmål.');
    else out.push('Inget etappmål kan bedömas mot ett utfall.');
  } else if (noTarget > 0) {
    out.push(`${plural(noTarget, 'indikator saknar', 'indikatorer saknar')} etappmål.`);
  }

  const withTrend = x.indicators.filter((a) => a.trend !== 'unknown');
  if (withTrend.length > 0) {
    const n = (t: Trend) => withTrend.filter((a) => a.trend === t).length;
    const parts = [
      [n('improved'), 'förbättrats'],
      [n('worsened'), 'försämrats'],
      [n('unchanged'), 'varit oförändrade'],
    ].filter(([k]) => (k as number) > 0) as [number, string][];
    const phrases = parts.map(
      ([k, verb], i) =>
        `${i === 0 ? plural(k, 'indikator', 'indikatorer') : k} ${k === 1 ? verb.replace('oförändrade', 'oförändrad') : verb}`,
    );
    const joined = phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} och ${phrases[phrases.length - 1]}` : phrases[0];
    const details = withTrend.length <= 3 ? `: ${withTrend.map(trendText).join('; ')}` : '';
    out.push(`Jämfört med föregående utfall har ${joined}${details}.`);
  }

  for (const a of x.indicators) for (const gap of a.gaps ?? []) if (gap.notable) out.push(gapSentence(gap));

  for (const s of x.steps) {
    if (s.kind === 'cannot-assess')
      out.push(`Etappmålen kan inte bedömas fullt ut mot utfall, så förslaget utgår från skalans mittennivå, ${label(s.to)}.`);
    if (s.kind === 'trend-up' || s.kind === 'trend-down') {
      const up = s.kind === 'trend-up';
      const k = withTrend.filter((a) => a.trend === (up ? 'improved' : 'worsened')).length;
      const where =
        x.basis === 'none'
          ? ''
          : ` och andelen nådda etappmål ligger i den ${up ? 'övre' : 'nedre'} halvan av intervallet för ${label(s.from)}`;
      out.push(
        `${k} av ${withTrend.length} indikatorer med jämförbart utfall har ${up ? 'förbättrats' : 'försämrats'}${where}, så förslaget ${up ? 'höjs' : 'sänks'} ett steg.`,
      );
    }
    if (s.kind === 'cap-missing') out.push(`${label(0)} kan inte föreslås när utfall saknas.`);
    if (s.kind === 'cap-thin') out.push(`${label(0)} kräver minst ${x.rules.minAssessedForTop} etappmål med utfall.`);
  }
  out.push(`Föreslagen nivå: ${x.computed.label}.`);
  if (x.override && x.final.id !== x.computed.id) {
    const reason = x.override.reason.trim();
    out.push(`Fastställd nivå: ${x.final.label}.${reason ? ` Skäl: ${reason.replace(/\.?$/, '.')}` : ''}`);
  }
  if (x.setAside !== undefined) out.push(`Den fastställda nivån "${x.setAside}" finns inte i skalan och har bortsetts från.`);
  return out.join(' ');
}
