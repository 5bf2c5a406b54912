/**
 * @module Every figure in a text must be grounded in a fact of the goal at the precision written.
 * A figure next to an indicator's name is held to the fact its words point at (the etappmål, the
 * outcome of a named year, the change); a figure whose words match a note is held to that note.
 */
import type { Fact, Finding } from './checker';
import { moneyScale, nameList, periodText, unitClassOf, type GoalModel, type IndicatorModel, type NoteNumber, type UnitClass } from './facts';
import { segmentAt, subjectAt, type Subjects } from './subjects';
import { groupNamed, keyOfPopulation, moodAt, populationOf } from './lexicon';
import { contentStems, isFromToEnd, mentionsWithin, periodsNear, type NearPeriods, type Span, type TextModel, type Word } from './text';
import { formatNumber, formatQuantity, looseMatch, matchesAtPrecision, type NumberMention } from '../sv';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// ---------------------------------------------------------------- matching one figure to one fact

/** Which classes of fact a written unit may stand for. */
function compatible(m: NumberMention, factClass: UnitClass): boolean {
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
const yearsMismatch = (m: NumberMention, fact: Fact) => m.unit === 'år' && fact.kind !== 'note' && fact.kind !== 'period' && unitClassOf(fact.unit) !== 'years';

export function matchesFact(m: NumberMention, fact: Fact): boolean {
  if (fact.value === undefined) return false;
  const factClass = fact.kind === 'period' ? 'plain' : unitClassOf(fact.unit);
  if (!compatible(m, factClass) || yearsMismatch(m, fact)) return false;
  if (m.isYear && fact.kind !== 'period' && !(fact.kind === 'note' && fact.value === m.value)) return false;
  // A bare count is no difference in procentenheter or change in percent ("fem fordon" is not 4,5 procentenheter).
  if (m.unit === undefined && (factClass === 'pp' || fact.kind === 'relativeChange')) return false;
  let value = fact.value;
  if (factClass === 'money' && (m.unit === 'mnkr' || m.unit === 'tkr' || m.unit === 'kr')) value = (value * moneyScale(fact.unit)) / moneyScale(m.unit);
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
  return m.value >= 0 && value < 0 && matchesAtPrecision(m.value, m.decimals, -value);
}

// ---------------------------------------------------------------- what the words around a figure say it is

type Role =
  | { kind: 'target' }
  | { kind: 'longTermTarget' }
  | { kind: 'difference' }
  | { kind: 'period'; period: string }
  | { kind: 'previous' }
  | { kind: 'outcome' };

const APPROX_WORD = /^(?:cirka|ca|runt|omkring|ungefär|drygt|knappt|nästan|närmare|strax|uppskattningsvis)$/;
const CHANGE_WORD = /^(?:ökat|minskat|ökade|minskade|ökning(?:en)?|minskning(?:en)?|förbättr\p{L}*|försämr\p{L}*|sjunkit|stigit|ökar|minskar|förändring(?:en)?|förändra(?:des|ts|t)|skillnad(?:en)?)$/u;
const OUTCOME_CUE = /^(?:var|är|uppgick|uppgår|landade|landar|ligger|låg|hamnade|blev|utfallet|resultatet|värdet|nivån|till|betyget|genomsnitt|medelvärdet|andelen|visar|visade)$/;
const PREVIOUS_CUE = /^(?:föregående|fjolårets|förra|tidigare|innan|föregåend\p{L}*)$/u;

function roleOf(m: NumberMention, words: Word[], mentions: NumberMention[], clause: Word[] = words): Role | null {
  const i = words.findIndex((w) => w.end > m.start);
  if (i < 0) return null;
  const before = words.slice(Math.max(0, i - 4), i).filter((w) => !mentions.some((x) => x !== m && x.start <= w.start && w.start < x.end && !x.isYear));
  const j = words.findIndex((w) => w.start >= m.end);
  const after = j < 0 ? [] : words.slice(j, j + 3);
  const target = targetBefore(words, i, mentions);
  if (target) return { kind: target };
  // "ökade med cirka 15 000": the approximation word stands between the preposition and the figure.
  const lead = before.filter((w, k) => !(k === before.length - 1 && APPROX_WORD.test(w.lower)));
  const prev = lead[lead.length - 1]?.lower;
  if (m.unit === 'procentenheter') return { kind: 'difference' };
  // "till 9,9 (+9,8)", "till 364,1 timmar (+363,8 timmar)": a signed figure right after the new value is the change.
  if (isBracketedChange(m, words, i, mentions)) return { kind: 'difference' };
  if ((prev === 'med' || prev === 'om' || prev === 'på') && words.slice(0, i).some((w) => CHANGE_WORD.test(w.lower))) return { kind: 'difference' };
  const span = fromToSpan(words, i, mentions, clause);
  if (span) return { kind: 'period', period: span };
  const period = periodsNear(m, words, mentions).at;
  if (period) return { kind: 'period', period };
  // "från 7 procent föregående år till 7,8 procent": the figure after "till" is the later one.
  if (isFromToEnd(words, i)) return { kind: 'outcome' };
  if (prev === 'från' || before.slice(-3).some((w) => PREVIOUS_CUE.test(w.lower)) || after.slice(0, 2).some((w) => PREVIOUS_CUE.test(w.lower))) return { kind: 'previous' };
  if (before.slice(-3).some((w) => OUTCOME_CUE.test(w.lower))) return { kind: 'outcome' };
  return null;
}

/**
 * "från 14 till 9 dagar mellan 2021 och 2023", "Från 2021 till 2023 … från 14 till 9": the first
 * figure of a från–till pair belongs to the first year of the span, the second to the last.
 */
function fromToSpan(words: Word[], i: number, mentions: NumberMention[], clause: Word[]): string | null {
  const isYearAt = (k: number) => mentions.find((x) => x.isYear && x.start === clause[k]?.start);
  const isFigureAt = (k: number) => mentions.some((x) => !x.isYear && x.start === words[k]?.start);
  let which: 'from' | 'to' | null = null;
  if (words[i - 1]?.lower === 'från' && words.slice(i + 1, i + 6).some((w, d) => w.lower === 'till' && isFigureAt(i + 2 + d))) which = 'from';
  else if (words[i - 1]?.lower === 'till' && [i - 3, i - 4].some((k) => words[k]?.lower === 'från' && isFigureAt(k + 1))) which = 'to';
  if (!which) return null;
  for (let k = 0; k + 3 < clause.length; k++) {
    if (!/^(?:mellan|från)$/.test(clause[k]!.lower)) continue;
    const y1 = isYearAt(k + 1);
    const y2 = /^(?:och|till)$/.test(clause[k + 2]!.lower) ? isYearAt(k + 3) : undefined;
    if (y1 && y2) return String(which === 'from' ? y1.value : y2.value);
  }
  return null;
}

function isBracketedChange(m: NumberMention, words: Word[], i: number, mentions: NumberMention[]): boolean {
  if (!/^\s*[+−-]/.test(m.text) || !words.slice(0, i).some((w) => CHANGE_WORD.test(w.lower))) return false;
  const isFigure = (w: Word | undefined) => w !== undefined && mentions.some((x) => x !== m && !x.isYear && x.start <= w.start && w.end <= x.end);
  return isFigure(words[i - 1]) || (isFigure(words[i - 2]) && !/\d/.test(words[i - 1]!.lower));
}

/** Words that may stand between "etappmålet" and its figure: "etappmålet om 6,5", "etappmålet för 2026 är 2 000". */
const TARGET_LINK = /^(?:om|på|är|var|som|ligger|låg|till|för|satt|satta|sattes|högst|minst|nivån)$/;

/** "etappmålet (om) X" names the target; "når etappmålet med X" does not. */
function targetBefore(words: Word[], i: number, mentions: NumberMention[]): 'target' | 'longTermTarget' | null {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = words[k]!;
    if (/^målvärde/.test(w.lower)) return 'longTermTarget';
    if (/^etappmål/.test(w.lower)) return 'target';
    if (TARGET_LINK.test(w.lower) || mentions.some((x) => x.isYear && x.start === w.start)) continue;
    return null;
  }
  return null;
}

