/** @module Reading Swedish numbers as reports print them (7,8 · 1 931 · −16,8 · fyra av fem): finds every figure in a text to check. */
import { digitsToNumber, type Digits } from './format';
import type { MentionUnit, NumberMention } from './mention';
import { WORD_VALUES } from './number-words';

export type { MentionUnit, NumberMention } from './mention';

// ---------------------------------------------------------------- reading

const SIGNS = '+\\-\u2212\u2013';
const GROUP_SPACE = '[ \\u00a0\\u202f\\u2009]';
const NUMBER_TEXT = new RegExp(`^([${SIGNS}])?(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+|\\d+)(?:([,.])(\\d+))?$`);

/**
 * "1.931" may be an English decimal or a thousands group with a dot; guessing wrong would turn
 * 1 931 into 1,931, so such a figure is not read at all.
 */
const ambiguousDot = (intRaw: string, frac: string) => frac.length === 3 && /^\d+$/.test(intRaw) && !/^0+$/.test(intRaw);

export function parseNumber(text: string): number | null {
  const s = text.trim();
  const word = WORD_VALUES.get(s.toLowerCase());
  if (word !== undefined) return word;
  const m = NUMBER_TEXT.exec(s);
  if (!m) return null;
  const [, sign, intRaw = '', sep, frac = ''] = m;
  if (sep === '.' && ambiguousDot(intRaw, frac)) return null;
  return digitsToNumber({ neg: sign !== undefined && sign !== '+', int: intRaw.replace(/\D/g, ''), frac });
}

// ---------------------------------------------------------------- finding figures in prose

/** Spaces and at most one line break: units wrap onto the next line in extracted report text. */
const WS = '[ \\t\\u00a0\\u202f\\u2009]';
const GAP = `${WS}*(?:\\r?\\n${WS}*)?`;
const GAP1 = `(?:${WS}+(?:\\r?\\n${WS}*)?|${WS}*\\r?\\n${WS}*)`;

interface UnitRule {
  unit: MentionUnit;
  /** Power of ten the written value is multiplied by to reach `unit`. */
  shift: number;
}
// Order matters: longer units first, so "procentenheter" is not read as "procent" + "enheter".
const UNIT_RULES: ReadonlyArray<readonly [string, UnitRule]> = [
  ['%-enhet(?:er)?|procentenhet(?:er(?:na)?)?', { unit: 'procentenheter', shift: 0 }],
  ['procent|%', { unit: 'procent', shift: 0 }],
  ['promille|‰', { unit: 'procent', shift: -1 }],
  [`(?:miljarder|miljard|mdr|md)${GAP1}(?:kronor|kr)|miljarder|miljard|mdkr|mdr`, { unit: 'mnkr', shift: 3 }],
  [`(?:kronor|kr)(?:${GAP}\\/${GAP}|${GAP1}per${GAP1})(?:invånare|inv)`, { unit: 'kr/invånare', shift: 0 }],
  // Bare "miljoner" is money in a committee's report ("10,2 miljoner högre än budget").
  [`(?:miljoner|miljon|milj\\.?|mn)${GAP1}(?:kronor|kr)|miljoner|miljon|mnkr|mkr|msek`, { unit: 'mnkr', shift: 0 }],
  [`(?:tusen|tn)${GAP1}(?:kronor|kr)|tkr|tsek`, { unit: 'tkr', shift: 0 }],
  ['tusen', { unit: undefined, shift: 3 }],
  ['kronor|krona|kr', { unit: 'kr', shift: 0 }],
  ['dagar|dag|dygn', { unit: 'dagar', shift: 0 }],
  ['år', { unit: 'år', shift: 0 }],
  ['stycken|st', { unit: 'antal', shift: 0 }],
  ['indexenheter|indexenhet|indexpoäng', { unit: 'index', shift: 0 }],
];
const UNIT_RE = new RegExp(`(?:${GAP})(?:${UNIT_RULES.map(([p]) => `(${p})`).join('|')})(?![\\p{L}\\d])`, 'iuy');

interface UnitMatch extends UnitRule {
  end: number;
}

/** First letters of every unit: most figures have none, and this spares them the unit pattern. */
const UNIT_INITIALS = new Set('%‰pmdtksåi'.split(''));

