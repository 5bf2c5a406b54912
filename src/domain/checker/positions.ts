/**
 * @module Position look-ups the checker makes for every figure: the word at a position, the figure
 * or year starting at or covering a word, the figures within a stretch. Each answers exactly as a
 * scan of the list would; a long list of figures (a table pasted as text, "1 1 1 …") is indexed once,
 * so a figure costs the same however many figures stand around it.
 */
import type { NumberMention } from '../sv';
import { firstEndingAfter, type Span } from './text';

/** `words.findIndex((w) => w.end > pos)` in a list in text order, by binary search. */
export function wordAt(words: readonly Span[], pos: number): number {
  const i = firstEndingAfter(words, pos);
  return i < words.length ? i : -1;
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

/** Lists up to this long are scanned; longer ones are searched by position. */
const SCANNED = 16;

/**
 * How a long list is searched. A list in text order whose figures do not overlap (as findNumbers
 * gives them) is searched by binary search as it is; any other is indexed once.
 */
interface MentionIndex {
  /** In text order, none overlapping: the list itself is searched. */
  ordered: boolean;
  years: number;
  /** For a list in text order with years: per position, how many figures (no years) stand before it. */
  figuresBefore?: number[];
  /** For any other list: the figures (no years) by start (ties in list order). */
  figures: NumberMention[];
  /** Per position in `figures`: the furthest end among it and those before it. */
  reach: number[];
  /**
   * Figures and years by where they start: the first in list order, and the next other one starting
   * there (a look-up leaves out at most one figure, so two are all it needs).
   */
  figureAt: Map<number, NumberMention>;
  nextFigureAt: Map<number, NumberMention>;
  yearAt: Map<number, NumberMention>;
  nextYearAt: Map<number, NumberMention>;
  /** The first of either kind starting at a position. */
  anyAt: Map<number, NumberMention>;
}

const indexes = new WeakMap<readonly NumberMention[], MentionIndex>();

function indexOf(mentions: readonly NumberMention[]): MentionIndex {
  let index = indexes.get(mentions);
  if (index) return index;
  let ordered = true;
  let years = 0;
  for (let k = 0; k < mentions.length; k++) {
    if (mentions[k]!.isYear) years++;
    if (mentions[k]!.end <= mentions[k]!.start || (k > 0 && mentions[k]!.start < mentions[k - 1]!.end)) ordered = false;
  }
  index = {
    ordered,
    years,
    figures: [],
    reach: [],
    figureAt: new Map(),
    nextFigureAt: new Map(),
    yearAt: new Map(),
    nextYearAt: new Map(),
    anyAt: new Map(),
  };
  if (!ordered) {
    const figures = mentions.filter((x) => !x.isYear).sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    for (const f of figures) index.reach.push((reach = Math.max(f.end, reach)));
    index.figures = figures;
    for (const x of mentions) {
      if (!index.anyAt.has(x.start)) index.anyAt.set(x.start, x);
      const first = x.isYear ? index.yearAt : index.figureAt;
      const next = x.isYear ? index.nextYearAt : index.nextFigureAt;
      if (!first.has(x.start)) first.set(x.start, x);
      else if (!next.has(x.start) && first.get(x.start) !== x) next.set(x.start, x);
    }
  }
  indexes.set(mentions, index);
  return index;
}

/** In a list in text order: the first of kind `year` (either kind when undefined) starting at pos, other than `except`. */
function orderedAt(mentions: readonly NumberMention[], pos: number, year: boolean | undefined, except?: NumberMention) {
  // In text order with no overlap, at most one figure starts at a position.
  const x = mentions[firstStartingFrom(mentions, pos)];
  return x !== undefined && x.start === pos && x !== except && (year === undefined || x.isYear === year) ? x : undefined;
}

/** `mentions.some((x) => x !== except && !x.isYear && x.start <= pos && pos < x.end)`: a figure (no year) other than `except` covers the position. */
export function figureCovers(mentions: readonly NumberMention[], pos: number, except?: NumberMention): boolean {
  if (mentions.length <= SCANNED) return mentions.some((x) => x !== except && !x.isYear && x.start <= pos && pos < x.end);
  const index = indexOf(mentions);
  if (index.ordered) {
    // The last one starting at or before pos is the only one that can cover it.
    const x = mentions[firstStartingFrom(mentions, pos + 1) - 1];
    return x !== undefined && x !== except && !x.isYear && pos < x.end;
  }
  const { figures, reach } = index;
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
  const index = indexOf(mentions);
  if (index.ordered) return orderedAt(mentions, pos, false, except) !== undefined;
  const first = index.figureAt.get(pos);
  return first !== undefined && (first !== except || index.nextFigureAt.has(pos));
}

/** `mentions.find((x) => x.isYear && x !== except && x.start === pos)`: the year starting at the position. */
export function yearStartingAt(
  mentions: readonly NumberMention[],
  pos: number | undefined,
  except?: NumberMention,
): NumberMention | undefined {
  if (mentions.length <= SCANNED) return mentions.find((x) => x.isYear && x !== except && x.start === pos);
  if (pos === undefined) return undefined;
  const index = indexOf(mentions);
  if (index.ordered) return orderedAt(mentions, pos, true, except);
  const first = index.yearAt.get(pos);
  return first !== except ? first : index.nextYearAt.get(pos);
}

/** `mentions.find((x) => x.start === pos)`: the first figure or year starting at the position. */
export function mentionStartingAt(mentions: readonly NumberMention[], pos: number | undefined): NumberMention | undefined {
  if (mentions.length <= SCANNED) return mentions.find((x) => x.start === pos);
  if (pos === undefined) return undefined;
  const index = indexOf(mentions);
  return index.ordered ? orderedAt(mentions, pos, undefined) : index.anyAt.get(pos);
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
  const index = indexOf(mentions);
  if (!index.ordered) return firstStartingFrom(index.figures, to) - firstStartingFrom(index.figures, from);
  const a = firstStartingFrom(mentions, from);
  const b = firstStartingFrom(mentions, to);
  if (index.years === 0) return b - a;
  if (!index.figuresBefore) {
    const before = [0];
    for (const x of mentions) before.push(before[before.length - 1]! + (x.isYear ? 0 : 1));
    index.figuresBefore = before;
  }
  return index.figuresBefore[b]! - index.figuresBefore[a]!;
}