/** Whether a figure's unit fits an indicator, so the figure can be about it. */
function fitsIndicator(m: NumberMention, ind: IndicatorModel): boolean {
  if (m.isYear) return false;
  const u = m.unit;
  switch (ind.unitClass) {
    case 'percent':
      return u === 'procent' || u === 'procentenheter' || u === undefined;
    case 'krinv':
      return u === 'kr/invånare' || u === 'kr' || u === undefined;
    case 'money':
      return u === 'mnkr' || u === 'tkr' || u === 'kr' || u === undefined;
    case 'days':
      return u === 'dagar' || u === undefined;
    default:
      return u === undefined || u === 'antal' || u === 'index';
  }
}

interface Expectation {
  accept: Fact[];
  /** The period the words name, where the indicator has no value for it. */
  noData?: string;
  primary: Fact | undefined;
  describe: (f: Fact) => string;
}

function expectationFor(role: Role, ind: IndicatorModel, segment: Word[], clause: Word[], mentions: NumberMention[]): Expectation | null {
  // A breakdown ("kvinnor 7,4") only counts where the text names its group.
  const groupOf = (x: Fact) => x.label.slice(x.label.lastIndexOf(', ') + 2).toLowerCase();
  const namedGroups = new Set(segment.map((w) => groupNamed(ind.groups, w)).filter((g): g is string => g !== null));
  // Where the text names a group ("bland män"), the figure is that group's; otherwise the total's.
  const f = ind.facts.filter((x) => (x.kind === 'breakdown' ? namedGroups.has(groupOf(x)) : namedGroups.size === 0 || (x.kind !== 'outcome' && x.kind !== 'difference')));
  const valueOf = (kind: Fact['kind'], period: string) => f.find((x) => x.kind === kind && x.period === period);
  const tr = ind.trend;
  const fq = (x: Fact) => formatQuantity(x.value!, x.unit);
  switch (role.kind) {
    case 'target':
    case 'longTermTarget': {
      const accept = f.filter((x) => x.kind === role.kind && x.value !== undefined);
      const primary = (role.kind === 'target' && ind.a.target ? accept.find((x) => x.period === ind.a.target!.period) : undefined) ?? accept[0];
      const word = role.kind === 'target' ? 'Etappmålet' : 'Målvärdet';
      return { accept, primary, describe: (x) => `${word} för ${ind.name} är ${fq(x)}` };
    }
    case 'difference': {
      const years = new Set(mentions.filter((x) => x.isYear && clause.some((w) => w.start === x.start)).map((x) => String(x.value)));
      const inText = (p: string) => years.has(p.slice(0, 4));
      const main = tr ? ind.pairs.find((p) => p.from === tr.from.period && p.to === tr.to.period) : undefined;
      const latest = ind.known[ind.known.length - 1]?.period;
      const chosen = ind.pairs.filter((p) => p === main || (inText(p.from) && (inText(p.to) || p.to === latest)));
      const accept = [...chosen.flatMap((p) => [p.diff, ...(p.rel ? [p.rel] : [])]), ...(ind.distance ? [ind.distance] : [])];
      const primary = main?.diff ?? accept[0];
      return { accept, primary, describe: (x) => `Förändringen för ${ind.name} är ${fq(x)}${tr ? ` (från ${formatQuantity(tr.from.value, ind.unit)} ${periodText(tr.from.period)} till ${formatQuantity(tr.to.value, ind.unit)} ${periodText(tr.to.period)})` : ''}` };
    }
    case 'period': {
      const inPeriod = (p?: string) => p !== undefined && (p === role.period || (role.period.length === 4 && p.startsWith(`${role.period}-`) && !valueOf('outcome', role.period)));
      const accept = f.filter((x) => (x.kind === 'outcome' || x.kind === 'breakdown') && inPeriod(x.period));
      if (accept.length === 0) return { accept, primary: undefined, noData: role.period, describe: () => '' };
      const primary = accept.find((x) => x.kind === 'outcome') ?? accept[0];
      return { accept, primary, describe: (x) => `${ind.name} var ${fq(x)} ${periodText(x.period!)}` };
    }
    case 'previous': {
      const to = tr?.to.period;
      const accept = f.filter((x) => (x.kind === 'outcome' || x.kind === 'breakdown') && (!to || (x.period ?? '') < to));
      const primary = tr ? valueOf('outcome', tr.from.period) : accept[accept.length - 1];
      return { accept, primary, describe: (x) => `${ind.name} var ${fq(x)} ${periodText(x.period!)}` };
    }
    case 'outcome': {
      const to = tr?.to.period ?? ind.known[ind.known.length - 1]?.period;
      if (!to) return null;
      const latest = ind.known.filter((k) => k.period.slice(0, 4) >= to.slice(0, 4)).map((k) => k.period);
      const accept = f.filter((x) => (x.kind === 'outcome' || x.kind === 'breakdown') && (x.period === to || latest.includes(x.period ?? '')));
      return { accept, primary: valueOf('outcome', to), describe: (x) => `${ind.name} var ${fq(x)} ${periodText(x.period!)}` };
    }
  }
}