function readUnit(text: string, at: number): UnitMatch | null {
  if (text.startsWith(':-', at)) return { unit: 'kr', shift: 0, end: at + 2 }; // "500:-" is kronor
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  if (!UNIT_INITIALS.has(text[i]?.toLowerCase() ?? '')) return null;
  UNIT_RE.lastIndex = at;
  const m = UNIT_RE.exec(text);
  if (!m) return null;
  let rule = 1;
  while (m[rule] === undefined) rule++;
  return { ...UNIT_RULES[rule - 1]![1], end: at + m[0].length };
}

// The earliest of: a URL, a personnummer, an ISO date, a year-month period, or any digit.
// At one position the first alternative wins, so dates are claimed before their digits are.
const SCAN = new RegExp(
  [
    '(?:https?:\\/\\/|www\\.)\\S+',
    '(?<!\\d)(?:\\d{8}|\\d{6})[-+]\\d{4}(?!\\d)',
    '(?<![\\p{L}\\d\\-\\/.])(\\d{4})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?!\\d)',
    '(?<![\\p{L}\\d\\-\\/.])(\\d{4})-(?:0[1-9]|1[0-2])(?![\\p{L}\\d\\-])',
    '(\\d)',
  ].join('|'),
  'gu',
);
const LITERAL = new RegExp(`(\\d{1,3}(?:${GROUP_SPACE}\\d{3}(?!\\d))+|\\d+)(?:([,.])(\\d+))?`, 'y');

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && /\p{L}/u.test(c)));
const isSpace = (c: string | undefined) => c !== undefined && (c <= ' ' || c > '\u007f') && /\s/u.test(c);
/** What may stand before a sign that belongs to the number (not a hyphen inside a word or a range). */
const SIGN_BOUNDARY = new Set(['(', '[', '{', '"', "'", '“', '”', '«', '»', ':', ';', '=', '*']);
/** Glued on the left, these make the digits part of a code, path or footnote ("SN-2021/2476.912", "(FACT)12"). */
const GLUED_LEFT = new Set([')', ']', '/', '\\', '.', '_', '@', '#', '§', '&']);

/** Digits that are part of a code or a word take the whole non-space chunk with them. */
function skipChunk(text: string, i: number): { resume: number } {
  while (i < text.length && !isSpace(text[i])) i++;
  return { resume: i };
}

function lineStartsAt(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c === '\n') return true;
    if (!isSpace(c)) return false;
  }
  return true;
}

