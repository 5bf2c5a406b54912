/** @module Every fact of a goal a figure in a text may be grounded in (outcomes, targets, periods, differences, counts, numbers in notes), and the per-indicator view the claim checks judge against. */
import { comparePrinted, difference } from '../assessment';
import { assessGoal, type Better, type GoalAssessment, type IndicatorAssessment } from '../assessment';
import type { Fact } from './checker';
import { aliasKeys, nameWords } from './aliases';
import { notesOf, type NoteText } from './notes';
import type { NearPeriods } from './text';
import { changeUnit, MONTH_WORDS, periodText, type NumberMention } from '../sv';
import { comparePeriods, findGoal, proseNames, scaleOf, type Goal, type Indicator, type ReportDocument } from '../report';

export type UnitClass = 'percent' | 'pp' | 'money' | 'krinv' | 'days' | 'years' | 'plain';

export interface KnownValue {
  period: string;
  value: number;
}

export interface AliasKey {
  lower: string;
  stem: string;
  weight: 1 | 2;
  /** Not shared with a sibling indicator's name and not a word of the trade: two such words name the indicator. */
  distinct?: boolean;
}

export interface IndicatorModel {
  index: number;
  id: string;
  name: string;
  /** What the indicator is called in running text (`shortName`, or the short form by rule), lower-cased, when it differs from the table name. */
  proseName?: string;
  unit?: string;
  unitClass: UnitClass;
  better: Better;
  a: IndicatorAssessment;
  keys: AliasKey[];
  /** The groups its outcomes are broken down by ("kvinnor", "män"), lower case. */
  groups: Set<string>;
  /** Known values, oldest first. */
  known: KnownValue[];
  /** What a target claim is judged on: the outcome, or with none the latest earlier outcome (as the assessment does). */
  judged: { met: boolean; value: number; period: string } | null;
  /** The pair a trend claim is judged on: outcome against the previous period, else the latest two known values. */
  trend: { from: KnownValue; to: KnownValue; direction: 'up' | 'down' | 'same'; quality: 'better' | 'worse' | 'same' } | null;
  facts: Fact[];
  /** The change between each two known values, and in percent of the earlier one. */
  pairs: { from: string; to: string; diff: Fact; rel?: Fact }[];
  /** How far the judged value is from the etappmål. */
  distance?: Fact;
  /** The indicator's values are themselves changes ("Förändring av … jämfört med föregående år"): "ökade med 3,4 procent" is a value. */
  isChange: boolean;
}

/** Names of indicators whose values are changes, as Swedish reports name them. */
const CHANGE_NAME =
  /^(?:\p{L}*(?:förändring|ökning|minskning|tillväxt)|(?:\p{L}*(?:kostnads|löne|pris|befolknings|skatteunderlags|intäkts|volym))?utveckling)(?:en)?(?![\p{L}])|\b(?:förändring|utveckling)(?:en)?\s+(?:av|i|mot|från|sedan)\b|(?:jämfört\s+med|mot)\s+(?:föregående|förra)\s+år/iu;
export const isChangeIndicator = (name: string): boolean => CHANGE_NAME.test(name);

/** A number in the goal's own texts (notes, names, footnotes), with the words around it (read from the note when first used). */
export interface NoteNumber {
  readonly fact: Fact;
  readonly mention: NumberMention;
  /** Which of the goal's texts it stands in (a position in `GoalModel.noteTexts`). */
  readonly note: number;
  /** Its place among all the goal's note figures (the note's position first, then its own). */
  readonly order: number;
  /** Words of the part of the note the figure stands in. */
  readonly context: Set<string>;
  /** Words of the whole note. */
  readonly noteContext: Set<string>;
  /** The periods written next to the figure in the note. */
  readonly periods: NearPeriods;
}

export interface GoalModel {
  doc: ReportDocument;
  goal: Goal;
  assessment: GoalAssessment;
  indicators: IndicatorModel[];
  /** Every fact of the goal, the notes' figures included (finding those reads every note). */
  readonly facts: Fact[];
  /** The facts of the data itself: all but the notes' figures, which are looked up through `noteTexts`. */
  ownFacts: Fact[];
  /** The goal's own texts (`NoteNumber.note` is a position here), read when a check needs them. */
  noteTexts: NoteText[];
  counts: Record<CountKey, number>;
}

export type CountKey =
  | 'indicators'
  | 'withTarget'
  | 'met'
  | 'notMet'
  | 'missing'
  | 'noTarget'
  | 'improved'
  | 'worsened'
  | 'unchanged'
  | 'withTrend'
  | 'judged'
  | 'judgedMet'
  | 'judgedNotMet'
  | 'withOutcome'
  | 'activities';

