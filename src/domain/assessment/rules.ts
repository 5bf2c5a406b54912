/**
 * @module The assessment rules: which outcome, comparison value and etappmål an indicator is
 * judged on and what counts as met; and the configurable rules that turn a goal's evidence
 * (etappmål met, outcomes missing, trends) into a proposed position on a scale of 2–6 levels and
 * roll goals up. Positions count from the best level (0).
 */
import type { IndicatorAssessment } from './assessment';
import type { Goal, IndicatorValue, Scale, Target } from '../report';

/**
 * Rules for one scale size. Levels are addressed by position, best first (0 = top), so the same
 * rules fit any scale with that many levels whatever its labels are.
 */
export interface ScaleRules {
  /** How many levels the rules are for; must equal the scale's number of levels. */
  levels: number;
  /**
   * The smallest share (0..1) of assessed etappmål that must be met for each level, best first.
   * Non-increasing; the last entry is 0.
   */
  minShare: number[];
  /** How many etappmål must have an outcome before the top level may be proposed. */
  minAssessedForTop: number;
  /** Trends (outcome vs the previous period) may move a borderline result one step. */
  trend: {
    enabled: boolean;
    /** Indicators with a known trend needed before trends count at all. */
    minKnown: number;
    /** "Most" means strictly more than this share of the known trends. */
    majority: number;
  };
  /**
   * When no etappmål has an outcome for the period: `latest-known` judges the latest earlier
   * outcomes against the etappmål instead (never the top level); `cannot-assess` goes straight
   * to `cannotAssessPosition`.
   */
  noOutcomes: 'latest-known' | 'cannot-assess';
  /** Position of the level given when nothing can be assessed (no etappmål, or no outcomes at all). */
  cannotAssessPosition: number;
  /** How goals roll up: the median (ties go to the lower level) or the lowest level. */
  rollUp: 'median' | 'lowest';
}

/** The evidence of one goal, already counted. */
export interface LevelEvidence {
  /** Etappmål judged (met + not met); with `basis: 'latest-known'`, judged on earlier outcomes. */
  assessed: number;
  met: number;
  /** Indicators with an etappmål but no outcome for the period. */
  missing: number;
  improved: number;
  worsened: number;
  unchanged: number;
  basis: 'outcomes' | 'latest-known' | 'none';
}

/** One step of the reasoning, in order; the rationale is written from these. */
export type LevelStep =
  | { kind: 'share'; to: number; share: number }
  | { kind: 'cannot-assess'; to: number }
  | { kind: 'trend-up'; from: number; to: number }
  | { kind: 'trend-down'; from: number; to: number }
  | { kind: 'cap-missing'; from: number; to: number }
  | { kind: 'cap-thin'; from: number; to: number };

export interface LevelProposal {
  position: number;
  steps: LevelStep[];
}

const EPS = 1e-9;

/** Default thresholds: the top level needs every assessed etappmål met, the bottom none; the levels between share (0, 1) evenly. */
function defaultMinShare(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? 1 : i === n - 1 ? 0 : (n - 1 - i) / (n - 1)));
}

/**
 * The default rules for a scale, chosen by its number of levels (2–6 and beyond), never by its
 * labels; any field can be overridden. Throws a RangeError when the result is inconsistent.
 */
export function rulesForScale(scale: Scale, overrides: Partial<ScaleRules> = {}): ScaleRules {
  const n = scale.levels.length;
  const rules: ScaleRules = {
    levels: n,
    minShare: defaultMinShare(n),
    // On a 4+ level scale the step below the top still says "to a high degree"; one etappmål is
    // too thin for "fully". On 2–3 levels the next step down would misstate a met goal.
    minAssessedForTop: n >= 4 ? 2 : 1,
    trend: { enabled: true, minKnown: 2, majority: 0.5 },
    noOutcomes: 'latest-known',
    cannotAssessPosition: Math.ceil((n - 1) / 2),
    rollUp: 'median',
    ...overrides,
  };
  checkRules(rules, n);
  return rules;
}

