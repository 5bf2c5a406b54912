/**
 * @module Binding a figure to the goal's facts: whether a written figure matches a fact at the
 * precision written, the goal's facts and notes indexed by value, and the note whose words fit a
 * figure's clause better than the notes holding the figure written.
 */
import type { Fact } from './checker';
import { moneyScale, unitClassOf, type GoalModel, type NoteNumber, type UnitClass } from './facts';
import { notesByStem, notesWithSizes } from './notes';
import { contentStems, type Word } from './text';
import { looseMatch, matchesAtPrecision, type NumberMention } from '../sv';

// ---------------------------------------------------------------- matching one figure to one fact

/** Which classes of fact a written unit may stand for. */
export function compatible(m: NumberMention, factClass: UnitClass): boolean {
  switch (m.unit) {
    case undefined:
    case 'antal':
    case 'index':
      return true;
    case 'procent':
      return factClass === 'percent';
    case 'procentenheter':
      return factClass === 'pp';
    case 'mnkr':
    case 'tkr':
      return factClass === 'money';
    case 'kr':
      return factClass === 'money' || factClass === 'krinv';
    case 'kr/invånare':
      return factClass === 'krinv' || factClass === 'money';
    case 'dagar':
      return factClass === 'days' || factClass === 'plain';
    case 'år':
      return factClass === 'years' || factClass === 'plain';
  }
}

/** Ages and durations in years ("13–20 år") are no indicator values, counts or scale points. */
const yearsMismatch = (m: NumberMention, fact: Fact) =>
  m.unit === 'år' && fact.kind !== 'note' && fact.kind !== 'period' && unitClassOf(fact.unit) !== 'years';

export function matchesFact(m: NumberMention, fact: Fact): boolean {
  if (fact.value === undefined) return false;
  const factClass = fact.kind === 'period' ? 'plain' : unitClassOf(fact.unit);
  if (!compatible(m, factClass) || yearsMismatch(m, fact)) return false;
  if (m.isYear && fact.kind !== 'period' && !(fact.kind === 'note' && fact.value === m.value)) return false;
  // A bare count is no difference in procentenheter or change in percent ("fem fordon" is not 4,5 procentenheter).
  if (m.unit === undefined && (factClass === 'pp' || fact.kind === 'relativeChange')) return false;
  let value = fact.value;
  if (factClass === 'money' && (m.unit === 'mnkr' || m.unit === 'tkr' || m.unit === 'kr'))
    value = (value * moneyScale(fact.unit)) / moneyScale(m.unit);
  const unit = 10 ** -m.decimals;
  if (m.approx !== undefined || m.upTo !== undefined) {
    // A loose figure keeps its sign: "drygt 80 procent" is no −80.
    if (fact.kind === 'period' || fact.kind === 'count') return false;
    return looseMatch(m, value, unit) || (m.value >= 0 && value < 0 && looseMatch(m, -value, unit));
  }
  // Cheap test first: a figure can only stand for a value within one unit of its last place.
  if (Math.abs(value - m.value) > unit && Math.abs(value + m.value) > unit) return false;
  // "+3 dagar" says it went up; a change that went down is no match, whatever its size.
  if (fact.direction === 'down' && /^\s*\+/.test(m.text)) return false;
  if (matchesAtPrecision(m.value, m.decimals, value)) return true;
  // A change is stored as its size; a minus written before it says it went down ("−9 procentenheter").
  if (m.value < 0 && fact.direction === 'down' && matchesAtPrecision(-m.value, m.decimals, value)) return true;
  // Prose often drops the sign of a negative figure ("22,1 procent under"); it does not add one.
  return m.value >= 0 && value < 0 && !/^\s*\+/.test(m.text) && matchesAtPrecision(m.value, m.decimals, -value);
}

// ---------------------------------------------------------------- figures against the notes' words

/**
 * When the words around a figure match a note's words around another figure much better than
 * they match any note holding the figure written, the text has the wrong figure.
 */