function looksLikeBirthDate(digits: string): boolean {
  const d = digits.length === 12 ? digits.slice(2) : digits;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

interface Draft extends NumberMention {
  shift: number;
  written: Digits;
}

function mention(
  text: string,
  start: number,
  end: number,
  written: Digits,
  unit: UnitMatch | null,
  source: NumberMention['source'],
  plainFourDigits: boolean,
): Draft {
  const shift = unit?.shift ?? 0;
  const value = digitsToNumber(written, shift);
  const u = unit?.unit;
  return {
    start,
    end,
    text: text.slice(start, end),
    value,
    decimals: written.frac.length - shift,
    unit: u,
    source,
    isYear: plainFourDigits && u === undefined && shift === 0 && value >= 1990 && value <= 2100,
    shift,
    written,
  };
}

/** The dash between two numbers of a range: "2020–2022", "13-20 år", "2020 – 2022". */
const RANGE_JOIN = new RegExp(`(?:[\\-\u2013\u2014]|${WS}[\\-\u2013\u2014]${WS})(?=\\d)`, 'y');

/** One figure read at a digit, or where scanning resumes when the digits are no figure. */
type Reading = { draft: Draft; unit: UnitMatch | null } | { resume: number };

function readFigure(text: string, p: number, lastEnd: number): Reading {
  LITERAL.lastIndex = p;
  const [whole, intRaw = '', sep, fracRaw = ''] = LITERAL.exec(text)!;
  let end = p + whole.length;

  // Left: a sign, a range, or digits glued to a word (a footnote marker like "medarbetarenkät3").
  let start = p;
  let neg = false;
  const before = text[p - 1];
  const glued = isLetter(before) || (before !== undefined && GLUED_LEFT.has(before)) || (before === '[' && text[end] === ']');
  if (glued) return skipChunk(text, p);
  if (p - 1 < lastEnd) {
    // The character before belongs to the previous figure ("0:-0"): no sign to read.
  } else if (before === '-' || before === '\u2212' || before === '\u2013' || before === '+') {
    const b2 = text[p - 2];
    if (b2 === undefined || isSpace(b2) || SIGN_BOUNDARY.has(b2)) {
      start = p - 1;
      neg = before !== '+';
    } else if (isLetter(b2)) {
      return skipChunk(text, p); // "covid-19", "SN-2021"
    }
  } else if (
    (before === ' ' || before === '\u00a0') &&
    p - 6 >= lastEnd &&
    text.slice(p - 6, p - 1).toLowerCase() === 'minus' &&
    !isLetter(text[p - 7])
  ) {
    // "Avvikelsen mot budget är minus 1 miljon kronor": the word carries the sign.
    start = p - 6;
    neg = true;
  }

  // Right: ordinals ("1:a"), times and ratios, compounds ("17-åringar"), codes ("2021/2476").
  const after = text[end];
  const after2 = text[end + 1];
  const genitive = after === ':' && after2 === 's' && !isLetter(text[end + 2]); // "2022:s"
  if (
    !genitive &&
    ((after === ':' && (isLetter(after2) || isDigit(after2))) ||
      ((after === ',' || after === '.') && isDigit(after2)) ||
      (after === '-' && isLetter(after2)) ||
      after === '/' ||
      after === '§' ||
      after === '@' ||
      after === '_')
  ) {
    return skipChunk(text, p);
  }

  const grouped = intRaw.length > 3 && /\D/.test(intRaw);
  const int = grouped ? intRaw.replace(/\D/g, '') : intRaw;
  if (sep === '.' && !grouped && ambiguousDot(intRaw, fracRaw)) return skipChunk(text, p);
  if (!sep && !grouped && (int.length === 10 || int.length === 12) && looksLikeBirthDate(int)) {
    return skipChunk(text, p); // a personnummer written without its dash
  }

  if (start === p && !sep && !grouped && int.length <= 2 && lineStartsAt(text, p)) {
    // "1. Ekonomisk hållbarhet" is a list marker; "3 Svarsfrekvensen …" opens a footnote.
    if ((after === '.' || after === ')') && isSpace(after2)) return { resume: end + 1 };
    if (after === ' ' && (/\p{Lu}/u.test(after2 ?? '') || /^(?:https?:|www\.)/.test(text.slice(end + 1, end + 7)))) {
      return { resume: end };
    }
  }

  let unit = genitive ? null : readUnit(text, end);
  // "48 200 år 2024": "år" names the year that follows, it is no unit of the figure.
  if (unit?.unit === 'år' && /^[ \t\u00a0]+(?:19|20)\d\d(?!\d)/.test(text.slice(unit.end))) unit = null;
  if (!unit && isLetter(after)) return skipChunk(text, p); // digits glued to a word that is no unit: "5G", "3e"
  if (unit) end = unit.end;
  const plainFourDigits = !neg && !sep && !grouped && int.length === 4;
  return { draft: mention(text, start, end, { neg, int, frac: fracRaw }, unit, 'digits', plainFourDigits), unit };
}

function scanDigits(text: string, out: Draft[]): void {
  SCAN.lastIndex = 0;
  let rangeStart: { draft: Draft; next: number } | null = null;
  let lastEnd = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const year = m[1] ?? m[2];
    if (year !== undefined) {
      // An ISO date or a period: only its year is a figure; month and day are not counts.
      out.push(mention(text, m.index, m.index + 4, { neg: false, int: year, frac: '' }, null, 'digits', true));
      continue;
    }
    if (m[3] === undefined) continue; // a URL or a personnummer: never a figure
    const reading = readFigure(text, m.index, lastEnd);
    if ('resume' in reading) {
      SCAN.lastIndex = reading.resume;
      continue;
    }
    const { draft, unit } = reading;
    // The unit after a range belongs to both ends: "13–20 år", "2–3 miljarder kronor".
    const first = rangeStart?.next === draft.start ? rangeStart.draft : null;
    if (first && unit && first.unit === undefined && first.shift === 0) {
      Object.assign(first, mention(text, first.start, first.end, first.written, unit, 'digits', false));
    }
    out.push(draft);
    SCAN.lastIndex = lastEnd = draft.end;

    rangeStart = null;
    if (!unit) {
      RANGE_JOIN.lastIndex = draft.end;
      const join = RANGE_JOIN.exec(text);
      if (join) rangeStart = { draft, next: draft.end + join[0].length };
    }
  }
}