const COUNT_LABELS: Record<CountKey, string> = {
  indicators: 'Antal indikatorer',
  withTarget: 'Indikatorer med etappmål',
  met: 'Indikatorer som når etappmålet',
  notMet: 'Indikatorer som inte når etappmålet',
  missing: 'Indikatorer där utfall saknas',
  noTarget: 'Indikatorer utan etappmål',
  improved: 'Indikatorer som har förbättrats',
  worsened: 'Indikatorer som har försämrats',
  unchanged: 'Indikatorer som är oförändrade',
  withTrend: 'Indikatorer med jämförbart tidigare utfall',
  judged: 'Etappmål som kan bedömas',
  judgedMet: 'Etappmål som nås (senast kända utfall där årets saknas)',
  judgedNotMet: 'Etappmål som inte nås (senast kända utfall där årets saknas)',
  withOutcome: 'Indikatorer med utfall för året',
  activities: 'Antal aktiviteter',
};

export function unitClassOf(unit: string | undefined): UnitClass {
  const u = (unit ?? '').trim().toLowerCase();
  if (u === '%' || u === 'procent') return 'percent';
  if (u === 'procentenheter' || u === 'procentenhet') return 'pp';
  if (MONEY_SCALE.has(u)) return 'money';
  if (u.startsWith('kr/') || u.startsWith('kr per') || u.startsWith('kronor per')) return 'krinv';
  if (u === 'dagar' || u === 'dag') return 'days';
  if (u === 'år') return 'years';
  return 'plain';
}

/** Kronor per written unit, for comparing "13,5 miljoner kronor" with "13 500 tkr". */
export function moneyScale(unit: string | undefined): number {
  return MONEY_SCALE.get((unit ?? '').trim().toLowerCase()) ?? 1;
}

/** Money units as reports write them in a table's unit column, in kronor per unit. */
const MONEY_SCALE: ReadonlyMap<string, number> = new Map([
  ...['kr', 'kronor', 'sek'].map((u) => [u, 1] as const),
  ...['tkr', 'tusen kronor', 'tsek', 'kkr'].map((u) => [u, 1e3] as const),
  ...['mnkr', 'mkr', 'miljoner kronor', 'msek', 'mn kr'].map((u) => [u, 1e6] as const),
  ...['mdkr', 'mdr kr', 'miljarder kronor', 'mdsek'].map((u) => [u, 1e9] as const),
]);

// ---------------------------------------------------------------- per indicator

const isMonth = (p: string) => p.length === 7;
export { periodText };
export const monthNames: readonly string[] = MONTH_WORDS;

/**
 * How an indicator stands against its etappmål. As in the assessment, where no etappmål of the
 * goal has an outcome for the year, the latest known outcome is judged instead.
 */
function judge(a: IndicatorAssessment, known: KnownValue[], latestKnown: boolean): IndicatorModel['judged'] {
  if ((a.status === 'met' || a.status === 'not_met') && a.outcome !== null && a.period) {
    return { met: a.status === 'met', value: a.outcome, period: a.period };
  }
  if (!latestKnown || a.status !== 'missing' || !a.target || a.previous === null || !a.previousPeriod) return null;
  const value = a.previous;
  if (a.target.value !== undefined) {
    const c = comparePrinted(value, a.target.value);
    return { met: a.better === 'higher' ? c >= 0 : c <= 0, value, period: a.previousPeriod };
  }
  const before = known.filter((k) => comparePeriods(k.period, a.previousPeriod!) < 0 && !isMonth(k.period)).pop();
  if (!before) return null;
  const c = comparePrinted(value, before.value);
  return { met: a.target.change === 'increase' ? c > 0 : c < 0, value, period: a.previousPeriod };
}

function trendOf(a: IndicatorAssessment, known: KnownValue[]): IndicatorModel['trend'] {
  let from: KnownValue | undefined;
  let to: KnownValue | undefined;
  if (a.outcome !== null && a.period && a.previous !== null && a.previousPeriod) {
    from = { period: a.previousPeriod, value: a.previous };
    to = { period: a.period, value: a.outcome };
  } else {
    const years = known.filter((k) => !isMonth(k.period));
    const list = years.length >= 2 ? years : known;
    from = list[list.length - 2];
    to = list[list.length - 1];
  }
  if (!from || !to) return null;
  const c = comparePrinted(to.value, from.value);
  const direction = c > 0 ? 'up' : c < 0 ? 'down' : 'same';
  const quality = c === 0 ? 'same' : c > 0 === (a.better === 'higher') ? 'better' : 'worse';
  return { from, to, direction, quality };
}