export function noteVerdict(m: NumberMention, clause: Word[], model: GoalModel): Fact | null {
  // Years are grounded by the periods of the data, whatever the words around them.
  if (m.isYear) return null;
  const own = stemsOf(clause);
  if (own.size === 0) return null;
  // No note shares two of the clause's words: no verdict, and the notes holding the figure need not be read.
  const ranked = rankedFigures(model, own, m);
  if (ranked.length === 0) return null;
  const matching = new Set(notesMatching(model, m).filter((n) => classOk(m, n)));
  // The best-scoring figure of another value (the first in the notes' order among equals).
  const bestOther = ranked.find((r) => !matching.has(r.n));
  let bestMatch = 0;
  for (const n of matching) bestMatch = Math.max(bestMatch, score(own, n));
  const matchingNotes = new Set([...matching].map((n) => n.fact.text ?? ''));
  // A note that also holds the figure written is a list of parallel figures; the text took one of them.
  if (bestOther && matchingNotes.has(bestOther.n.fact.text ?? '')) return null;
  if (bestOther && bestOther.score >= 4 && bestOther.score >= bestMatch + 2) return bestOther.n.fact;
  return null;
}

/** Whether a note's figure is of the kind a figure of the text may be mistaken for. */
function classOk(m: NumberMention, n: NoteNumber): boolean {
  return (
    !n.mention.isYear &&
    // A count written as a word ("elva områden") is not one of a note's measured values ("74,7").
    !(m.source === 'word' && n.mention.decimals > 0) &&
    (n.mention.unit === m.unit ||
      (MONEY.has(m.unit) && MONEY.has(n.mention.unit)) ||
      (m.unit === undefined && n.mention.unit === 'antal') ||
      (m.unit === 'antal' && n.mention.unit === undefined))
  );
}

/** The clause's words in the note count once, twice where they stand in the figure's own part of it. */
function score(own: Set<string>, n: NoteNumber): number {
  let sum = 0;
  for (const s of own) if (n.noteContext.has(s)) sum += n.context.has(s) ? 2 : 1;
  return sum;
}

interface Ranked {
  n: NoteNumber;
  score: number;
}
const rankedMemo = new WeakMap<GoalModel, { size: number; lists: Map<string, Ranked[]> }>();

/**
 * The figures of the notes sharing two of the clause's words, of a kind the figure may be mistaken
 * for, best score first (the notes' order among equals). The same for every figure of that kind in a
 * clause with these words, so it is ranked once per goal, kind and words, not once per figure.
 */
function rankedFigures(model: GoalModel, own: Set<string>, m: NumberMention): Ranked[] {
  const key = `${m.unit}|${m.source === 'word'}|${[...own].sort().join(' ')}`;
  let memo = rankedMemo.get(model);
  if (!memo || memo.size > 200_000) rankedMemo.set(model, (memo = { size: 0, lists: new Map() }));
  const hit = memo.lists.get(key);
  if (hit) return hit;
  const byStem = notesByStem(model.noteTexts);
  // How many of the clause's words each note shares. A figure scores up to two per shared word, so
  // only a note sharing two can reach the four a verdict needs: only those are read word by word.
  const shared = new Map<number, number>();
  for (const s of own) {
    for (const note of byStem.get(s) ?? []) shared.set(note, (shared.get(note) ?? 0) + 1);
  }
  const ranked: Ranked[] = [];
  for (const [note, count] of shared) {
    if (count < 2) continue;
    for (const n of model.noteTexts[note]!.figures) if (classOk(m, n)) ranked.push({ n, score: score(own, n) });
  }
  ranked.sort((a, b) => b.score - a.score || a.n.order - b.n.order);
  memo.lists.set(key, ranked);
  memo.size += ranked.length + 1;
  return ranked;
}

// ---------------------------------------------------------------- the goal's facts, indexed

