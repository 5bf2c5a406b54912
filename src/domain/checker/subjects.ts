/**
 * @module Which indicator a claim or a figure is about: indicator names found in the text
 * (tolerant of inflection and partial names), and the topic carried from one segment to the next
 * while the sentence keeps talking about it ("… sjukfrånvaron har ökat och därmed nås inte etappmålet").
 */
import type { GoalModel, IndicatorModel } from './facts';
import { lookupForms, partOfCompound } from './aliases';
import { GENERIC_REF, groupNamed, isPredicate, isTargetNoun, SKIP } from './lexicon';
import { firstEndingAfter, sameWord, type Segment, type TextModel, type Word } from './text';

export interface IndicatorMention {
  indicator: number;
  /** Offset of the first distinctive word of the name. */
  at: number;
  score: number;
}

export interface Subjects {
  /** Per segment: the indicators it names. */
  mentions: IndicatorMention[][];
  /** Per segment: the topic it inherits from earlier segments, or null. */
  inherited: (number | null)[];
}

interface KeyRef {
  indicator: number;
  key: number;
  weight: 1 | 2;
  distinct: boolean;
}

interface KeyIndex {
  exact: Map<string, KeyRef[]>;
  /** Every key's written form, for compounds written in part. */
  all: { lower: string; stem: string; ref: KeyRef }[];
  /** The references a word of the text has, by its lower-case form. */
  memo: Map<string, KeyRef[]>;
}

const indexCache = new WeakMap<GoalModel, KeyIndex>();

function keyIndex(model: GoalModel): KeyIndex {
  const hit = indexCache.get(model);
  if (hit) return hit;
  const exact = new Map<string, KeyRef[]>();
  const all: KeyIndex['all'] = [];
  const add = (s: string, ref: KeyRef) => {
    const list = exact.get(s) ?? [];
    if (!list.some((r) => r.indicator === ref.indicator && r.key === ref.key)) list.push(ref);
    exact.set(s, list);
  };
  model.indicators.forEach((ind) =>
    ind.keys.forEach((k, key) => {
      const ref = { indicator: ind.index, key, weight: k.weight, distinct: k.distinct === true };
      add(k.lower, ref);
      add(k.stem, ref);
      all.push({ lower: k.lower, stem: k.stem, ref });
    }),
  );
  const index = { exact, all, memo: new Map<string, KeyRef[]>() };
  indexCache.set(model, index);
  return index;
}

/** Adjectives that make a noun a part of a measure ("korta sjukfrånvaron" is not the whole sick leave). */
const PART = /^(?:korta|kort|långa|lång|kortvarig\p{L}*|långvarig\p{L}*|kortare|längre)$/u;

/** The name words a word of the text stands for: the same word inflected, a derived or synonymous form, or part of a compound. */
function refsOf(w: Word, index: KeyIndex): KeyRef[] {
  const hit = index.memo.get(w.lower);
  if (hit) return hit;
  const refs: KeyRef[] = [];
  const forms = lookupForms(w);
  for (const f of forms) refs.push(...(index.exact.get(f) ?? []));
  // A word that is a name's word as written is no part of another name's compound.
  if (refs.length === 0) for (const k of index.all) if (forms.some((f) => partOfCompound(f, k))) refs.push(k.ref);
  if (index.memo.size < 5_000) index.memo.set(w.lower, refs);
  return refs;
}

/** Indicators named among `words`: enough of the name's words, at least one of them distinctive. */
export function mentionsIn(words: Word[], model: GoalModel): IndicatorMention[] {
  const index = keyIndex(model);
  const found = new Map<number, { keys: Set<number>; words: Set<number>; score: number; strong: boolean; distinct: number; at: number }>();
  const parts = new Set<number>();
  words.forEach((w, i) => {
    const before = words[i - 1]?.lower;
    const refs = refsOf(w, index);
    // "den korta sjukfrånvaron", "de långa sjukskrivningarna": a part of what the name measures, unless the name says so.
    if (before && PART.test(before)) {
      for (const r of refs) if (!model.indicators[r.indicator]!.name.toLowerCase().includes(before.slice(0, 4))) parts.add(r.indicator);
    }
    for (const r of refs) {
      const f = found.get(r.indicator) ?? {
        keys: new Set<number>(),
        words: new Set<number>(),
        score: 0,
        strong: false,
        distinct: 0,
        at: Infinity,
      };
      if (f.keys.has(r.key)) continue;
      f.keys.add(r.key);
      f.words.add(w.index);
      f.score += r.weight;
      if (r.distinct) f.distinct++;
      if (r.weight === 2) f.strong = true;
      if (r.weight === 2 || !f.strong) f.at = Math.min(f.at, w.start);
      found.set(r.indicator, f);
    }
  });
  for (const p of parts) found.delete(p);
  // One distinctive word and one more, two words no sibling's name has, or many words of a name whose words are all shared with others.
  const qualified = [...found].filter(([, f]) => (f.strong && f.score >= 2) || (f.distinct >= 1 && f.keys.size >= 2) || f.score >= 4);
  // Names found in the same words compete: the better match wins, and a tie says nothing.
  return qualified
    .filter(
      ([i, f]) =>
        !qualified.some(
          ([j, g]) =>
            j !== i &&
            [...g.words].some((x) => f.words.has(x)) &&
            (g.score > f.score || (g.score === f.score && g.strong === f.strong) || (g.strong && !f.strong)),
        ),
    )
    .map(([indicator, f]) => ({ indicator, at: f.at, score: f.score }))
    .sort((a, b) => a.at - b.at);
}

