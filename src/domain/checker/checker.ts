/**
 * @module The checker: reads a motivation text against a goal's data and reports every figure
 * that is not grounded, every level, target, trend or count claim the data contradicts,
 * personnummer, and length. Pure and deterministic; shared by the API, the CLI, drafting and chat.
 */
import { assessGoal, type GoalAssessment } from '../assessment';
import { checkClaims } from './claims';
import { goalModel } from './facts';
import { checkLevel } from './levels';
import { nonFigures } from './non-figures';
import { checkNumbers } from './numbers';
import { checkPersonalNumbers } from './personal-numbers';
import { checkRestated } from './restated';
import { findSubjects } from './subjects';
import { countWords, textModel } from './text';
import { findNumbers, readLooseFigures } from '../sv';
import { findGoal, scaleOf, type Goal, type ReportDocument } from '../report';

export { goalFacts } from './facts';
export { levelPhrases } from './levels';

export type Severity = 'error' | 'warning';

export interface Fact {
  kind:
    | 'outcome'
    | 'target'
    | 'longTermTarget'
    | 'period'
    | 'difference'
    | 'relativeChange'
    | 'count'
    | 'note'
    | 'breakdown'
    | 'comparison'
    | 'level';
  /** For a comparison: the population it is about ("riket", "länet", "liknande kommuner"). */
  population?: string;
  label: string;
  value?: number;
  unit?: string;
  indicatorId?: string;
  period?: string;
  text?: string;
  /** A change between two periods: which way it went, so a signed figure ("−9 procentenheter") can be judged. */
  direction?: 'up' | 'down';
}

/** Every code a finding can carry; errors contradict the data, warnings ask a person to look. */
export type FindingCode =
  | 'wrong_value'
  | 'wrong_period'
  | 'wrong_unit'
  | 'wrong_level'
  | 'wrong_trend_claim'
  | 'wrong_target_claim'
  | 'wrong_count'
  | 'ungrounded_number'
  | 'personal_identity_number'
  | 'missing_level'
  | 'too_long'
  // Report-level sections (src/domain/sections): roll-ups, the economy, forecasts, activities.
  | 'rollup_count'
  | 'rollup_total'
  | 'section_level'
  | 'economy_sign'
  | 'forecast_as_outcome'
  | 'forecast_tense'
  | 'activity_status';

/**
 * Who wrote the text. A model may not invent: a figure the data does not hold is an error in its
 * text. A person may know more than the data (a figure from a meeting, a survey not yet imported):
 * in a person's text the same figure is a warning that it cannot be checked.
 */
export type TextOrigin = 'person' | 'model';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  message: string;
  start: number;
  end: number;
  facts: Fact[];
  expected?: string;
}

export interface CheckInput {
  doc: ReportDocument;
  goalId: string;
  text: string;
  /** The level the text must argue for; default: the assessment's final level. */
  level?: string;
  /** The goal's assessment (with the official's final level); computed from the data when absent. */
  assessment?: GoalAssessment;
  /** Words above which the text is too long; default 150. */
  wordLimit?: number;
  /** Who wrote the text; default `person`. See {@link TextOrigin}. */
  origin?: TextOrigin;
}

/** The longest text the checker reads (characters); longer texts are refused before any work. */
export const MAX_CHECK_CHARS = 20_000;

export const DEFAULT_WORD_LIMIT = 150;

/**
 * Checks one text against one goal. Throws a RangeError when the goal or the level does not exist
 * in the report. Findings are sorted by position; the same input always gives the same output.
 */