interface Indexed<T> {
  value: number;
  item: T;
  /** Position in the goal's list, to keep its order. */
  at: number;
}
type IndexedFact = Indexed<Fact>;

interface FactIndex {
  /** The goal's facts with a value (the indicators', the periods', the counts) sorted by value, and money by kronor. */
  byValue: IndexedFact[];
  byKronor: IndexedFact[];
}

const MONEY: ReadonlySet<string | undefined> = new Set(['mnkr', 'tkr', 'kr']);
const factIndexes = new WeakMap<GoalModel, FactIndex>();

/** Built once per goal model, so a check costs the text's length, not the number of facts times the figures. */
function factIndex(model: GoalModel): FactIndex {
  const hit = factIndexes.get(model);
  if (hit) return hit;
  const byValue: IndexedFact[] = [];
  const byKronor: IndexedFact[] = [];
  model.ownFacts.forEach((f, at) => {
    if (f.value === undefined) return;
    byValue.push({ value: f.value, item: f, at });
    if (f.kind !== 'period' && unitClassOf(f.unit) === 'money') byKronor.push({ value: f.value * moneyScale(f.unit), item: f, at });
  });
  for (const list of [byValue, byKronor]) list.sort((a, b) => a.value - b.value);
  const index = { byValue, byKronor };
  factIndexes.set(model, index);
  return index;
}

/** Items of a list sorted by value whose value lies in [lo, hi]. */
function inRange<T extends { value: number }>(list: T[], lo: number, hi: number, out: Set<T>): void {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]!.value < lo) a = mid + 1;
    else b = mid;
  }
  for (let i = a; i < list.length && list[i]!.value <= hi; i++) out.add(list[i]!);
}

/**
 * The values a figure may stand for: within one unit of its last place, either sign, and for money
 * the same in kronor. matchesFact never accepts a value further away (a loose figure: its range or
 * a tenth, a fraction five points).
 */
function rangesOf(m: NumberMention): { values: [number, number][]; kronor: [number, number][] } {
  const unit = 10 ** -m.decimals * (1 + 1e-9);
  const slack = m.approx !== undefined ? Math.max(unit, Math.abs(m.value) * 0.1, m.fraction ? 5 : 0) : unit;
  const lo = m.value - slack;
  const hi = (m.upTo ?? m.value) + slack;
  const values: [number, number][] = [
    [lo, hi],
    [-hi, -lo],
  ];
  if (!MONEY.has(m.unit)) return { values, kronor: [] };
  const scale = moneyScale(m.unit);
  return {
    values,
    kronor: [
      [lo * scale, hi * scale],
      [-hi * scale, -lo * scale],
    ],
  };
}

const within = (ranges: [number, number][], v: number) => ranges.some(([lo, hi]) => v >= lo && v <= hi);

/** The items whose value a figure may stand for, in the goal's order. */
function candidates<T>(m: NumberMention, byValue: Indexed<T>[], byKronor: Indexed<T>[]): T[] {
  const { values, kronor } = rangesOf(m);
  const found = new Set<Indexed<T>>();
  for (const [lo, hi] of values) inRange(byValue, lo, hi, found);
  for (const [lo, hi] of kronor) inRange(byKronor, lo, hi, found);
  return [...found].sort((a, b) => a.at - b.at).map((x) => x.item);
}

/** Sizes (without sign) a note's figure must have to lie in the ranges, in its own unit whatever that is. */
function sizeRanges(r: { values: [number, number][]; kronor: [number, number][] }): [number, number][] {
  const size = ([lo, hi]: [number, number]): [number, number] =>
    lo <= 0 && hi >= 0 ? [0, Math.max(-lo, hi)] : [Math.min(Math.abs(lo), Math.abs(hi)), Math.max(Math.abs(lo), Math.abs(hi))];
  const out = r.values.map(size);
  for (const k of r.kronor) for (const scale of [1e6, 1e3, 1]) out.push(size([k[0] / scale, k[1] / scale]));
  return out;
}

