/**
 * @module Position look-ups the checker makes for every figure: the word at a position, the figure
 * or year starting at or covering a word, the figures within a stretch. Each answers exactly as a
 * scan of the list would; a long list of figures (a table pasted as text, "1 1 1 …") is indexed once,
 * so a figure costs the same however many figures stand around it.
 */
import type { NumberMention } from '../sv';
import type { Span } from './text';

/** `words.findIndex((w) => w.end > pos)` in a list in text order, by binary search. */
export function wordAt(words: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length ? lo : -1;
}

/** `words.findIndex((w) => w.start >= pos)` in a list in text order, by binary search. */
export function firstWordFrom(words: readonly Span[], pos: number): number {
  const i = firstStartingFrom(words, pos);
  return i < words.length ? i : -1;
}

function firstStartingFrom(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lists up to this long are scanned; longer ones are indexed once. */
const SCANNED = 16;

interface MentionIndex {
  /** The figures that are no years, by start (ties in list order). */
  figures: NumberMention[];
  /** Per position in `figures`: the furthest end among it and those before it. */
  reach: number[];
  /**
   * Figures and years by where they start: the first in list order, and the next one starting there
   * (a look-up leaves out at most one figure, so two are all it needs).
   */
  figureAt: Map<number, NumberMention>;
  nextFigureAt: Map<number, NumberMention>;
  yearAt: Map<number, NumberMention>;
  nextYearAt: Map<number, NumberMention>;
  /** The first of either kind starting at a position. */
  anyAt: Map<number, NumberMention>;
  years: number;
}

const indexes = new WeakMap<readonly NumberMention[], MentionIndex>();

function indexOf(mentions: readonly NumberMention[]): MentionIndex {
  let index = indexes.get(mentions);
  if (index) return index;
  const figures = mentions.filter((x) => !x.isYear);
  figures.sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [k, f] of figures.entries()) reach.push(Math.max(f.end, k > 0 ? reach[k - 1]! : -Infinity));
  const figureAt = new Map<number, NumberMention>();
  const nextFigureAt = new Map<number, NumberMention>();
  const yearAt = new Map<number, NumberMention>();
  const nextYearAt = new Map<number, NumberMention>();
  const anyAt = new Map<number, NumberMention>();
  let years = 0;
  for (const x of mentions) {
    if (!anyAt.has(x.start)) anyAt.set(x.start, x);
    if (x.isYear) years++;
    const first = x.isYear ? yearAt : figureAt;
    const next = x.isYear ? nextYearAt : nextFigureAt;
    if (!first.has(x.start)) first.set(x.start, x);
    else if (!next.has(x.start)) next.set(x.start, x);
  }
  index = { figures, reach, figureAt, nextFigureAt, yearAt, nextYearAt, anyAt, years };
  indexes.set(mentions, index);
  return index;
}

/** `mentions.some((x) => x !== except && !x.isYear && x.start <= pos && pos < x.end)`: a figure (no year) other than `except` covers the position. */
export function figureCovers(mentions: readonly NumberMention[], pos: number, except?: NumberMention): boolean {
  if (mentions.length <= SCANNED) return mentions.some((x) => x !== except && !x.isYear && x.start <= pos && pos < x.end);
  const { figures, reach } = indexOf(mentions);
  // The last figure starting at or before pos, then back while one before may still reach past it.
  for (let k = firstStartingFrom(figures, pos + 1) - 1; k >= 0 && reach[k]! > pos; k--) {
    const x = figures[k]!;
    if (x !== except && x.end > pos) return true;
  }
  return false;
}

/** `mentions.some((x) => x !== except && !x.isYear && x.start === pos)`: a figure (no year) other than `except` starts at the position. */
export function figureStartsAt(mentions: readonly NumberMention[], pos: number | undefined, except?: NumberMention): boolean {
  if (mentions.length <= SCANNED) return mentions.some((x) => x !== except && !x.isYear && x.start === pos);
  if (pos === undefined) return false;
  const { figureAt, nextFigureAt } = indexOf(mentions);
  const first = figureAt.get(pos);
  return first !== undefined && (first !== except || nextFigureAt.has(pos));
}

/** `mentions.find((x) => x.isYear && x !== except && x.start === pos)`: the year starting at the position. */
export function yearStartingAt(
  mentions: readonly NumberMention[],
  pos: number | undefined,
  except?: NumberMention,
): NumberMention | undefined {
  if (mentions.length <= SCANNED) return mentions.find((x) => x.isYear && x !== except && x.start === pos);
  if (pos === undefined) return undefined;
  const { yearAt, nextYearAt } = indexOf(mentions);
  const first = yearAt.get(pos);
  return first !== except ? first : nextYearAt.get(pos);
}

/** `mentions.find((x) => x.start === pos)`: the first figure or year starting at the position. */
export function mentionStartingAt(mentions: readonly NumberMention[], pos: number | undefined): NumberMention | undefined {
  if (mentions.length <= SCANNED) return mentions.find((x) => x.start === pos);
  return pos === undefined ? undefined : indexOf(mentions).anyAt.get(pos);
}

/** `mentions.some((x) => x.isYear)`. */
export function hasYear(mentions: readonly NumberMention[]): boolean {
  if (mentions.length <= SCANNED) return mentions.some((x) => x.isYear);
  return indexOf(mentions).years > 0;
}

/** `mentions.filter((x) => !x.isYear && x.start >= from && x.start < to).length`: the figures (no years) starting in [from, to). */
export function figuresStartingIn(mentions: readonly NumberMention[], from: number, to: number): number {
  if (mentions.length <= SCANNED) return mentions.filter((x) => !x.isYear && x.start >= from && x.start < to).length;
  if (!(to > from)) return 0;
  const { figures } = indexOf(mentions);
  return firstStartingFrom(figures, to) - firstStartingFrom(figures, from);
}