const LETTERS = /\p{L}+/gu;
const LONGEST_WORD = Math.max(...[...WORD_VALUES.keys()].map((w) => w.length));
const NEXT_WORD = new RegExp(`${GAP1}(\\p{L}+)`, 'uy');
const BEFORE_OF = /(?:^|[^\p{L}\d])(\d+|\p{L}+)\s+av\s+$/u;
/** Neighbours that make a number word part of a compound, a code or a path ("tre-", "/tre/"). */
const WORD_GLUE_BEFORE = new Set(['-', '\u2013', '/', '.', '_', '@']);
const WORD_GLUE_AFTER = new Set(['-', '\u2013', '/', '_', '@']);
/**
 * Words after which a number word is not counting anything ("alla tre är", "sex och samlevnad").
 * Any other word is taken as the counted noun, or an adjective before it ("tre olika zoner").
 */
const NOT_COUNTED = new Set([
  'och',
  'eller',
  'samt',
  'men',
  'utan',
  'i',
  'på',
  'till',
  'för',
  'från',
  'med',
  'mot',
  'om',
  'vid',
  'under',
  'över',
  'efter',
  'före',
  'inom',
  'hos',
  'genom',
  'sedan',
  'som',
  'är',
  'var',
  'varit',
  'har',
  'hade',
  'blir',
  'blev',
  'kan',
  'ska',
  'skulle',
  'kommer',
  'att',
  'det',
  'den',
  'de',
  'dem',
  'dessa',
  'där',
  'när',
  'då',
  'så',
  'än',
  'också',
  'även',
  'inte',
  'per',
  'respektive',
]);

/** The total in "fyra av fem", "sju av 18": the word just after "<number> av". */
function followsOf(text: string, start: number): boolean {
  const m = BEFORE_OF.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && (isDigit(m[1]![0]) || WORD_VALUES.has(m[1]!.toLowerCase()));
}

function scanWords(text: string, out: Draft[]): void {
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(text); m; m = LETTERS.exec(text)) {
    if (m[0].length < 2 || m[0].length > LONGEST_WORD) continue;
    const word = m[0].toLowerCase();
    const value = WORD_VALUES.get(word);
    if (value === undefined) continue;
    const start = m.index;
    let end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    const glued = isDigit(before) || isDigit(after) || WORD_GLUE_BEFORE.has(before ?? '') || WORD_GLUE_AFTER.has(after ?? '');
    if (glued) continue;
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(text)?.[1]?.toLowerCase();
    const counts =
      word === 'en' || word === 'ett'
        ? next === 'av' // "en av riskerna"; otherwise "en"/"ett" is an article
        : next === 'av' || (next !== undefined && !NOT_COUNTED.has(next)) || followsOf(text, start);
    if (!counts) continue;
    const unit = readUnit(text, end);
    if (unit) end = unit.end;
    out.push(mention(text, start, end, { neg: false, int: String(value), frac: '' }, unit, 'word', false));
  }
}

const OF_TOTAL = /^\s+(?:\p{L}+\s+)?av\s+(?:totalt\s+|sammanlagt\s+)?$/iu;
const plainCount = (d: Draft) =>
  (d.unit === undefined || d.unit === 'antal') && d.shift === 0 && !d.isYear && Number.isInteger(d.value) && d.value >= 0;

export function findNumbers(text: string): NumberMention[] {
  const drafts: Draft[] = [];
  scanDigits(text, drafts);
  scanWords(text, drafts);
  drafts.sort((a, b) => a.start - b.start);
  // A word's unit can never reach into digits, but keep the promise of disjoint spans regardless.
  const mentions: Draft[] = [];
  for (const d of drafts) if (d.start >= (mentions.at(-1)?.end ?? 0)) mentions.push(d);

  for (let i = 0; i + 1 < mentions.length; i++) {
    const count = mentions[i]!;
    const total = mentions[i + 1]!;
    const outOf = plainCount(count) && plainCount(total) && count.value <= total.value && total.value > 0;
    if (outOf && OF_TOTAL.test(text.slice(count.end, total.start))) {
      count.ofTotal = total.value;
    }
  }
  return mentions.map(withoutWork);
}

/** A draft as a mention: its own fields in the same order, without the working ones (no rest copy, which is slow per figure). */
function withoutWork(d: Draft): NumberMention {
  const { start, end, text, value, decimals, unit, source, isYear, ofTotal } = d;
  const m: NumberMention = { start, end, text, value, decimals, unit, source, isYear };
  return ofTotal === undefined ? m : { ...m, ofTotal };
}