/** Whether a segment without a name of its own goes on talking about the topic. */
function continuesTopic(seg: Segment, topic: IndicatorModel): boolean {
  const ws = seg.words;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // More of the topic's own name ("…, ungdomar och familjer som nås …") or one of its groups ("och bland kvinnor").
    if (groupNamed(topic.groups, w) !== null || topic.keys.some((k) => sameWord(w, k))) return true;
    if (GENERIC_REF.has(w.lower)) {
      // "resultaten i medarbetarenkäten", "värdet för HME": the words after say what is meant.
      const [p, n] = [ws[i + 1], ws[i + 2]];
      return !(p && n && /^(?:i|för|av|på|inom|från|gällande|bland)$/.test(p.lower) && !/\d/.test(n.lower));
    }
    if (isPredicate(w) || isTargetNoun(ws, i)) return true;
    if (w.lower === 'en' || w.lower === 'ett') continue; // an article: the noun that follows decides
    if (w.lower === 'den' || w.lower === 'det' || w.lower === 'denna' || w.lower === 'detta') {
      const next = ws[i + 1];
      if (!next || SKIP.has(next.lower) || isPredicate(next)) return true;
      continue; // an article: the noun that follows decides
    }
    if (SKIP.has(w.lower) || /\d/.test(w.lower)) continue;
    return false;
  }
  // Nothing but figures and small words (", efter 0,9 procent 2024"): still the same topic.
  return true;
}

/**
 * Where the text writes out a name with a comma in it ("Ungdomar … i utredningen, andel"): the
 * segment after the comma opens inside the name, so it is about that indicator, whatever follows.
 */
function splitNames(t: TextModel, model: GoalModel): { indicator: number; start: number; end: number }[] {
  const out: { indicator: number; start: number; end: number }[] = [];
  for (const ind of model.indicators) {
    if (!/,\s/.test(ind.name)) continue;
    const name = ind.name.toLowerCase();
    for (let at = t.lower.indexOf(name); at >= 0; at = t.lower.indexOf(name, at + 1))
      out.push({ indicator: ind.index, start: at, end: at + name.length });
  }
  return out;
}

/**
 * An indicator's prose name written out in a segment ("andelen ungdomar som påbörjat insats") names
 * it, even when its words are common ones: it replaces the word-by-word mentions it overlaps.
 */
function withProseNames(found: IndicatorMention[], seg: Segment, t: TextModel, model: GoalModel): IndicatorMention[] {
  const named = model.indicators.filter((ind) => ind.proseName);
  if (named.length === 0) return found;
  const text = t.lower.slice(seg.start, seg.end);
  const phrases: { indicator: number; start: number; end: number }[] = [];
  for (const ind of named) {
    const phrase = ind.proseName!;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const before = text[at - 1];
      const after = text[at + phrase.length];
      // Whole words only.
      if ((before && /[\p{L}\d]/u.test(before)) || (after && /[\p{L}\d]/u.test(after))) continue;
      phrases.push({ indicator: ind.index, start: seg.start + at, end: seg.start + at + phrase.length });
    }
  }
  if (phrases.length === 0) return found;
  const kept = found.filter(
    (m) =>
      !phrases.some((p) => m.at >= p.start && m.at < p.end && m.indicator !== p.indicator) &&
      !phrases.some((p) => p.indicator === m.indicator),
  );
  return [...kept, ...phrases.map((p) => ({ indicator: p.indicator, at: p.start, score: 100 }))].sort((a, b) => a.at - b.at);
}

export function findSubjects(t: TextModel, model: GoalModel): Subjects {
  const mentions = t.segments.map((s) => withProseNames(mentionsIn(s.words, model), s, t, model));
  const split = splitNames(t, model);
  const inherited: (number | null)[] = [];
  let topic: number | null = null;
  let topicSentence = -1;
  t.segments.forEach((seg, i) => {
    const inName = split.find((n) => n.start < seg.start && seg.start < n.end);
    if (inName) topic = inName.indicator;
    const keeps =
      topic !== null && (inName !== undefined || (seg.sentence - topicSentence <= 1 && continuesTopic(seg, model.indicators[topic]!)));
    inherited.push(keeps ? topic : null);
    const own = mentions[i]!;
    if (own.length > 0) {
      topic = own[own.length - 1]!.indicator;
      topicSentence = seg.sentence;
    } else if (keeps) {
      topicSentence = seg.sentence;
    } else {
      topic = null;
    }
  });
  return { mentions, inherited };
}

/**
 * The indicator a claim or figure at `pos` in segment `segIndex` is about: the nearest name before
 * it in the segment, else the nearest after it, else the inherited topic.
 */
export function subjectAt(subjects: Subjects, segIndex: number, pos: number): { indicator: number; explicit: boolean } | null {
  const own = subjects.mentions[segIndex] ?? [];
  const before = own.filter((m) => m.at <= pos).pop();
  if (before) return { indicator: before.indicator, explicit: true };
  const after = own.find((m) => m.at > pos);
  if (after) return { indicator: after.indicator, explicit: true };
  const inherited = subjects.inherited[segIndex];
  return inherited === null || inherited === undefined ? null : { indicator: inherited, explicit: false };
}

export function segmentAt(t: TextModel, pos: number): number {
  const i = firstEndingAfter(t.segments, pos);
  return i < t.segments.length && t.segments[i]!.start <= pos ? i : -1;
}

/** The first indicator named later in the same sentence ("Etappmålet nås, då 100 procent av avhopparna …"). */
export function laterInSentence(t: TextModel, subjects: Subjects, segIndex: number): number | null {
  const sentence = t.segments[segIndex]?.sentence;
  for (let i = segIndex + 1; i < t.segments.length && t.segments[i]!.sentence === sentence; i++) {
    const m = subjects.mentions[i]![0];
    if (m) return m.indicator;
  }
  return null;
}
