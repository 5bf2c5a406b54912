/** @module The checker's view of Swedish prose: words with their spans, sentences, clauses and segments, and a light stemmer that lets "sjukfrånvaron" meet "Sjukfrånvaro totalt". */
import { parseNumber, type NumberMention } from '../sv';

export interface Word {
  /** As written. */
  text: string;
  /** Lower case, same length as `text`. */
  lower: string;
  stem: string;
  start: number;
  end: number;
  /** Position in the text's word list. */
  index: number;
}

/** A stretch of a sentence between two boundaries; claims and their subjects are read per segment. */
export interface Segment {
  start: number;
  end: number;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** Index of the clause (a stretch between strong boundaries) it belongs to. */
  clause: number;
  words: Word[];
}

export interface Span {
  start: number;
  end: number;
}

export interface TextModel {
  text: string;
  lower: string;
  words: Word[];
  sentences: Span[];
  clauses: (Span & { sentence: number; words: Word[] })[];
  segments: Segment[];
}

/** Lower-cases one character at a time so every offset in the copy is an offset in the original. */
export function lowerSameLength(text: string): string {
  // Lower-casing is per character except for the Greek final sigma; where no character changes
  // its length, the whole-string call gives the same copy much faster.
  const whole = text.toLowerCase();
  if (whole.length === text.length && !text.includes('\u03a3')) return whole;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

// Longest first; a stem keeps at least four letters so short words are left alone.
// prettier-ignore
const SUFFIXES = [
  'ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'es', 'n',
  't', 's', 'a', 'e',
];

/** One ending off: "fordonsflottan" → "fordonsflotta". */
export function stripOnce(lower: string): string {
  for (const s of SUFFIXES) {
    if (lower.length - s.length >= 4 && lower.endsWith(s)) return lower.slice(0, -s.length);
  }
  return lower;
}

/** Strips up to two endings, so inflections meet: "medarbetarenkät" and "medarbetarenkäten", "totalt" and "totala". */
export function stem(lower: string): string {
  // Reports reuse few words many times: each is stemmed once.
  let s = stems.get(lower);
  if (s === undefined) {
    if (stems.size >= MAX_STEMMED) stems.clear();
    stems.set(lower, (s = stripOnce(stripOnce(lower))));
  }
  return s;
}
const stems = new Map<string, string>();
const MAX_STEMMED = 100_000;

/** The same word in another inflection: "nettokostnaden" ~ "nettokostnad", "föräldrastödsinsatser" ~ "föräldrastödsinsats". */
export function sameWord(a: Word | { lower: string; stem: string }, b: { lower: string; stem: string }): boolean {
  return a.lower === b.lower || a.stem === b.stem || a.stem === b.lower || a.lower === b.stem;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string, lower = lowerSameLength(text)): Word[] {
  const out: Word[] = [];
  for (const m of lower.matchAll(WORD_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: text.slice(start, end), lower: m[0], stem: stem(m[0]), start, end, index: out.length });
  }
  return out;
}

