/**
 * @module Binding a figure to the goal's facts: whether a written figure matches a fact at the
 * precision written, the goal's facts and notes indexed by value, and the note whose words fit a
 * figure's clause better than the notes holding the figure written.
 */
import type { Fact } from './checker';
import { moneyScale, unitClassOf, type GoalModel, type NoteNumber, type UnitClass } from './facts';
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
  const index = noteIndex(model);
  // Only notes sharing a word with the clause can score: add up their words through the index.
  const scores = new Map<number, number>();
  for (const s of own) {
    for (const p of index.byStem.get(s) ?? []) scores.set(p.at, (scores.get(p.at) ?? 0) + p.weight);
  }
  const classOk = (n: NoteNumber) =>
    !n.mention.isYear &&
    // A count written as a word ("elva områden") is not one of a note's measured values ("74,7").
    !(m.source === 'word' && n.mention.decimals > 0) &&
    (n.mention.unit === m.unit ||
      (MONEY.has(m.unit) && MONEY.has(n.mention.unit)) ||
      (m.unit === undefined && n.mention.unit === 'antal') ||
      (m.unit === 'antal' && n.mention.unit === undefined));
  const matching = new Set(notesMatching(model, m).filter(classOk));
  let bestOther: { score: number; at: number; fact: Fact } | null = null;
  let bestMatch = 0;
  const matchingNotes = new Set([...matching].map((n) => n.fact.text ?? ''));
  for (const [at, score] of scores) {
    const n = model.noteNumbers[at]!;
    if (!classOk(n)) continue;
    if (matching.has(n)) bestMatch = Math.max(bestMatch, score);
    else if (!bestOther || score > bestOther.score || (score === bestOther.score && at < bestOther.at))
      bestOther = { score, at, fact: n.fact };
  }
  // A note that also holds the figure written is a list of parallel figures; the text took one of them.
  if (bestOther && matchingNotes.has(bestOther.fact.text ?? '')) return null;
  if (bestOther && bestOther.score >= 4 && bestOther.score >= bestMatch + 2) return bestOther.fact;
  return null;
}

// ---------------------------------------------------------------- the goal's facts, indexed

interface Indexed<T> {
  value: number;
  item: T;
  /** Position in the goal's list, to keep its order. */
  at: number;
}
type IndexedNote = Indexed<NoteNumber>;
type IndexedFact = Indexed<Fact>;

interface NoteIndex {
  /** Note figures sorted by value as written, and money figures by their value in kronor. */
  byValue: IndexedNote[];
  byKronor: IndexedNote[];
  /** Per word stem: the note figures whose note has it (weight 2 where it stands next to the figure). */
  byStem: Map<string, { at: number; weight: number }[]>;
  /** Every other fact with a value (the indicators', the periods', the counts), the same two ways. */
  factsByValue: IndexedFact[];
  factsByKronor: IndexedFact[];
}

const MONEY: ReadonlySet<string | undefined> = new Set(['mnkr', 'tkr', 'kr']);
const noteIndexes = new WeakMap<GoalModel, NoteIndex>();

/** Built once per goal model, so a check costs the text's length, not the number of notes times the figures. */
function noteIndex(model: GoalModel): NoteIndex {
  const hit = noteIndexes.get(model);
  if (hit) return hit;
  const byValue: NoteIndex['byValue'] = [];
  const byKronor: NoteIndex['byKronor'] = [];
  const byStem: NoteIndex['byStem'] = new Map();
  model.noteNumbers.forEach((n, at) => {
    byValue.push({ value: n.fact.value!, item: n, at });
    if (MONEY.has(n.mention.unit)) byKronor.push({ value: n.fact.value! * moneyScale(n.mention.unit), item: n, at });
    for (const s of n.noteContext) {
      let list = byStem.get(s);
      if (!list) byStem.set(s, (list = []));
      list.push({ at, weight: n.context.has(s) ? 2 : 1 });
    }
  });
  const factsByValue: IndexedFact[] = [];
  const factsByKronor: IndexedFact[] = [];
  model.facts.forEach((f, at) => {
    if (f.kind === 'note' || f.value === undefined) return;
    factsByValue.push({ value: f.value, item: f, at });
    if (f.kind !== 'period' && unitClassOf(f.unit) === 'money') factsByKronor.push({ value: f.value * moneyScale(f.unit), item: f, at });
  });
  for (const list of [byValue, byKronor, factsByValue, factsByKronor]) list.sort((a, b) => a.value - b.value);
  const index = { byValue, byKronor, byStem, factsByValue, factsByKronor };
  noteIndexes.set(model, index);
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

/** The items whose value a figure may stand for: within one unit of its last place, either sign, or in kronor for money. */
function candidates<T>(m: NumberMention, byValue: Indexed<T>[], byKronor: Indexed<T>[]): T[] {
  // matchesFact never accepts a value further away than this (a loose figure: its range or a tenth, a fraction five points).
  const unit = 10 ** -m.decimals * (1 + 1e-9);
  const slack = m.approx !== undefined ? Math.max(unit, Math.abs(m.value) * 0.1, m.fraction ? 5 : 0) : unit;
  const lo = m.value - slack;
  const hi = (m.upTo ?? m.value) + slack;
  const found = new Set<Indexed<T>>();
  inRange(byValue, lo, hi, found);
  inRange(byValue, -hi, -lo, found);
  if (MONEY.has(m.unit)) {
    const scale = moneyScale(m.unit);
    inRange(byKronor, lo * scale, hi * scale, found);
    inRange(byKronor, -hi * scale, -lo * scale, found);
  }
  return [...found].sort((a, b) => a.at - b.at).map((x) => x.item);
}

/** The notes' figures a figure in the text stands for. */
export function notesMatching(model: GoalModel, m: NumberMention): NoteNumber[] {
  // A figure written again (a repeated sentence, a list) is looked up once, like factsMatching.
  const key = matchKey(m);
  let memo = noteMemo.get(model);
  if (!memo || memo.size > 10_000) noteMemo.set(model, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const index = noteIndex(model);
  const found = candidates(m, index.byValue, index.byKronor).filter((n) => matchesFact(m, n.fact));
  memo.set(key, found);
  return found;
}

/** Everything of a figure that matchesFact reads: two figures with the same key match the same facts. */
const matchKey = (m: NumberMention) =>
  `${m.value}|${m.decimals}|${m.unit}|${m.approx}|${m.upTo}|${m.fraction}|${/^\s*\+/.test(m.text)}|${m.isYear}`;
const noteMemo = new WeakMap<GoalModel, Map<string, NoteNumber[]>>();

/** Every fact of the goal a figure stands for. */
export function factsMatching(model: GoalModel, m: NumberMention): Fact[] {
  // The same figure written again (a list, a table pasted as text) is looked up once.
  const key = matchKey(m);
  let memo = matchMemo.get(model);
  if (!memo || memo.size > 10_000) matchMemo.set(model, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const index = noteIndex(model);
  const found = [
    ...candidates(m, index.factsByValue, index.factsByKronor).filter((f) => matchesFact(m, f)),
    ...notesMatching(model, m).map((n) => n.fact),
  ];
  memo.set(key, found);
  return found;
}

const matchMemo = new WeakMap<GoalModel, Map<string, Fact[]>>();

const stemCache = new WeakMap<Word[], Set<string>>();

/** The content words of a clause, once per clause. */
function stemsOf(words: Word[]): Set<string> {
  let s = stemCache.get(words);
  if (!s) stemCache.set(words, (s = contentStems(words)));
  return s;
}
