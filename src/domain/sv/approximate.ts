/**
 * @module Figures written loosely, as Swedish prose does: approximations ("drygt 80 procent",
 * "knappt tio dagar", "cirka 15 000"), ranges ("60–70 procent", "mellan 7,5 och 8,5 procent") and
 * fractions ("sju av tio", "hälften", "var tredje", "två tredjedelar"), read onto the figures
 * `findNumbers` gives, and how far such a figure may lie from a value it stands for.
 */
import type { NumberMention } from './numbers';

const ABOUT = /(?:^|[\s(])(?:cirka|ca\.?|runt|omkring|ungefär|kring|uppskattningsvis)\s+$/iu;
const ABOVE = /(?:^|[\s(])(?:drygt|dryga|strax\s+över|över|mer\s+än|fler\s+än|minst|åtminstone)\s+$/iu;
const BELOW = /(?:^|[\s(])(?:knappt|knappa|nästan|närmare|närmre|strax\s+under|under|mindre\s+än|färre\s+än|upp\s+emot|uppemot|nära)\s+$/iu;

const DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 20, 100]);
/** Nouns after "fyra av fem" that make it a count of the report's own things, not a share. */
const COUNTED_THINGS = /^\s+(?:\p{L}+\s+)?(?:indikator|etappmål|mått|mål|målen|delmål|aktivitet|åtgärd)/iu;

const WORD_FRACTIONS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:hälften|halva|varannan|vartannat)\b/giu, 50],
  [/\b(?:en|ett)\s+tredjedel(?:en)?\b|\bvar(?:t)?\s+tredje\b/giu, 100 / 3],
  [/\btvå\s+tredjedelar(?:na)?\b/giu, 200 / 3],
  [/\b(?:en|ett)\s+fjärdedel(?:en)?\b|\bvar(?:t)?\s+fjärde\b/giu, 25],
  [/\btre\s+fjärdedelar(?:na)?\b/giu, 75],
  [/\b(?:en|ett)\s+femtedel(?:en)?\b|\bvar(?:t)?\s+femte\b/giu, 20],
  [/\bvar(?:t)?\s+tionde\b|\b(?:en|ett)\s+tiondel(?:en)?\b/giu, 10],
];

function approximationBefore(text: string, start: number): NumberMention['approx'] | undefined {
  const before = text.slice(Math.max(0, start - 20), start);
  if (ABOUT.test(before)) return 'about';
  if (ABOVE.test(before)) return 'above';
  if (BELOW.test(before)) return 'below';
  return undefined;
}

/**
 * The figures of a text with loose forms read: a range becomes one figure with `upTo`, "sju av tio"
 * one figure in procent, and a word like "drygt" before a figure sets `approx`.
 */
export function readLooseFigures(text: string, mentions: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const between = next ? text.slice(m.end, next.start) : '';
    // "sju av tio brukare", "nio av 10": a share, unless what is counted is the report's own indicators or targets.
    if (
      next &&
      m.ofTotal !== undefined &&
      DENOMINATORS.has(next.value) &&
      !m.isYear &&
      !COUNTED_THINGS.test(text.slice(next.end, next.end + 40))
    ) {
      const approx = approximationBefore(text, m.start);
      out.push({
        start: m.start,
        end: next.end,
        text: text.slice(m.start, next.end),
        value: (100 * m.value) / next.value,
        decimals: 0,
        unit: 'procent',
        source: m.source,
        isYear: false,
        approx: approx === 'above' || approx === 'below' ? approx : 'fraction',
        fraction: true,
      });
      i++;
      continue;
    }
    // "60–70 procent", "9–14 dagar", "mellan 7,5 och 8,5 procent": one figure, a range.
    const dash = /^\s*[-–—]\s*$/u.test(between);
    const mellan = /^\s+och\s+$/u.test(between) && /(?:^|\s)mellan\s+$/iu.test(lower.slice(Math.max(0, m.start - 10), m.start));
    if (
      next &&
      (dash || mellan) &&
      !m.isYear &&
      !next.isYear &&
      next.unit !== 'år' &&
      next.value > m.value &&
      (m.unit === next.unit || m.unit === undefined)
    ) {
      out.push({
        ...next,
        start: m.start,
        text: text.slice(m.start, next.end),
        value: m.value,
        decimals: Math.max(m.decimals, next.decimals),
        upTo: next.value,
      });
      i++;
      continue;
    }
    const approx = m.isYear ? undefined : approximationBefore(text, m.start);
    out.push(approx ? { ...m, approx } : m);
  }
  for (const [re, value] of WORD_FRACTIONS) {
    for (const f of text.matchAll(re)) {
      if (out.some((x) => x.start < f.index + f[0].length && f.index < x.end)) continue;
      const approx = approximationBefore(text, f.index);
      out.push({
        start: f.index,
        end: f.index + f[0].length,
        text: f[0],
        value,
        decimals: 0,
        unit: 'procent',
        source: 'word',
        isYear: false,
        approx: approx === 'above' || approx === 'below' ? approx : 'fraction',
        fraction: true,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a loosely written figure stands for `value` (in the figure's unit). `unit` is one unit of
 * its last place. A fraction is a share within a few procentenheter; "drygt" a little more and
 * "knappt" a little less (within a tenth); "cirka" within a twentieth; a range holds the value.
 */
export function looseMatch(m: NumberMention, value: number, unit: number): boolean {
  const x = m.value;
  const half = unit / 2;
  if (m.upTo !== undefined) return value >= x - half && value <= m.upTo + half;
  // A fraction is a share to within a few procentenheter.
  const loose = m.fraction ? 5 : Math.max(unit, Math.abs(x) * 0.1);
  switch (m.approx) {
    case 'fraction':
      return Math.abs(value - x) <= 5;
    case 'about':
      return Math.abs(value - x) <= Math.max(unit, Math.abs(x) * 0.05);
    case 'above':
      return value >= x - half && value <= x + loose;
    case 'below':
      return value <= x + half && value >= x - loose;
    default:
      return false;
  }
}
