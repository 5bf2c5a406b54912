/**
 * @module The assessment engine: judges each indicator against its etappmål, proposes a level
 * per goal on the report's own scale with a short Swedish rationale, applies the officials'
 * overrides and rolls the goals up. Pure and deterministic; the level rules live in
 * `rules.ts` and the rationale writer in `rationale.ts`.
 */
import {
  byPeriod,
  checkRules,
  chooseOutcome,
  chooseTargets,
  difference,
  judgeLatestKnown,
  judgeStatus,
  knownValues,
  pickPrevious,
  proposeLevel,
  rulesForScale,
  trendOf,
  type Judged,
  type LevelEvidence,
  type LevelProposal,
  type ScaleRules,
  type Better,
  type TargetChange,
} from './rules';
import { differencesToAnalyse, gapRule, indicatorGaps, type GroupGap } from './gaps';
import { forecastNote, writeRationale } from './rationale';
import { outcomeComparisons, type OutcomeComparison } from './comparisons';
import { overallLevel, rollUps, type OverallLevel, type RollUp, type RollUpOverride } from './rollups';
import { assessesGoals, levelsBestFirst, scaleOf, type Goal, type Indicator, type ReportDocument, type ScaleLevel } from '../report';

export { rulesForScale, type ScaleRules } from './rules';

export type IndicatorStatus = 'met' | 'not_met' | 'missing' | 'no_target';
export type Trend = 'improved' | 'worsened' | 'unchanged' | 'unknown';

export interface IndicatorAssessment {
  indicatorId: string;
  name: string;
  unit?: string;
  better: Better;
  /** The report year's outcome period, or its latest month period when there is no full-year value; null if none. */
  period: string | null;
  outcome: number | null;
  /** Explains a missing value, as the data says it. */
  outcomeNote?: string;
  /** The comparison period: the same month a year earlier, else the latest earlier full year, else the latest earlier period. */
  previousPeriod: string | null;
  previous: number | null;
  /** The etappmål for the report year, else the latest one before it, else a målvärde already due. */
  target: { period: string; kind: 'etappmal' | 'malvarde'; value?: number; change?: TargetChange; note?: string } | null;
  longTermTarget: { period: string; value?: number; change?: TargetChange } | null;
  status: IndicatorStatus;
  trend: Trend;
  /** outcome − previous, in the indicator's unit (procentenheter for %). */
  change: number | null;
  /** outcome − target value, signed. */
  distance: number | null;
  /** Gaps between the groups of the outcome's breakdown (kön, other groups); absent without a breakdown. */
  gaps?: GroupGap[];
  /** The outcome beside the same period's comparisons (riket, länet…); absent without any. */
  comparisons?: OutcomeComparison[];
  /** Set when the assessed value is a forecast for the year (no part-year outcome was there). */
  outcomeIsForecast?: true;
  /** The year's forecast beside a part-year outcome (a delårsrapport's "Prognos helår"). */
  forecast?: { period: string; value: number };
}

export interface GoalAssessment {
  goalId: string;
  title: string;
  computedLevel: string;
  level: string;
  label: string;
  computedLabel: string;
  rationale: string;
  /**
   * What the computed level rests on: this year's outcomes against etappmål, the latest earlier
   * outcomes (`latest-known`), or nothing (`none`: no etappmål can be judged, so the house rule
   * cannot decide; `computedLevel` is then the scale's cannot-assess level and an official judges).
   */
  basis: 'outcomes' | 'latest-known' | 'none';
  counts: {
    indicators: number;
    withTarget: number;
    met: number;
    notMet: number;
    missing: number;
    noTarget: number;
    improved: number;
    worsened: number;
  };
  indicators: IndicatorAssessment[];
  override?: { level: string; reason: string; by: string; at: string };
  published?: { level?: string; label?: string };
}

export interface ReportAssessment {
  reportId: string;
  scaleId?: string;
  goals: GoalAssessment[];
  councilGoals: RollUp[];
  areas: RollUp[];
  overall: OverallLevel;
  /** "Skillnader att analysera": every notable gap between groups, by `report.rules.gap`. */
  differences: GroupGap[];
}

export interface LevelOverride {
  goalId: string;
  level: string;
  reason: string;
  by: string;
  at: string;
}

// ---------------------------------------------------------------- periods

// ---------------------------------------------------------------- indicators