/** Throws a RangeError (Swedish message) when rules do not fit a scale of `n` levels. */
export function checkRules(rules: ScaleRules, n: number): void {
  const fail = (msg: string) => {
    throw new RangeError(`Ogiltiga bedömningsregler: ${msg}`);
  };
  if (rules.levels !== n) fail(`reglerna gäller ${rules.levels} nivåer men skalan har ${n}`);
  if (rules.minShare.length !== n) fail(`minShare ska ha ${n} värden, har ${rules.minShare.length}`);
  rules.minShare.forEach((s, i) => {
    if (!(s >= 0 && s <= 1)) fail(`minShare[${i}] ska ligga mellan 0 och 1`);
    if (i > 0 && s > (rules.minShare[i - 1] ?? 1)) fail('minShare ska vara fallande, bästa nivån först');
  });
  if (rules.minShare[n - 1] !== 0) fail('den lägsta nivåns minShare ska vara 0');
  if (!Number.isInteger(rules.cannotAssessPosition) || rules.cannotAssessPosition < 1 || rules.cannotAssessPosition > n - 1) {
    fail(`cannotAssessPosition ska vara ett heltal 1–${n - 1} (högsta nivån kan inte ges utan underlag)`);
  }
  if (!(rules.trend.majority >= 0 && rules.trend.majority < 1)) fail('trend.majority ska ligga i [0, 1)');
  if (rules.minAssessedForTop < 1) fail('minAssessedForTop ska vara minst 1');
}

function positionForShare(share: number, minShare: number[]): number {
  const i = minShare.findIndex((min) => share >= min - EPS);
  return i === -1 ? minShare.length - 1 : i;
}

/** Where in its band a share sits: true when at or above the band's midpoint. */
function inUpperHalf(share: number, position: number, minShare: number[]): boolean {
  const lower = minShare[position] ?? 0;
  const upper = position === 0 ? 1 : (minShare[position - 1] ?? 1);
  return share >= (lower + upper) / 2 - EPS;
}

function trendDirection(e: LevelEvidence, rules: ScaleRules): 'up' | 'down' | null {
  const known = e.improved + e.worsened + e.unchanged;
  if (!rules.trend.enabled || known < rules.trend.minKnown || known === 0) return null;
  if (e.improved / known > rules.trend.majority + EPS) return 'up';
  if (e.worsened / known > rules.trend.majority + EPS) return 'down';
  return null;
}

/**
 * The proposed position for a goal: share of etappmål met through the thresholds; then one step
 * up or down when most trends agree and the share is borderline (never up into the top level);
 * then the top level is withheld while outcomes are missing or the evidence is thin.
 */
export function proposeLevel(e: LevelEvidence, rules: ScaleRules): LevelProposal {
  const n = rules.levels;
  const steps: LevelStep[] = [];
  let pos: number;
  const trend = trendDirection(e, rules);

  if (e.basis === 'none' || e.assessed === 0) {
    pos = rules.cannotAssessPosition;
    steps.push({ kind: 'cannot-assess', to: pos });
    // With nothing to measure against, the middle is borderline both ways.
    if (trend === 'up' && pos - 1 >= 1) {
      steps.push({ kind: 'trend-up', from: pos, to: pos - 1 });
      pos -= 1;
    } else if (trend === 'down' && pos + 1 <= n - 1) {
      steps.push({ kind: 'trend-down', from: pos, to: pos + 1 });
      pos += 1;
    }
    return { position: pos, steps };
  }

  const share = e.met / e.assessed;
  pos = positionForShare(share, rules.minShare);
  steps.push({ kind: 'share', to: pos, share });
  const upper = inUpperHalf(share, pos, rules.minShare);
  if (trend === 'up' && upper && pos - 1 >= 1) {
    steps.push({ kind: 'trend-up', from: pos, to: pos - 1 });
    pos -= 1;
  } else if (trend === 'down' && !upper && pos + 1 <= n - 1) {
    steps.push({ kind: 'trend-down', from: pos, to: pos + 1 });
    pos += 1;
  }
  if (pos === 0 && (e.missing > 0 || e.basis === 'latest-known')) {
    steps.push({ kind: 'cap-missing', from: 0, to: 1 });
    pos = 1;
  } else if (pos === 0 && e.assessed < rules.minAssessedForTop) {
    steps.push({ kind: 'cap-thin', from: 0, to: 1 });
    pos = 1;
  }
  return { position: pos, steps };
}