// A full stop ends a sentence when a capital, a digit or the end follows; decimals use a comma.
const SENTENCE_END = /[.!?]+(?=\s+["”(]?[\p{Lu}\d]|\s*$)|\n\s*\n/gu;

export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (text.slice(at, end).trim()) out.push(trimSpan(text, at, end));
    at = end;
  }
  if (text.slice(at).trim()) out.push(trimSpan(text, at, text.length));
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Words that open a new clause: what comes after may have a new subject and a new claim. */
// prettier-ignore
const STRONG = new Set([
  'men', 'medan', 'däremot', 'dock', 'eftersom', 'varför', 'vilket', 'då', 'trots', 'samtidigt', 'när', 'fast',
  'emedan',
]);
/** Words that join two parts of one clause; the subject may carry over. */
const WEAK = new Set(['och', 'samt', 'eller']);

/**
 * No reader takes a claim's subject or a figure's meaning from further away than this. Longer
 * stretches without a boundary (a list of figures, a pasted table, "1 1 1 …") are cut here, so every
 * look inside a segment or clause costs a bounded amount and a check is linear in the text.
 */
export const MAX_SEGMENT_WORDS = 40;
export const MAX_CLAUSE_WORDS = 80;

/**
 * Splits the text into sentences, clauses (at strong boundaries: "men", "trots att", ";") and
 * segments (also at "och", "samt" and commas). A segment starts with its boundary word.
 */
export function textModel(text: string): TextModel {
  const lower = lowerSameLength(text);
  const words = wordsOf(text, lower);
  const sentences = sentencesOf(text);
  const clauses: TextModel['clauses'] = [];
  const segments: Segment[] = [];
  let w = 0;
  sentences.forEach((s, si) => {
    const inSentence: Word[] = [];
    while (w < words.length && words[w]!.start < s.end) {
      if (words[w]!.start >= s.start) inSentence.push(words[w]!);
      w++;
    }
    let clauseStart = s.start;
    let segStart = s.start;
    let clauseWords: Word[] = [];
    let segWords: Word[] = [];
    const closeSegment = (end: number) => {
      if (segWords.length > 0) segments.push({ start: segStart, end, sentence: si, clause: clauses.length, words: segWords });
      segWords = [];
    };
    const closeClause = (end: number) => {
      closeSegment(end);
      if (clauseWords.length > 0) clauses.push({ start: clauseStart, end, sentence: si, words: clauseWords });
      clauseWords = [];
    };
    inSentence.forEach((word, i) => {
      const between = i === 0 ? '' : text.slice(inSentence[i - 1]!.end, word.start);
      // One space (most words): no punctuation to read.
      const plain = between === ' ';
      // A hyphen before "och" belongs to a compound ("individ- och familjeomsorg").
      const hyphenated = !plain && /[-–]\s*$/.test(between);
      // "till och med" is one preposition, not two clauses.
      const idiom = word.lower === 'och' && inSentence[i - 1]?.lower === 'till' && inSentence[i + 1]?.lower === 'med';
      // "etappmålet nås dock inte": "dock" before a negation is an adverb inside the clause.
      const comma = !plain && /,\s/.test(between);
      const adverb = word.lower === 'dock' && /^(?:inte|ej)$/.test(inSentence[i + 1]?.lower ?? '') && !comma;
      // "fast" joins clauses only after a comma ("…, fast målet nås"); otherwise it is the adjective ("fast omsorgskontakt").
      const adjective = word.lower === 'fast' && !comma;
      const strong =
        (!plain && /[;:]\s/.test(between)) ||
        (STRONG.has(word.lower) && i > 0 && !adverb && !adjective) ||
        clauseWords.length >= MAX_CLAUSE_WORDS;
      // A comma without a space after it is a decimal comma ("7,8").
      const weak = comma || (WEAK.has(word.lower) && !hyphenated && !idiom && i > 0) || segWords.length >= MAX_SEGMENT_WORDS;
      if (strong) {
        closeClause(word.start);
        clauseStart = word.start;
        segStart = word.start;
      } else if (weak) {
        closeSegment(word.start);
        segStart = word.start;
      }
      clauseWords.push(word);
      segWords.push(word);
    });
    closeClause(s.end);
  });
  return { text, lower, words, sentences, clauses, segments };
}

/** Index of the first item whose end is past `pos` in a list sorted by position (binary search). */
export function firstEndingAfter<T extends Span>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The figures inside a span (the text's figures are sorted by position). */
export function mentionsWithin(mentions: readonly NumberMention[], span: Span): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = firstEndingAfter(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
    if (mentions[i]!.start >= span.start) out.push(mentions[i]!);
  }
  return out;
}

const COUNTED = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)*|[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: "1 931" and "7,8" are one word each. */
export function countedWords(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(COUNTED)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** How many words `countedWords` finds, and where the one at position `at` starts (−1 when there are fewer), without listing them. */
export function countWords(text: string, at: number): { count: number; startOf: number } {
  let count = 0;
  let startOf = -1;
  const re = new RegExp(COUNTED);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (count === at) startOf = m.index;
    count++;
  }
  return { count, startOf };
}

/** Function words and units: they say nothing about what a sentence is about. */
// prettier-ignore
const CONTEXT_STOP = new Set([
  'och', 'som', 'för', 'med', 'att', 'den', 'det', 'har', 'hade', 'ett', 'efter', 'vid', 'sin', 'sitt', 'sina', 'till',
  'från', 'inom', 'under', 'inte', 'eller', 'genom', 'där', 'samt', 'utan', 'mot', 'dem', 'sig', 'är', 'var', 'varit',
  'av', 'på', 'de', 'en', 'ej', 'året', 'år', 'års', 'årets', 'även', 'också', 'vilket', 'varför', 'detta', 'denna',
  'dessa', 'kan', 'ska', 'skulle', 'kommer', 'blev', 'blir', 'men', 'om', 'än', 'så', 'när', 'då', 'nämnden',
  'nämndens', 'socialnämnden', 'procent', 'procentenheter', 'miljoner', 'kronor', 'tkr', 'mnkr', 'totalt',
  'sammanlagt', 'drygt', 'knappt', 'cirka', 'ca', 'högst', 'lägst', 'minst', 'något', 'några', 'fler', 'färre', 'alla',
  'samtliga', 'andelen', 'andel', 'antalet', 'antal', 'värdet',
]);

export function isContent(w: Word): boolean {
  return w.lower.length >= 3 && !/\d/.test(w.lower) && !CONTEXT_STOP.has(w.lower) && parseNumber(w.lower) === null;
}

export function contentStems(words: Word[]): Set<string> {
  return new Set(words.filter(isContent).map((w) => w.stem));
}

/** Each word seen: its stem where it is a content word, else null. Reports reuse few words many times. */
const contentStemOf = new Map<string, string | null>();
const MAX_REMEMBERED_WORDS = 100_000;

/** `contentStems(wordsOf(text))` without building the words: for a note read only for its words. */
export function textContentStems(text: string): Set<string> {
  const out = new Set<string>();
  eachContentStem(text, (s) => out.add(s));
  return out;
}

/** Calls `f` with the stem of each content word of `text`, in order, repeats included, without building the words. */
export function eachContentStem(text: string, f: (stem: string) => void): void {
  const lower = lowerSameLength(text);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lower); m; m = WORD_RE.exec(lower)) {
    const word = m[0];
    let s = contentStemOf.get(word);
    if (s === undefined) {
      if (contentStemOf.size >= MAX_REMEMBERED_WORDS) contentStemOf.clear();
      s = isContent({ text: word, lower: word, stem: '', start: 0, end: 0, index: 0 }) ? stem(word) : null;
      contentStemOf.set(word, s);
    }
    if (s !== null) f(s);
  }
}

export { isFromToEnd, periodsNear, solePeriod, type NearPeriods } from './periods-near';