/** Judges one indicator for the report year. */
export function assessIndicator(indicator: Indicator, reportYear: number): IndicatorAssessment {
  const values = indicator.values.slice().sort(byPeriod);
  const chosen = chooseOutcome(values, reportYear);
  const period = chosen?.period ?? null;
  const outcome = chosen?.value ?? null;
  const prev = pickPrevious(knownValues(values), outcome !== null ? period : null, reportYear);
  const { target: t, longTerm: lt } = chooseTargets(indicator.targets, reportYear);
  const status = judgeStatus(outcome, prev, t, indicator.better);
  const trend = trendOf(outcome, prev, indicator.better);

  const yearForecast = values.find((v) => v.period === String(reportYear) && v.kind === 'forecast' && v.value !== null);
  let outcomeNote: string | undefined;
  if (outcome === null) outcomeNote = chosen?.note;
  else if (status === 'missing') outcomeNote = 'Jämförelsevärde saknas, så riktningsmålet kan inte bedömas';

  return {
    indicatorId: indicator.id,
    name: indicator.name,
    ...(indicator.unit !== undefined ? { unit: indicator.unit } : {}),
    better: indicator.better,
    period,
    outcome,
    ...(outcomeNote ? { outcomeNote } : {}),
    previousPeriod: prev?.period ?? null,
    previous: prev?.value ?? null,
    target: t
      ? {
          period: t.period,
          kind: t.kind,
          ...(t.value !== undefined ? { value: t.value } : {}),
          ...(t.change !== undefined ? { change: t.change } : {}),
          ...(t.note !== undefined ? { note: t.note } : {}),
        }
      : null,
    longTermTarget: lt
      ? {
          period: lt.period,
          ...(lt.value !== undefined ? { value: lt.value } : {}),
          ...(lt.change !== undefined ? { change: lt.change } : {}),
        }
      : null,
    status,
    trend,
    change: outcome !== null && prev ? difference(outcome, prev.value) : null,
    distance: outcome !== null && t?.value !== undefined ? difference(outcome, t.value) : null,
    ...(chosen?.kind === 'forecast' && outcome !== null ? { outcomeIsForecast: true as const } : {}),
    ...(yearForecast && yearForecast !== chosen ? { forecast: { period: yearForecast.period, value: yearForecast.value! } } : {}),
  };
}

// ---------------------------------------------------------------- goals

/** Proposes a level for one goal, applies the official's override, and writes the rationale. */
export function assessGoal(goal: Goal, doc: ReportDocument, override?: LevelOverride, rules?: ScaleRules): GoalAssessment {
  const levels = levelsBestFirst(scaleOf(doc));
  // A report with no scale assesses no goal: the single level "Ej bedömt" under rules for no proposal.
  const r = rules ?? (assessesGoals(doc) ? rulesForScale(scaleOf(doc)) : null);
  if (r) checkRules(r, levels.length);
  const year = doc.report.year;
  const gapsRule = gapRule(doc);
  const indicators = goal.indicators.map((ind) => {
    const a = assessIndicator(ind, year);
    const gaps = indicatorGaps(ind, goal.id, year, gapsRule);
    const comparisons = outcomeComparisons(ind, a.period, a.outcome);
    return { ...a, ...(gaps.length ? { gaps } : {}), ...(comparisons.length ? { comparisons } : {}) };
  });

  const count = (s: IndicatorStatus) => indicators.filter((i) => i.status === s).length;
  const counts = {
    indicators: indicators.length,
    withTarget: indicators.length - count('no_target'),
    met: count('met'),
    notMet: count('not_met'),
    missing: count('missing'),
    noTarget: count('no_target'),
    improved: indicators.filter((i) => i.trend === 'improved').length,
    worsened: indicators.filter((i) => i.trend === 'worsened').length,
  };
  const unchanged = indicators.filter((i) => i.trend === 'unchanged').length;

  let judged: Judged[] = indicators
    .filter((a) => a.status === 'met' || a.status === 'not_met')
    .map((a) => ({ a, met: a.status === 'met', value: a.outcome ?? 0, period: a.period ?? String(year) }));
  let basis: LevelEvidence['basis'] = judged.length > 0 ? 'outcomes' : 'none';
  if (basis === 'none' && counts.missing > 0 && r?.noOutcomes === 'latest-known') {
    judged = judgeLatestKnown(goal, indicators, year);
    if (judged.length > 0) basis = 'latest-known';
  }
  const evidence: LevelEvidence = {
    assessed: judged.length,
    met: judged.filter((j) => j.met).length,
    missing: counts.missing,
    improved: counts.improved,
    worsened: counts.worsened,
    unchanged,
    basis,
  };
  const proposal: LevelProposal = r ? proposeLevel(evidence, r) : { position: 0, steps: [] };
  const computed = levels[proposal.position] as ScaleLevel;

  let final = computed;
  let applied: GoalAssessment['override'];
  let setAside: string | undefined;
  if (override) {
    if (override.goalId !== goal.id) throw new RangeError(`Bedömningen gäller målet "${override.goalId}", inte "${goal.id}"`);
    // The reason rule is enforced when an official sets a level (validateOverride); a stored level
    // stands even if the figures, and so the proposal, have changed since.
    const chosen = levels.find((l) => l.id === override.level);
    if (chosen) {
      final = chosen;
      applied = { level: override.level, reason: override.reason, by: override.by, at: override.at };
    } else {
      setAside = override.level;
    }
  }

  const publishedId = goal.published?.level;
  const publishedLabel = levels.find((l) => l.id === publishedId)?.label;
  const published = goal.published
    ? { ...(publishedId ? { level: publishedId } : {}), ...(publishedLabel ? { label: publishedLabel } : {}) }
    : undefined;

  return {
    goalId: goal.id,
    title: goal.title,
    computedLevel: computed.id,
    level: final.id,
    label: final.label,
    computedLabel: computed.label,
    rationale: r
      ? writeRationale({
          indicators,
          judged,
          basis,
          steps: proposal.steps,
          levels,
          rules: r,
          year,
          computed,
          final,
          override: applied,
          setAside,
        }) + forecastNote(doc, indicators)
      : 'Rapporten bedömer inte målen (den har ingen bedömningsskala); indikatorerna följs upp utan nivå.',
    basis,
    counts,
    indicators,
    ...(applied ? { override: applied } : {}),
    ...(published ? { published } : {}),
  };
}

