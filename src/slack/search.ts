/**
 * @module Fuzzy look-up of indicators (or goals) by name, as people type in a hurry: case and
 * diacritics do not matter ("sjukfranvaro"), typos are forgiven (Damerau–Levenshtein per word),
 * a word may be a prefix or the tail of a compound ("frånvaro"), and abbreviations match their
 * initials or the abbreviation written in the name ("hme", "ifo"). Pure: no I/O, no framework.
 */

/** Words that carry no meaning in a search; a query made only of them still searches with them. */
const STOPWORDS = new Set([
  'och',
  'i',
  'av',
  'som',
  'for',
  'med',
  'pa',
  'till',
  'det',
  'de',
  'den',
  'en',
  'ett',
  'att',
  'efter',
  'fran',
  'har',
  'vid',
  'inom',
  'sin',
  'sitt',
  'sina',
  'under',
  'eller',
  'om',
  'mot',
  'per',
  'var',
  'hur',
]);

/** Lower case, no diacritics (å→a, ä→a, ö→o, é→e), letters and digits only, single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const words = (text: string) => normalize(text).split(' ').filter(Boolean);
const content = (tokens: string[]) => tokens.filter((t) => !STOPWORDS.has(t));

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), giving up above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Typos allowed in a word of this length: none in short words, where one edit makes another word. */
const allowedEdits = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : 2);

interface Entry<T> {
  value: T;
  tokens: string[];
  /** Abbreviations: words written in capitals or in parentheses, and initials of the name's words. */
  aliases: Set<string>;
  joined: string;
}

export interface SearchIndex<T> {
  entries: Entry<T>[];
  /** Trigrams of every word in the index, computed once. */
  trigrams: Map<string, Set<string>>;
}

export interface SearchHit<T> {
  value: T;
  /** 0–1; 1 is an exact match of every word. */
  score: number;
}

function initials(tokens: string[]): string[] {
  const out: string[] = [];
  if (tokens.length >= 2) out.push(tokens.map((t) => t[0]).join(''));
  return out;
}

/** Builds the index once per document; `text` is what people search for (an indicator's name). */
export function buildIndex<T>(items: { text: string; value: T }[]): SearchIndex<T> {
  const grams = new Map<string, Set<string>>();
  const entries = items.map(({ text, value }) => {
    const tokens = words(text);
    const aliases = new Set<string>();
    for (const m of text.matchAll(/\b[A-ZÅÄÖ]{2,}[a-zåäö]{0,2}\b/g)) aliases.add(normalize(m[0]));
    for (const m of text.matchAll(/\(([^)]+)\)/g)) {
      const inner = words(m[1]!);
      if (inner.length === 1) aliases.add(inner[0]!);
      for (const i of initials(content(inner))) aliases.add(i);
    }
    // Initials of the whole name and of the part before the first comma ("Hållbart medarbetarengagemang").
    const head = text.split(/[,(–-]/)[0] ?? text;
    for (const part of [text, head]) {
      for (const i of initials(content(words(part)))) if (i.length <= 6) aliases.add(i);
    }
    for (const t of tokens) if (!grams.has(t)) grams.set(t, trigrams(t));
    return { value, tokens, aliases, joined: tokens.join('') };
  });
  return { entries, trigrams: grams };
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function trigramSimilarity(ta: Set<string>, tb: Set<string>): number {
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** One query word, with what is worth computing once for it. */
interface QueryWord {
  q: string;
  grams: Set<string>;
  /** wordScore against each word of the index, filled as the search meets them. */
  scores: Map<string, number>;
}

/** How well one query word matches one word of the name, 0–1. */
function wordScore(word: QueryWord, t: string, index: SearchIndex<unknown>): number {
  let score = word.scores.get(t);
  if (score === undefined) {
    score = scoreWords(word, t, index);
    word.scores.set(t, score);
  }
  return score;
}

function scoreWords(word: QueryWord, t: string, index: SearchIndex<unknown>): number {
  const q = word.q;
  if (q === t) return 1;
  if (q.length >= 3 && t.startsWith(q)) return 0.9 - 0.1 * Math.min(1, (t.length - q.length) / 10);
  const edits = allowedEdits(q.length);
  if (edits > 0) {
    const d = editDistance(q, t, edits);
    if (d <= edits) return 0.85 - 0.1 * d;
    // A prefix with a typo: "sjukfranv" against "sjukfranvaro".
    if (t.length > q.length && editDistance(q, t.slice(0, q.length), 1) <= 1) return 0.7;
  }
  // The tail or middle of a compound: "franvaro" in "sjukfranvaro".
  if (q.length >= 4 && t.includes(q)) return 0.75;
  if (q.length >= 5) {
    const sim = trigramSimilarity(word.grams, index.trigrams.get(t) ?? trigrams(t));
    if (sim >= 0.45) return 0.65 * sim;
  }
  return 0;
}

function entryScore<T>(index: SearchIndex<T>, entry: Entry<T>, queryWords: QueryWord[], query: string): number {
  const nameWords = Math.max(1, content(entry.tokens).length);
  const compact = query.replace(/ /g, '');
  if (entry.aliases.has(compact) && compact.length >= 2) return 0.95 + 0.05 / nameWords;
  if (queryWords.length === 0) return 0;

  const matched = new Set<number>();
  let total = 0;
  let weight = 0;
  let misses = 0;
  for (const word of queryWords) {
    const q = word.q;
    let best = 0;
    let bestAt = -1;
    entry.tokens.forEach((t, i) => {
      if (best === 1) return;
      const s = wordScore(word, t, index as SearchIndex<unknown>);
      if (s > best) {
        best = s;
        bestAt = i;
      }
    });
    if (entry.aliases.has(q) && q.length >= 2) best = Math.max(best, 0.95);
    // A query word spanning two of the name's words ("familjeomsorg" vs "familje omsorg").
    if (best < 0.75 && q.length >= 6 && entry.joined.includes(q)) best = 0.75;
    if (bestAt >= 0) matched.add(bestAt);
    if (best === 0) misses++;
    const w = Math.min(q.length, 8);
    total += best * w;
    weight += w;
  }
  let score = 0.88 * (total / weight);
  // Every query word must find something: a partial match ranks below any full one.
  if (misses > 0) score *= 0.6;
  // Prefer the name the query describes most completely ("Sjukfrånvaro totalt" over a longer name).
  score += 0.08 * Math.min(1, matched.size / nameWords);
  if (entry.tokens.join(' ').includes(query) && query.length >= 4) score += 0.04;
  return Math.min(1, score);
}

export interface SearchOptions {
  /** At most this many hits (default 5). */
  limit?: number;
  /** Hits below this score are left out (default 0.45). */
  minScore?: number;
}

/** The best matches for a query, best first; ties keep the document's order. */
export function search<T>(index: SearchIndex<T>, query: string, opts: SearchOptions = {}): SearchHit<T>[] {
  const limit = opts.limit ?? 5;
  const minScore = opts.minScore ?? 0.45;
  const normalized = normalize(query);
  if (!normalized) return [];
  const all = words(query);
  const meaningful = content(all);
  const queryWords = [...new Set(meaningful.length > 0 ? meaningful : all)].map((q) => ({
    q,
    grams: trigrams(q),
    scores: new Map<string, number>(),
  }));
  return index.entries
    .map((e, order) => ({ value: e.value, score: entryScore(index, e, queryWords, normalized), order }))
    .filter((h) => h.score >= minScore)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ value, score }) => ({ value, score: Math.round(score * 1000) / 1000 }));
}