function indicatorFacts(ind: Indicator, a: IndicatorAssessment, known: KnownValue[]): Pick<IndicatorModel, 'facts' | 'pairs' | 'distance'> {
  const facts: Fact[] = [];
  const pairs: IndicatorModel['pairs'] = [];
  let distance: Fact | undefined;
  const unit = ind.unit;
  const base = { indicatorId: ind.id, ...(unit !== undefined ? { unit } : {}) };
  for (const v of ind.values) {
    if (v.value !== null)
      facts.push({ kind: 'outcome', label: `${ind.name} ${periodText(v.period)}`, value: v.value, period: v.period, ...base });
    for (const [population, value] of Object.entries(v.comparisons ?? {})) {
      if (value !== null && value !== undefined)
        facts.push({
          kind: 'comparison',
          label: `${ind.name} ${periodText(v.period)}, ${population}`,
          value,
          period: v.period,
          population,
          ...base,
        });
    }
    for (const [group, value] of Object.entries(v.breakdown ?? {})) {
      if (value !== null)
        facts.push({ kind: 'breakdown', label: `${ind.name} ${periodText(v.period)}, ${group}`, value, period: v.period, ...base });
    }
  }
  for (const t of ind.targets) {
    const kind = t.kind === 'etappmal' ? 'target' : 'longTermTarget';
    const label = `${t.kind === 'etappmal' ? 'Etappmål' : 'Målvärde'} ${t.period} för ${ind.name}`;
    if (t.value !== undefined) facts.push({ kind, label, value: t.value, period: t.period, ...base });
    else facts.push({ kind, label, period: t.period, text: t.change === 'increase' ? 'Öka' : 'Minska', indicatorId: ind.id });
  }
  const diffUnit = unitClassOf(unit) === 'percent' ? changeUnit('%') : unit;
  const diffBase = { indicatorId: ind.id, ...(diffUnit !== undefined ? { unit: diffUnit } : {}) };
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) {
      const x = known[i]!;
      const y = known[j]!;
      const span = `${periodText(x.period)}–${periodText(y.period)}`;
      const d = difference(y.value, x.value);
      const direction = d < 0 ? { direction: 'down' as const } : d > 0 ? { direction: 'up' as const } : {};
      const diff: Fact = {
        kind: 'difference',
        label: `Skillnad ${span} för ${ind.name}`,
        value: Math.abs(d),
        period: y.period,
        ...diffBase,
        ...direction,
      };
      const rel: Fact | undefined =
        x.value === 0
          ? undefined
          : {
              kind: 'relativeChange',
              label: `Förändring i procent ${span} för ${ind.name}`,
              value: Math.abs(((y.value - x.value) / x.value) * 100),
              unit: 'procent',
              indicatorId: ind.id,
              period: y.period,
              ...direction,
            };
      facts.push(diff, ...(rel ? [rel] : []));
      pairs.push({ from: x.period, to: y.period, diff, ...(rel ? { rel } : {}) });
    }
  }
  const judgedValue = a.outcome ?? a.previous;
  if (a.target?.value !== undefined && judgedValue !== null) {
    distance = {
      kind: 'difference',
      label: `Avstånd till etappmålet för ${ind.name}`,
      value: Math.abs(difference(judgedValue, a.target.value)),
      ...diffBase,
    };
    facts.push(distance);
  }
  return { facts, pairs, ...(distance ? { distance } : {}) };
}

// ---------------------------------------------------------------- the goal

function periodFacts(doc: ReportDocument, goal: Goal): Fact[] {
  const years = new Map<number, string>();
  const add = (year: number, label: string) => {
    if (!years.has(year)) years.set(year, label);
  };
  add(doc.report.year, 'Rapportåret');
  if (doc.report.asOf) add(Number(doc.report.asOf.slice(0, 4)), 'Underlaget avser');
  for (const ind of goal.indicators) {
    for (const v of ind.values) add(Number(v.period.slice(0, 4)), `Period i underlaget (${ind.name})`);
    for (const t of ind.targets) add(Number(t.period.slice(0, 4)), `${t.kind === 'etappmal' ? 'Etappmål' : 'Målvärde'} (${ind.name})`);
  }
  return [...years].map(([year, label]) => ({ kind: 'period', label, value: year, period: String(year) }));
}

const cache = new WeakMap<ReportDocument, Map<string, { assessment: GoalAssessment; model: GoalModel }>>();
const proseCache = new WeakMap<ReportDocument, Map<string, string>>();

/** The indicators' prose names, once per document (every goal's model reads them). */
function proseNamesOf(doc: ReportDocument): Map<string, string> {
  let names = proseCache.get(doc);
  if (!names) proseCache.set(doc, (names = proseNames(doc)));
  return names;
}