/** The notes' figures a figure in the text stands for. */
export function notesMatching(model: GoalModel, m: NumberMention): NoteNumber[] {
  // A figure written again (a repeated sentence, a list) is looked up once, like factsMatching.
  const memo = memoOf(noteMemo, model);
  const hit = memo.get(m);
  if (hit) return hit;
  // Only the notes that may hold a figure of this size are read for their figures.
  const ranges = rangesOf(m);
  const found: NoteNumber[] = [];
  for (const note of notesWithSizes(model.noteTexts, sizeRanges(ranges))) {
    for (const n of note.figures) {
      const v = n.fact.value!;
      const near = within(ranges.values, v) || (MONEY.has(n.mention.unit) && within(ranges.kronor, v * moneyScale(n.mention.unit)));
      if (near && matchesFact(m, n.fact)) found.push(n);
    }
  }
  memo.set(m, found);
  return found;
}

/**
 * Answers per figure as matchesFact reads it: two figures alike in everything it reads (value,
 * precision, unit, looseness, range, a written plus, being a year) match the same facts. Keyed by
 * value, then compared field by field: no key string is built for each figure of a long text.
 */
class FigureMemo<T> {
  private byValue = new Map<number, { m: NumberMention; v: T }[]>();
  size = 0;

  get(m: NumberMention): T | undefined {
    for (const e of this.byValue.get(m.value) ?? []) if (alike(e.m, m)) return e.v;
    return undefined;
  }

  set(m: NumberMention, v: T): void {
    const list = this.byValue.get(m.value);
    if (list) list.push({ m, v });
    else this.byValue.set(m.value, [{ m, v }]);
    this.size++;
  }
}

const plusFirst = (text: string) => /^\s*\+/.test(text);
const alike = (a: NumberMention, b: NumberMention) =>
  a.decimals === b.decimals &&
  a.unit === b.unit &&
  a.approx === b.approx &&
  a.upTo === b.upTo &&
  a.fraction === b.fraction &&
  a.isYear === b.isYear &&
  (a.text === b.text || plusFirst(a.text) === plusFirst(b.text));

/** A goal model's memo, started afresh past 10 000 figures. */
function memoOf<T>(memos: WeakMap<GoalModel, FigureMemo<T>>, model: GoalModel): FigureMemo<T> {
  let memo = memos.get(model);
  if (!memo || memo.size > 10_000) memos.set(model, (memo = new FigureMemo<T>()));
  return memo;
}
const noteMemo = new WeakMap<GoalModel, FigureMemo<NoteNumber[]>>();

/** Every fact of the goal a figure stands for: the data's own facts, then the notes' figures. */
export function factsMatching(model: GoalModel, m: NumberMention): Fact[] {
  // The same figure written again (a list, a table pasted as text) is looked up once.
  const memo = memoOf(matchMemo, model);
  const hit = memo.get(m);
  if (hit) return hit;
  const found = [...ownFactsMatching(model, m), ...notesMatching(model, m).map((n) => n.fact)];
  memo.set(m, found);
  return found;
}

/** The facts of the data itself (all but the notes' figures) a figure stands for, in the goal's order; no note is read. */
export function ownFactsMatching(model: GoalModel, m: NumberMention): Fact[] {
  const memo = memoOf(ownMemo, model);
  const hit = memo.get(m);
  if (hit) return hit;
  const index = factIndex(model);
  const found = candidates(m, index.byValue, index.byKronor).filter((f) => matchesFact(m, f));
  memo.set(m, found);
  return found;
}

const matchMemo = new WeakMap<GoalModel, FigureMemo<Fact[]>>();
const ownMemo = new WeakMap<GoalModel, FigureMemo<Fact[]>>();

const stemCache = new WeakMap<Word[], Set<string>>();

/** The content words of a clause, once per clause. */
function stemsOf(words: Word[]): Set<string> {
  let s = stemCache.get(words);
  if (!s) stemCache.set(words, (s = contentStems(words)));
  return s;
}