export function checkText(input: CheckInput): Finding[] {
  const { doc, goalId, text } = input;
  const goal = findGoal(doc, goalId);
  if (!goal) throw new RangeError(`Målet "${goalId}" finns inte i rapporten.`);
  const assessment = input.assessment ?? defaultAssessment(doc, goal);
  const level = input.level ?? assessment.level;
  if (!scaleOf(doc).levels.some((l) => l.id === level)) {
    throw new RangeError(
      `Nivån "${level}" finns inte i skalan (${scaleOf(doc)
        .levels.map((l) => l.id)
        .join(', ')}).`,
    );
  }
  const model = goalModel(doc, goal, assessment);
  // Figures and claims are read with the report's own titles blanked where the text quotes them:
  // «Minskade utsläpp från fordon» names a goal, it does not say anything went down.
  const read = blankQuotedTitles(text, reportTitles(doc));
  const t = textModel(read);

  const findings: Finding[] = [];
  const pnr = checkPersonalNumbers(text);
  findings.push(...pnr);
  // Dates, references, clock times, ages, thresholds in names and list numbers are no figures.
  const found = findNumbers(read);
  const not = nonFigures(read, found, model);
  const mentions = readLooseFigures(
    read,
    found.filter((m) => !not.drop.has(m)),
  );
  const subjects = findSubjects(t, model);
  const claims = checkClaims(t, model, mentions, subjects);
  findings.push(...claims.findings);
  // "13,5 miljoner kronor eller 3,1 procent", "sommaren 2023": figures restated from a note, held to it.
  const restated = checkRestated(t, model, mentions);
  // "rullande tolv månader" (r12 written out) names a kind of value, not a figure.
  const rolling = [...read.matchAll(/rullande\s+tolv\s+månader/giu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const numbers = checkNumbers(t, model, mentions, subjects, {
    skip: [...pnr, ...claims.handled, ...restated.handled, ...not.unchecked, ...rolling],
  });
  findings.push(...numbers, ...restated.findings.filter((f) => !saidAlready(f, numbers, t)));
  findings.push(...checkLevel(t, model, level));
  findings.push(...checkLength(text, input.wordLimit ?? DEFAULT_WORD_LIMIT));
  if ((input.origin ?? 'person') === 'person') findings.forEach(asPersonsFigure);
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

/** A year the figure checks already found in the wrong period ("8,6 procent i augusti 2026") is said once. */
function saidAlready(f: Finding, others: Finding[], t: ReturnType<typeof textModel>): boolean {
  if (f.code !== 'wrong_period') return false;
  const sentence = t.sentences.find((s) => s.start <= f.start && f.start < s.end);
  return others.some(
    (o) =>
      o.code === 'wrong_period' &&
      sentence &&
      o.start >= sentence.start &&
      o.start < sentence.end &&
      (o.expected ?? '').includes(f.expected ?? '\0'),
  );
}

const normalTitle = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const titlesOf = new WeakMap<ReportDocument, Set<string>>();

/** Every title the report gives a goal, kommunfullmäktigemål, målområde, indicator or activity, normalised. */
function reportTitles(doc: ReportDocument): Set<string> {
  let titles = titlesOf.get(doc);
  if (!titles) {
    titles = new Set(
      doc.goals
        .flatMap((g) => [g.title, g.councilGoal, g.area, ...g.indicators.map((i) => i.name), ...g.activities.map((a) => a.title)])
        .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
        .map(normalTitle),
    );
    titlesOf.set(doc, titles);
  }
  return titles;
}

const QUOTED = /«([^«»\n]+)»|”([^”\n]+)”|“([^“”\n]+)”|"([^"\n]+)"/g;

/** The text with every quotation of one of the report's titles blanked to spaces; offsets are unchanged. */
function blankQuotedTitles(text: string, titles: ReadonlySet<string>): string {
  return text.replace(QUOTED, (whole, ...groups: (string | undefined)[]) => {
    const inner = groups.slice(0, 4).find((g) => g !== undefined) ?? '';
    return titles.has(normalTitle(inner)) ? whole[0] + ' '.repeat(whole.length - 2) + whole.at(-1) : whole;
  });
}

const assessed = new WeakMap<ReportDocument, Map<string, GoalAssessment>>();

/** The computed assessment, once per document and goal, so the goal's facts are built once too. */
function defaultAssessment(doc: ReportDocument, goal: Goal): GoalAssessment {
  let perDoc = assessed.get(doc);
  if (!perDoc) assessed.set(doc, (perDoc = new Map()));
  let a = perDoc.get(goal.id);
  if (!a) perDoc.set(goal.id, (a = assessGoal(goal, doc)));
  return a;
}

/** In a person's text a figure the data does not hold is no contradiction: it cannot be checked. */
function asPersonsFigure(f: Finding): void {
  if (f.code !== 'ungrounded_number' || f.severity !== 'error') return;
  f.severity = 'warning';
  f.message = `${f.message} Den kan inte kontrolleras mot underlaget; kontrollera den själv.`;
}

/**
 * How many facts a text of the goal is checked against, counted without reading a note: the data's
 * own facts (outcomes, targets, periods, changes, counts, the level) and one per text of the goal's
 * own (notes, titles, names) whose figures and words the check reads. Throws a RangeError for an unknown goal.
 */
export function goalFactCount(doc: ReportDocument, goalId: string, assessment?: GoalAssessment): number {
  const goal = findGoal(doc, goalId);
  if (!goal) throw new RangeError(`Målet "${goalId}" finns inte i rapporten.`);
  const model = goalModel(doc, goal, assessment ?? defaultAssessment(doc, goal));
  return model.ownFacts.length + model.noteTexts.length;
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function checkLength(text: string, limit: number): Finding[] {
  // Counted without a list of every word: a text may hold 10 000 of them.
  const words = countWords(text, limit);
  if (words.count <= limit) return [];
  return [
    {
      severity: 'warning',
      code: 'too_long',
      message: `Texten har ${words.count} ord; motiveringen ska vara kortfattad (högst ${limit} ord).`,
      start: words.startOf,
      end: text.trimEnd().length,
      facts: [],
      expected: `högst ${limit} ord`,
    },
  ];
}