/** The goal's facts and indicator views, computed once per document, goal and assessment. */
export function goalModel(doc: ReportDocument, goal: Goal, assessment: GoalAssessment): GoalModel {
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  const hit = perDoc.get(goal.id);
  if (hit && hit.assessment === assessment) return hit.model;

  const latestKnown = assessment.counts.met + assessment.counts.notMet === 0;
  const names = goal.indicators.map(nameWords);
  // The drafter writes an indicator by its prose name: the checker reads that name as the indicator.
  const prose = proseNamesOf(doc);
  const indicators = goal.indicators.map((ind, index): IndicatorModel => {
    const proseName = prose.get(ind.id)?.toLocaleLowerCase('sv');
    const a = assessment.indicators[index] ?? assessGoal(goal, doc).indicators[index]!;
    const known = ind.values
      // A forecast is no outcome: changes and trends are between what was measured.
      .filter((v): v is typeof v & { value: number } => v.value !== null && v.kind !== 'forecast')
      .map((v) => ({ period: v.period, value: v.value }))
      .sort((x, y) => comparePeriods(x.period, y.period));
    return {
      index,
      id: ind.id,
      name: ind.name,
      ...(proseName && proseName !== ind.name.toLocaleLowerCase('sv') && proseName.includes(' ') ? { proseName } : {}),
      ...(ind.unit !== undefined ? { unit: ind.unit } : {}),
      unitClass: unitClassOf(ind.unit),
      better: ind.better,
      a,
      keys: aliasKeys(index, names),
      groups: new Set(ind.values.flatMap((v) => Object.keys(v.breakdown ?? {}).map((k) => k.toLowerCase()))),
      known,
      judged: judge(a, known, latestKnown),
      trend: trendOf(a, known),
      isChange: isChangeIndicator(ind.name),
      ...indicatorFacts(ind, a, known),
    };
  });

  const c = assessment.counts;
  const unchanged = assessment.indicators.filter((i) => i.trend === 'unchanged').length;
  const judgedMet = indicators.filter((i) => i.judged?.met === true).length;
  const judgedNotMet = indicators.filter((i) => i.judged?.met === false).length;
  const counts: Record<CountKey, number> = {
    indicators: c.indicators,
    withTarget: c.withTarget,
    met: c.met,
    notMet: c.notMet,
    missing: c.missing,
    noTarget: c.noTarget,
    improved: c.improved,
    worsened: c.worsened,
    unchanged,
    withTrend: c.improved + c.worsened + unchanged,
    judged: c.met + c.notMet,
    judgedMet,
    judgedNotMet,
    withOutcome: assessment.indicators.filter((i) => i.outcome !== null).length,
    activities: goal.activities.length,
  };
  const noteTexts = notesOf(goal);
  const levelLabel = scaleOf(doc).levels.find((l) => l.id === assessment.level)?.label ?? assessment.level;
  const level: Fact = { kind: 'level', label: levelLabel, text: assessment.level };
  const ownFacts: Fact[] = [
    ...indicators.flatMap((i) => i.facts),
    ...periodFacts(doc, goal),
    ...(Object.keys(counts) as CountKey[]).map((k): Fact => ({ kind: 'count', label: COUNT_LABELS[k], value: counts[k] })),
    level,
  ];
  let all: Fact[] | null = null;
  const model: GoalModel = {
    doc,
    goal,
    assessment,
    indicators,
    // The notes' figures stand before the level, as they always have.
    get facts() {
      return (all ??= [...ownFacts.slice(0, -1), ...noteTexts.flatMap((n) => n.figures.map((x) => x.fact)), level]);
    },
    ownFacts,
    noteTexts,
    counts,
  };
  perDoc.set(goal.id, { assessment, model });
  return model;
}

/** Every fact of the goal a figure in a text may be grounded in. Throws a RangeError for an unknown goal. */
export function goalFacts(doc: ReportDocument, goalId: string, assessment?: GoalAssessment): Fact[] {
  const goal = findGoal(doc, goalId);
  if (!goal) throw new RangeError(`Målet "${goalId}" finns inte i rapporten.`);
  const cached = cache.get(doc)?.get(goal.id);
  return goalModel(doc, goal, assessment ?? cached?.assessment ?? assessGoal(goal, doc)).facts;
}

const namesOf = new WeakMap<GoalModel, string[]>();

/** The goal's indicator names in lower case, with single spaces: words in them are the name, not the sentence. */
export function nameList(model: GoalModel): string[] {
  let names = namesOf.get(model);
  if (!names) namesOf.set(model, (names = model.indicators.map((i) => i.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '))));
  return names;
}