/** Rolls positions up: the median (with an even count, the lower of the two middle levels) or the lowest. */
export function rollUpPosition(positions: number[], rules: ScaleRules): number {
  if (positions.length === 0) return rules.cannotAssessPosition;
  const sorted = [...positions].sort((a, b) => a - b);
  if (rules.rollUp === 'lowest') return sorted[sorted.length - 1] ?? rules.cannotAssessPosition;
  return sorted[Math.floor(sorted.length / 2)] ?? rules.cannotAssessPosition;
}

// ---------------------------------------------------------------- judging one indicator

/** The decimals a value is written with: 7.8 → 1, and 0.1 + 0.2 → 1 too (float noise is not a decimal anyone wrote). */
export function decimalsOf(x: number): number {
  for (let d = 0; d < 10; d++) if (Math.abs(roundTo(x, d) - x) < 1e-9 * Math.max(1, Math.abs(x))) return d;
  return 10;
}

export function roundTo(x: number, d: number): number {
  const p = 10 ** d;
  return Math.round(x * p + Math.sign(x) * 1e-9) / p;
}

/** Compares two values rounded to the decimals they are printed with. */
export function comparePrinted(a: number, b: number): number {
  const d = Math.max(decimalsOf(a), decimalsOf(b));
  const ra = roundTo(a, d);
  const rb = roundTo(b, d);
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** a − b without floating-point noise (7.8 − 7 is 0.8, not 0.7999…). */
export function difference(a: number, b: number): number {
  return roundTo(a - b, Math.max(decimalsOf(a), decimalsOf(b)));
}

export const yearOf = (period: string) => Number(period.slice(0, 4));
export const isMonth = (period: string) => period.length === 7;

const periodKey = (p: string) => (p.length === 4 ? `${p}-13` : p);

/**
 * Chronological order with a month period before its full year, as `comparePeriods` in
 * report.ts; written without closures because it runs for every value of every indicator.
 */
export function byPeriod(a: { period: string }, b: { period: string }): number {
  const ka = periodKey(a.period);
  const kb = periodKey(b.period);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export type Known = { period: string; value: number };

/**
 * The comparison value for the `assessed` period (or, with none, for the report year), from
 * `known` in chronological order: for a month, the same month a year earlier; else the latest
 * earlier full year; else the latest earlier period (of an earlier year, for a full year).
 */
export function pickPrevious(known: Known[], assessed: string | null, year: number): Known | null {
  const month = assessed !== null && isMonth(assessed);
  const sameMonth = month ? `${yearOf(assessed) - 1}${assessed.slice(4)}` : '';
  const limit = assessed !== null ? periodKey(assessed) : `${year}`;
  let fullYear: Known | null = null;
  let any: Known | null = null;
  for (let i = known.length - 1; i >= 0; i--) {
    const k = known[i] as Known;
    if (month && k.period === sameMonth) return k;
    if (periodKey(k.period) >= limit) continue;
    if (!fullYear && !isMonth(k.period) && yearOf(k.period) < year) fullYear = k;
    if (!any && (month || yearOf(k.period) < year)) any = k;
  }
  return fullYear ?? any;
}

/** Which direction is an improvement; `none` for a figure followed without one ("Antal anställda"). */
export type Better = 'higher' | 'lower' | 'none';
/** A target stated only as a direction: "Öka", "Minska", "Behåll". */
export type TargetChange = 'increase' | 'decrease' | 'keep';

/** Reaching a value target in the better direction; equal (as printed) counts. Without a direction, only equal counts. */
export function reaches(outcome: number, target: number, better: Better): boolean {
  const c = comparePrinted(outcome, target);
  return better === 'higher' ? c >= 0 : better === 'lower' ? c <= 0 : c === 0;
}

/**
 * A direction target ("Minska", "Öka") needs a real move; unchanged as printed is not met.
 * "Behåll" is met when the value has not moved the worse way (without a direction: not moved at all).
 */
export function movedAsRequired(outcome: number, previous: number, change: TargetChange | undefined, better: Better): boolean {
  const c = comparePrinted(outcome, previous);
  if (change === 'keep') return better === 'higher' ? c >= 0 : better === 'lower' ? c <= 0 : c === 0;
  return change === 'increase' ? c > 0 : c < 0;
}

export function knownValues(sorted: IndicatorValue[]): Known[] {
  const out: Known[] = [];
  for (const v of sorted) if (v.value !== null) out.push({ period: v.period, value: v.value });
  return out;
}

/**
 * The outcome assessed: the report year's full-year value; without one, the latest month of that
 * year with a value; without any, the (null) entry of the year so its note can explain. A
 * full-year value that is a forecast (`kind: forecast`) is no outcome: the part-year value is
 * assessed, and the forecast only when there is nothing else.
 */
export function chooseOutcome(sorted: IndicatorValue[], year: number): IndicatorValue | undefined {
  const key = String(year);
  let fullYear: IndicatorValue | undefined;
  let lastMonth: IndicatorValue | undefined;
  let lastMonthWithValue: IndicatorValue | undefined;
  for (const v of sorted) {
    if (v.period === key) fullYear = v;
    else if (isMonth(v.period) && v.period.startsWith(key)) {
      lastMonth = v;
      if (v.value !== null) lastMonthWithValue = v;
    }
  }
  if (fullYear && fullYear.value !== null && fullYear.kind !== 'forecast') return fullYear;
  return lastMonthWithValue ?? fullYear ?? lastMonth;
}

/** The etappmål for the year (else the latest before it, else a målvärde already due) and the long-term målvärde. */
export function chooseTargets(targets: Target[], year: number): { target: Target | null; longTerm: Target | null } {
  let etappmal: Target | null = null;
  let dueMalvarde: Target | null = null;
  let nextMalvarde: Target | null = null;
  let lastMalvarde: Target | null = null;
  for (const t of targets) {
    const y = yearOf(t.period);
    if (t.kind === 'etappmal') {
      if (y <= year && (!etappmal || byPeriod(t, etappmal) > 0)) etappmal = t;
    } else {
      if (y <= year && (!dueMalvarde || byPeriod(t, dueMalvarde) > 0)) dueMalvarde = t;
      if (y >= year && (!nextMalvarde || byPeriod(t, nextMalvarde) < 0)) nextMalvarde = t;
      if (!lastMalvarde || byPeriod(t, lastMalvarde) > 0) lastMalvarde = t;
    }
  }
  return { target: etappmal ?? dueMalvarde, longTerm: nextMalvarde ?? lastMalvarde };
}

/** no_target before missing: "missing" means an etappmål that cannot be judged for lack of data. */
export function judgeStatus(outcome: number | null, prev: Known | null, t: Target | null, better: Better) {
  if (!t) return 'no_target' as const;
  if (outcome === null) return 'missing' as const;
  if (t.value !== undefined) return reaches(outcome, t.value, better) ? ('met' as const) : ('not_met' as const);
  if (prev === null) return 'missing' as const;
  return movedAsRequired(outcome, prev.value, t.change, better) ? ('met' as const) : ('not_met' as const);
}

/** Better or worse than the previous value; a figure without a direction is never called either. */
export function trendOf(outcome: number | null, prev: Known | null, better: Better) {
  if (outcome === null || !prev || better === 'none') return 'unknown' as const;
  const c = comparePrinted(outcome, prev.value);
  if (c === 0) return 'unchanged' as const;
  return c > 0 === (better === 'higher') ? ('improved' as const) : ('worsened' as const);
}

// ---------------------------------------------------------------- evidence for a goal

export interface Judged {
  a: IndicatorAssessment;
  met: boolean;
  /** The value judged and its period, and what it was judged against. */
  value: number;
  period: string;
  baseline?: Known;
}

/** With no outcome at all for the period, the latest earlier outcomes judged against the etappmål. */
export function judgeLatestKnown(goal: Goal, assessed: IndicatorAssessment[], _year: number): Judged[] {
  const out: Judged[] = [];
  assessed.forEach((a, i) => {
    const ind = goal.indicators[i];
    if (!ind || a.status !== 'missing' || !a.target || a.previous === null || a.previousPeriod === null) return;
    if (a.target.value !== undefined) {
      out.push({ a, met: reaches(a.previous, a.target.value, a.better), value: a.previous, period: a.previousPeriod });
      return;
    }
    const known = knownValues(ind.values.slice().sort(byPeriod));
    const baseline = pickPrevious(known, a.previousPeriod, yearOf(a.previousPeriod));
    if (baseline)
      out.push({
        a,
        met: movedAsRequired(a.previous, baseline.value, a.target.change, a.better),
        value: a.previous,
        period: a.previousPeriod,
        baseline,
      });
  });
  return out;
}
