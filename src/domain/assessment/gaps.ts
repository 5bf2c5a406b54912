/**
 * @module Differences between groups ("jämlikhetsanalys"): per indicator, the gap between the
 * groups its outcome is broken down by (kvinnor and män; område, åldersgrupp…), whether the gap
 * is notable by the report's rule, and the report-level list "Skillnader att analysera".
 *
 * The rule (`report.rules.gap`, documented in docs/kolada.md): for shares (unit `%`) a gap of at
 * least `points` procentenheter (default 5) is notable; for every other unit a gap of at least
 * `relative` (default 0,1, i.e. 10 %) of the smaller group's value is. Groups of kön (kvinnor,
 * män, flickor, pojkar) are compared among themselves, and all other groups among themselves, so
 * a breakdown holding both never compares kvinnor with an område.
 */
import { formatQuantity } from '../sv';
import type { Indicator, ReportDocument } from '../report';
import { byPeriod, chooseOutcome, yearOf } from './rules';

export interface GapRule {
  /** Procentenheter for shares. */
  points: number;
  /** Share of the smaller group's value, for other units. */
  relative: number;
}

export const DEFAULT_GAP_RULE: GapRule = { points: 5, relative: 0.1 };

export interface GroupValue {
  group: string;
  value: number;
}

export interface GroupGap {
  goalId: string;
  indicatorId: string;
  name: string;
  unit?: string;
  period: string;
  /** `kon` for kvinnor/män (flickor/pojkar), `grupper` for any other breakdown. */
  dimension: 'kon' | 'grupper';
  groups: GroupValue[];
  high: GroupValue;
  low: GroupValue;
  /** high − low, in the indicator's unit (procentenheter for %). */
  difference: number;
  /** difference / |low|, where low is not zero. */
  relative: number | null;
  /** `points` for shares, `relative` otherwise. */
  measure: 'points' | 'relative';
  notable: boolean;
  rule: GapRule;
  /** The report's own statement, where it has one ("Omotiverade skillnader? Nej"). */
  equality?: Indicator['equality'];
}

const KON = new Set(['kvinnor', 'män', 'flickor', 'pojkar', 'tjejer', 'killar']);
const isShare = (unit?: string) => ['%', 'procent'].includes(unit?.trim().toLowerCase() ?? '');

export function gapRule(doc: Pick<ReportDocument, 'report'>): GapRule {
  const r = doc.report.rules?.gap;
  return { points: r?.points ?? DEFAULT_GAP_RULE.points, relative: r?.relative ?? DEFAULT_GAP_RULE.relative };
}

/** The value whose breakdown is judged: the report year's outcome if it has one, else the latest earlier one that does. */
function breakdownValue(indicator: Indicator, year: number) {
  const sorted = indicator.values.filter((v) => v.kind !== 'forecast').sort(byPeriod);
  const hasGroups = (v: (typeof sorted)[number] | undefined) =>
    !!v && Object.values(v.breakdown ?? {}).filter((x) => x !== null).length >= 2;
  const chosen = chooseOutcome(sorted, year);
  if (hasGroups(chosen)) return chosen!;
  return sorted.filter((v) => yearOf(v.period) <= year && hasGroups(v)).pop();
}

/** The gaps of one indicator for the report year: at most one per dimension (kön, other groups). */
export function indicatorGaps(indicator: Indicator, goalId: string, year: number, rule: GapRule = DEFAULT_GAP_RULE): GroupGap[] {
  const v = breakdownValue(indicator, year);
  if (!v) return [];
  const entries = Object.entries(v.breakdown ?? {}).flatMap(([group, value]) => (value === null ? [] : [{ group, value }]));
  const out: GroupGap[] = [];
  for (const dimension of ['kon', 'grupper'] as const) {
    const groups = entries.filter((e) => KON.has(e.group.trim().toLowerCase()) === (dimension === 'kon')).sort((a, b) => b.value - a.value);
    if (groups.length < 2) continue;
    const high = groups[0]!;
    const low = groups[groups.length - 1]!;
    const difference = Number((high.value - low.value).toFixed(10));
    const relative = low.value !== 0 ? difference / Math.abs(low.value) : null;
    const measure = isShare(indicator.unit) ? 'points' : 'relative';
    const notable =
      measure === 'points' ? difference >= rule.points - 1e-9 : relative === null ? difference > 0 : relative >= rule.relative - 1e-9;
    out.push({
      goalId,
      indicatorId: indicator.id,
      name: indicator.name,
      ...(indicator.unit !== undefined ? { unit: indicator.unit } : {}),
      period: v.period,
      dimension,
      groups,
      high,
      low,
      difference,
      relative,
      measure,
      notable,
      rule,
      ...(indicator.equality ? { equality: indicator.equality } : {}),
    });
  }
  return out;
}

/** Every gap in the report, notable or not, goal by goal. */
export function reportGaps(doc: ReportDocument): GroupGap[] {
  const rule = gapRule(doc);
  return doc.goals.flatMap((g) => g.indicators.flatMap((ind) => indicatorGaps(ind, g.id, doc.report.year, rule)));
}

/** "Skillnader att analysera": the notable gaps, largest first within each goal's order. */
export function differencesToAnalyse(doc: ReportDocument): GroupGap[] {
  return reportGaps(doc).filter((g) => g.notable);
}

const q = (value: number, unit?: string) => formatQuantity(value, unit, { maxDecimals: 4 });

/**
 * One Swedish sentence naming a gap with the groups' own figures. The difference and the rule's
 * limit are left out: they are not figures of the report, so the checker could not verify them
 * (the limit is in `rule`, for pages that show it).
 * "Skillnad mellan kvinnor och män för X 2022: kvinnor 96 procent, män 84 procent (en skillnad att analysera)."
 */
export function gapSentence(gap: GroupGap): string {
  const groups = gap.groups.map((g) => `${g.group} ${q(g.value, gap.unit)}`).join(', ');
  const own =
    gap.equality?.unexplainedDifferences === false
      ? ' Rapporten anger att det inte finns omotiverade skillnader.'
      : gap.equality?.unexplainedDifferences === true
        ? ' Rapporten anger att det finns omotiverade skillnader.'
        : '';
  const verdict = gap.notable ? 'en skillnad att analysera' : 'under gränsen för att analyseras';
  return `Skillnad mellan ${gap.dimension === 'kon' ? 'kvinnor och män' : 'grupperna'} för ${gap.name} ${gap.period}: ${groups} (${verdict}).${own}`;
}

/** The rule as people read it: "minst 5 procentenheter" or "minst 10 procent av det lägre värdet". */
export function gapRuleText(gap: Pick<GroupGap, 'measure' | 'rule'>): string {
  return gap.measure === 'points'
    ? `minst ${q(gap.rule.points, 'procentenheter')}`
    : `minst ${formatQuantity(gap.rule.relative * 100, '%', { maxDecimals: 1 })} av det lägre värdet`;
}