// ---------------------------------------------------------------- report, overrides

/**
 * Assesses every goal and rolls them up. Of several overrides for one goal the latest (`at`)
 * wins; overrides for goals not in the report are ignored.
 */
export function assessReport(
  doc: ReportDocument,
  overrides: (LevelOverride | RollUpOverride)[] = [],
  rules?: ScaleRules,
): ReportAssessment {
  const steps = assessSteps(doc, overrides, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same assessment as `assessReport`, handing control back between goals: `pause` is awaited
 * after every goal (a caller passes one that yields to the event loop once a slice of time has
 * passed, so a report at the limits never holds other requests up).
 */
export async function assessReportInSlices(
  doc: ReportDocument,
  overrides: (LevelOverride | RollUpOverride)[],
  pause: () => Promise<void>,
  rules?: ScaleRules,
): Promise<ReportAssessment> {
  const steps = assessSteps(doc, overrides, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The assessment as a generator that pauses after each goal; both entry points above drive it. */
function* assessSteps(
  doc: ReportDocument,
  overrides: (LevelOverride | RollUpOverride)[],
  rules?: ScaleRules,
): Generator<void, ReportAssessment> {
  const ups = overrides.filter((o): o is RollUpOverride => 'key' in o);
  const r = rules ?? (assessesGoals(doc) ? rulesForScale(scaleOf(doc)) : null);
  const latest = new Map<string, LevelOverride>();
  for (const o of overrides) {
    if ('key' in o) continue;
    const seen = latest.get(o.goalId);
    if (!seen || o.at >= seen.at) latest.set(o.goalId, o);
  }
  const goals: GoalAssessment[] = [];
  for (const g of doc.goals) {
    goals.push(assessGoal(g, doc, latest.get(g.id), r ?? undefined));
    yield;
  }
  return {
    reportId: doc.report.id,
    ...(doc.scale?.id !== undefined ? { scaleId: doc.scale.id } : {}),
    goals,
    councilGoals: rollUps(doc, goals, (g) => g.councilGoal, r, ups),
    areas: rollUps(doc, goals, (g) => g.area, r, ups),
    overall: overallLevel(doc, goals, r, ups),
    differences: differencesToAnalyse(doc),
  };
}

/** Checks an official's final level: it must exist in the scale, and differing from the proposal needs a reason. */
export function validateOverride(
  doc: ReportDocument,
  goal: GoalAssessment,
  level: string,
  reason: string | undefined,
): { ok: true } | { ok: false; field: string; message: string } {
  const levels = levelsBestFirst(scaleOf(doc));
  const chosen = levels.find((l) => l.id === level);
  if (!chosen) {
    return { ok: false, field: 'level', message: `Nivån "${level}" finns inte i skalan (${levels.map((l) => l.id).join(', ')}).` };
  }
  if (goal.basis === 'none' && !reason?.trim()) {
    return {
      ok: false,
      field: 'reason',
      message: `Skriv ett skäl: inget etappmål kan bedömas för målet, så nivån (${chosen.label}) är din bedömning.`,
    };
  }
  if (level !== goal.computedLevel && !reason?.trim()) {
    const proposed = levels.find((l) => l.id === goal.computedLevel)?.label ?? goal.computedLevel;
    return { ok: false, field: 'reason', message: `Skriv ett skäl när nivån (${chosen.label}) avviker från förslaget (${proposed}).` };
  }
  return { ok: true };
}