// ---------------------------------------------------------------- figures against the notes' words

/**
 * When the words around a figure match a note's words around another figure much better than
 * they match any note holding the figure written, the text has the wrong figure.
 */
function noteVerdict(m: NumberMention, clause: Word[], model: GoalModel): Fact | null {
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
    else if (!bestOther || score > bestOther.score || (score === bestOther.score && at < bestOther.at)) bestOther = { score, at, fact: n.fact };
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
  const index = noteIndex(model);
  return candidates(m, index.byValue, index.byKronor).filter((n) => matchesFact(m, n.fact));
}

/** Every fact of the goal a figure stands for. */
export function factsMatching(model: GoalModel, m: NumberMention): Fact[] {
  // The same figure written again (a list, a table pasted as text) is looked up once.
  const key = `${m.value}|${m.decimals}|${m.unit}|${m.approx}|${m.upTo}|${m.fraction}|${/^\s*\+/.test(m.text)}|${m.isYear}`;
  let memo = matchMemo.get(model);
  if (!memo || memo.size > 10_000) matchMemo.set(model, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const index = noteIndex(model);
  const found = [...candidates(m, index.factsByValue, index.factsByKronor).filter((f) => matchesFact(m, f)), ...notesMatching(model, m).map((n) => n.fact)];
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

// ---------------------------------------------------------------- the check

const SCALE = /skala(?:n)?\s*(?:\(\s*)?(\d+)\s*[–-]\s*(\d+)/giu;

const scalesOf = new WeakMap<GoalModel, Set<string>>();

/** The scales the goal's own texts name, once per goal model. */
function knownScales(model: GoalModel): Set<string> {
  let known = scalesOf.get(model);
  if (!known) {
    const sources = [...model.goal.indicators.map((i) => i.unit ?? ''), ...model.goal.indicators.map((i) => i.name), ...model.goal.notes];
    known = new Set(sources.filter((src) => /skala/i.test(src)).flatMap((src) => [...src.matchAll(SCALE)].map((m) => `${m[1]}–${m[2]}`)));
    scalesOf.set(model, known);
  }
  return known;
}

/** "en skala 1–5": the scale must be the one the indicator is measured on. */
function checkScales(t: TextModel, model: GoalModel): { findings: Finding[]; handled: Span[] } {
  const findings: Finding[] = [];
  const handled: Span[] = [];
  const known = knownScales(model);
  if (known.size === 0) return { findings, handled };
  for (const m of t.text.matchAll(SCALE)) {
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\d/));
    const span = { start, end: m.index + m[0].length };
    handled.push(span);
    const written = `${m[1]}–${m[2]}`;
    if (known.has(written)) continue;
    const expected = [...known][0]!;
    findings.push({ severity: 'error', code: 'wrong_value', message: `Indikatorn mäts på en skala ${expected}, inte ${written}.`, ...span, facts: [], expected });
  }
  return { findings, handled };
}

export function checkNumbers(t: TextModel, model: GoalModel, mentions: NumberMention[], subjects: Subjects, opts: { skip: Span[] }): Finding[] {
  const scales = checkScales(t, model);
  const skip = [...opts.skip, ...scales.handled];
  const out: Finding[] = [...scales.findings];
  const perClause = new Map<number, NumberMention[]>();
  const clauseMentions = (c: number) => {
    let list = perClause.get(c);
    if (!list) perClause.set(c, (list = mentionsWithin(mentions, t.clauses[c]!)));
    return list;
  };
  for (const m of mentions) {
    if (skip.some((s) => overlaps(s, m))) continue;
    const si = segmentAt(t, m.start);
    const seg = t.segments[si];
    const clause = seg ? t.clauses[seg.clause]!.words : [];
    // Everything a figure's meaning is read from lies in its clause.
    const inClause = seg ? clauseMentions(seg.clause) : [];
    const base = { severity: 'error' as const, start: m.start, end: m.end };

    let subject = seg ? subjectAt(subjects, si, m.start) : null;
    // "etappmålet 4" in a goal with one etappmål can only be that one.
    const withTarget = model.indicators.filter((i) => i.a.target?.value !== undefined);
    if (!subject && seg && withTarget.length === 1 && roleOf(m, seg.words, inClause)?.kind === 'target') subject = { indicator: withTarget[0]!.index, explicit: false };
    const wi = seg ? seg.words.findIndex((w) => w.end > m.start) : -1;
    const mood = seg && wi >= 0 ? moodAt(seg.words, wi, clause, nameList(model)) : 'statement';
    // A figure in a purpose, wish or plan is a target or an intention: grounded by any fact, bound to no outcome.
    const bound = subject && mood !== 'irrealis' && !(mood === 'forecast' && model.doc.report.kind !== 'delarsrapport') ? subject : null;
    let ind = bound ? model.indicators[bound.indicator] : undefined;
    // "rikssnittet 11 dagar", "länet (87,2 procent)": a figure about another population is held to the comparison, if the data has one.
    const population = seg && wi >= 0 ? populationNear(clause, clause.findIndex((w) => w.end > m.start)) : null;
    if (population && !ind && seg) {
      // "…, att jämföra med rikssnittet 13 dagar": the indicator named earlier in the sentence.
      for (let k = si - 1; k >= 0 && t.segments[k]!.sentence === seg.sentence && !ind; k--) {
        const named = subjects.mentions[k]!.at(-1);
        if (named) ind = model.indicators[named.indicator];
      }
    }
    if (population && ind && fitsIndicator(m, ind)) {
      const comps = ind.facts.filter((f) => f.kind === 'comparison' && keyOfPopulation(f.population ?? '', population));
      if (comps.length > 0) {
        if (comps.some((f) => matchesFact(m, f))) continue;
        const near = periodsNear(m, seg!.words, inClause).at;
        const right = comps.filter((f) => !near || f.period === near).pop() ?? comps[comps.length - 1]!;
        out.push({ ...base, code: 'wrong_value', message: `Enligt underlaget var ${right.population} ${formatQuantity(right.value!, right.unit)} ${periodText(right.period!)} för ${ind.name}, inte ${m.text.trim()}.`, facts: comps, expected: formatQuantity(right.value!, right.unit) });
        continue;
      }
    }
    if (population) ind = undefined;
    if (ind && seg && mood === 'forecast' && fitsIndicator(m, ind)) {
      // In a delårsrapport a forecast clause is a claim about the forecast: held to the forecast values.
      const forecast = forecastFacts(model, ind);
      if (forecast.length > 0 && !forecast.some((f) => matchesFact(m, f)) && !targetBefore(seg.words, wi, inClause)) {
        const right = forecast[forecast.length - 1]!;
        out.push({ ...base, code: 'wrong_value', message: `Prognosen för ${ind.name} är ${formatQuantity(right.value!, right.unit)} ${periodText(right.period!)}, inte ${m.text.trim()}.`, facts: forecast, expected: formatQuantity(right.value!, right.unit) });
        continue;
      }
      if (forecast.length > 0) continue;
    }
    if (ind && seg && fitsIndicator(m, ind)) {
      const named = seg.words.some((w) => groupNamed(ind.groups, w) !== null);
      let role = roleOf(m, seg.words, inClause, clause) ?? (named || m.approx !== undefined || m.upTo !== undefined ? { kind: 'outcome' as const } : null);
      // A range says where the values have been: it holds when one of them lies in it.
      if (m.upTo !== undefined) {
        const values = ind.facts.filter((f) => f.kind === 'outcome' || f.kind === 'breakdown');
        if (values.length === 0 || values.some((f) => matchesFact(m, f))) continue;
        out.push({ ...base, code: 'wrong_value', message: `${ind.name} har inte legat inom ${m.text.trim()}: ${values.map((f) => `${formatQuantity(f.value!, f.unit)} ${periodText(f.period!)}`).join(', ')}.`, facts: values, expected: values.map((f) => formatQuantity(f.value!, f.unit)).join(', ') });
        continue;
      }
      // "…jämfört med 2021, då den var 7 procent": "då … var" is about the year just named.
      if (role?.kind === 'outcome' && seg.words[0]?.lower === 'då') {
        const before = t.segments[si - 1];
        const year = before && before.sentence === seg.sentence ? mentionsWithin(mentions, before).filter((x) => x.isYear).pop() : undefined;
        role = year ? { kind: 'period', period: String(year.value) } : { kind: 'previous' };
      }
      // An indicator that holds changes: "ökade med 3,4 procent" is its value, "minskade med 2,3 procent" is −2,3.
      let asWritten = m;
      if (ind.isChange && role?.kind === 'difference') {
        const period = periodsNear(m, seg.words, inClause).at;
        role = period ? { kind: 'period', period } : { kind: 'outcome' };
        const down = seg.words.slice(0, Math.max(0, wi)).some((w) => DOWN_WORD.test(w.lower));
        if (down && m.value > 0) asWritten = { ...m, value: -m.value };
      }
      const exp = role ? expectationFor(role, ind, seg.words, clause, inClause) : null;
      if (exp?.noData) {
        // A figure for a period the indicator has no value for: only a note can back it.
        const nearPeriods = periodsNear(m, seg.words, inClause);
        if (notesMatching(model, m).some((n) => !periodClash(nearPeriods, n.periods))) continue;
        out.push({
          ...base,
          code: 'ungrounded_number',
          message: `Underlaget har inget utfall för ${periodText(exp.noData)} för ${ind.name}, så ${m.text.trim()} kan inte stämma.`,
          facts: ind.facts.filter((f) => f.kind === 'outcome'),
        });
        continue;
      }
      if (exp && exp.accept.length > 0) {
        if (exp.accept.some((f) => (ind.isChange ? matchesSigned(asWritten, f) : matchesFact(m, f)))) continue;
        // The size is right and only the verb's direction is not: the trend check says so.
        if (ind.isChange && asWritten !== m && exp.accept.some((f) => matchesFact({ ...m, value: Math.abs(m.value) }, { ...f, value: Math.abs(f.value ?? NaN) }))) continue;
        const right = exp.primary ?? exp.accept[0]!;
        // The unit is wrong only where the figure fits no fact of its own unit here ("ökade med +7 procentenheter" is a wrong size).
        const sameUnit = exp.accept.some((f) => compatible(m, unitClassOf(f.unit)));
        const wrongUnit = unitSwap(m, exp.accept) ?? (sameUnit ? null : unitSwap(m, ind.facts));
        if (wrongUnit) {
          out.push({ ...base, code: 'wrong_unit', message: wrongUnit.message, facts: [wrongUnit.fact], expected: wrongUnit.expected });
          continue;
        }
        out.push({
          ...base,
          code: 'wrong_value',
          message: `${exp.describe(right)}, inte ${m.text.trim()}.`,
          facts: [right],
          expected: formatQuantity(right.value!, right.unit),
        });
        continue;
      }
      if (!role && ind.facts.some((f) => matchesFact(m, f) && (f.kind !== 'breakdown' || clause.some((w) => f.label.toLowerCase().endsWith(`, ${w.lower}`))))) continue;
      // Next to this indicator's name but only another indicator's figure: name the right one.
      const elsewhere = factsMatching(model, m);
      if (!role && elsewhere.length > 0 && elsewhere.every((f) => f.indicatorId !== undefined && f.indicatorId !== ind.id)) {
        const right = ind.facts.find((f) => f.kind === 'outcome' && f.period === (ind.trend?.to.period ?? ind.known[ind.known.length - 1]?.period));
        if (right) {
          out.push({
            ...base,
            code: 'wrong_value',
            message: `${ind.name} var ${formatQuantity(right.value!, right.unit)} ${periodText(right.period!)}, inte ${m.text.trim()}; ${m.text.trim()} är en annan indikators värde.`,
            facts: [right, ...elsewhere],
            expected: formatQuantity(right.value!, right.unit),
          });
          continue;
        }
      }
    }

    const grounded = factsMatching(model, m);
    // "fyra indikatorer", "två av etappmålen": a count of the goal's own indicators is what the assessment counted.
    if (countsIndicators(t, m) && grounded.some((f) => f.kind === 'count')) continue;
    const other = noteVerdict(m, clause, model);
    if (other && grounded.every((f) => f.kind === 'note' || f.kind === 'count' || f.kind === 'period')) {
      const expected = formatQuantity(other.value!, other.unit);
      out.push({ ...base, code: 'wrong_value', message: `Underlaget säger ${expected}, inte ${m.text.trim()}: ${other.text}`, facts: [other], expected });
      continue;
    }
    if (grounded.length > 0 && seg && !grounded.some((f) => f.kind === 'count')) {
      // The period written next to the figure must be the one it has in the data.
      const near = periodsNear(m, seg.words, inClause);
      const notes = notesMatching(model, m);
      // Without the indicator named, an indicator's value is a coincidence next to a note that holds the figure.
      const values = ind ? grounded.filter((f) => f.kind !== 'note' && f.kind !== 'period') : [];
      const clash =
        (near.at !== null || near.base !== null) &&
        notes.length > 0 &&
        notes.every((n) => periodClash(near, n.periods)) &&
        values.every((f) => (f.kind === 'outcome' || f.kind === 'breakdown') && periodClash(near, { at: f.period ?? null, base: null }));
      if (clash) {
        const n = notes[0]!;
        const said = near.at ?? near.base!;
        const right = (near.at ? n.periods.at : n.periods.base) ?? n.periods.at ?? n.periods.base!;
        out.push({
          ...base,
          code: 'wrong_period',
          message: `Enligt underlaget gäller ${m.text.trim()} ${periodText(right)}, inte ${periodText(said)}: ${n.fact.text}`,
          facts: notes.map((x) => x.fact),
          expected: periodText(right),
        });
        continue;
      }
    }
    if (grounded.length > 0) continue;
    const swap = unitSwap(m, model);
    if (swap) {
      out.push({ ...base, code: 'wrong_unit', message: swap.message, facts: [swap.fact], expected: swap.expected });
      continue;
    }
    out.push({
      ...base,
      code: 'ungrounded_number',
      message: m.isYear ? `Året ${m.text.trim()} finns inte i underlaget för målet.` : `Siffran ${m.text.trim()} finns inte i underlaget för målet.`,
      facts: ind ? ind.facts.filter((f) => f.kind === 'outcome' || f.kind === 'target') : [],
    });
  }
  return out;
}

/** The population named within a few words of a figure in its clause, the nearest first. */
function populationNear(clause: Word[], i: number): ReturnType<typeof populationOf> {
  if (i < 0) return null;
  for (let d = 1; d <= 8; d++) {
    for (const k of [i - d, i + d]) {
      if (k < 0 || k >= clause.length || (k > i && d > 3)) continue;
      const p = populationOf(clause, k);
      if (p) return p;
    }
  }
  return null;
}

const DOWN_WORD = /^(?:minsk\p{L}*|sjönk|sjunk\p{L}*|sänk\p{L}*|färre|lägre)$/u;

/** A figure for an indicator that holds changes keeps its sign: +3,4 is no −3,4. */
function matchesSigned(m: NumberMention, f: Fact): boolean {
  if (f.value === undefined) return false;
  const written = /^\s*\+/.test(m.text) ? Math.abs(m.value) : m.value;
  if (Math.sign(written) !== Math.sign(f.value) && f.value !== 0 && written !== 0) return false;
  return matchesFact({ ...m, value: Math.abs(written) }, { ...f, value: Math.abs(f.value) });
}

/** The outcome facts of an indicator that are forecasts (`values[].kind: "forecast"`). */
function forecastFacts(model: GoalModel, ind: IndicatorModel): Fact[] {
  const periods = new Set((model.goal.indicators[ind.index]?.values ?? []).filter((v) => v.kind === 'forecast').map((v) => v.period));
  return ind.facts.filter((f) => f.kind === 'outcome' && periods.has(f.period ?? ''));
}

/** "0,8 procent" where the data has 0,8 procentenheter (a difference between two percentages), or the other way round. */
function unitSwap(m: NumberMention, facts: Fact[] | GoalModel): { message: string; fact: Fact; expected: string } | null {
  if (m.unit !== 'procent' && m.unit !== 'procentenheter') return null;
  const want = m.unit === 'procent' ? 'procentenheter' : 'procent';
  const asOther: NumberMention = { ...m, unit: want };
  const fact = Array.isArray(facts) ? facts.find((f) => matchesFact(asOther, f)) : factsMatching(facts, asOther)[0];
  if (!fact) return null;
  const expected = `${formatNumber(m.value)} ${want}`;
  const message =
    want === 'procentenheter'
      ? `Skillnaden mellan två andelar anges i procentenheter: ${expected}, inte ${m.text.trim()}.`
      : `${m.text.trim()} är en andel i procent, inte en skillnad i procentenheter: ${expected}.`;
  return { message, fact, expected };
}

/** Whether the periods next to a figure in the text contradict those next to it in a note. */
function periodClash(text: NearPeriods, note: NearPeriods): boolean {
  const differ = (a: string | null, b: string | null) => a !== null && b !== null && a !== b && !(a.length !== b.length && a.slice(0, 4) === b.slice(0, 4));
  if (text.at && note.at) return differ(text.at, note.at);
  if (text.base && note.base) return differ(text.base, note.base);
  return false;
}

/** A figure that counts indicators or etappmål ("fyra indikatorer", "två av etappmålen"). */
function countsIndicators(t: TextModel, m: NumberMention): boolean {
  const after = t.lower.slice(m.end, m.end + 40);
  return /^\s+(?:av\s+(?:de\s+|dessa\s+)?(?:\p{L}+\s+)?)?(?:indikator|etappmål|mått)/u.test(after);
}
