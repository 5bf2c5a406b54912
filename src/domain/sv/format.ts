/** @module Writing Swedish figures from data (7,8 · 1 931 · −16,8 · fyra), rounding on decimal digits as a person does, and whether a written figure is a fact at its precision. */

/** The minus we print: a true minus sign, as typeset reports use, not a hyphen that can break a line. */
export const MINUS = '\u2212';
/** The thousands separator we print: a no-break space, so "1 931" never splits across lines. */
export const THIN_GROUP = '\u00a0';

export interface FormatOptions {
  /** Exactly this many decimals (overrides minDecimals/maxDecimals). */
  decimals?: number;
  minDecimals?: number;
  /** Default 2: reports rarely print more, and more would show float noise. */
  maxDecimals?: number;
  /** Print "+" before positive values, for changes ("+0,8 procentenheter"). */
  signed?: boolean;
}

// ---------------------------------------------------------------- decimal digits

/**
 * A number as decimal digit strings. Rounding works on these digits rather than on binary
 * doubles, so 1,005 rounds to 1,01 the way a person (and Excel) rounds it, not to 1,00.
 */
export interface Digits {
  neg: boolean;
  int: string;
  frac: string;
}

const stripLeadingZeros = (s: string) => s.replace(/^0+(?=\d)/, '');

function toDigits(value: number): Digits {
  const s = Math.abs(value).toString();
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + exp;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return { neg: value < 0, int: stripLeadingZeros(digits.slice(0, point)), frac: digits.slice(point).replace(/0+$/, '') };
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return '1' + out.join('');
}

/** Rounds half away from zero to `places` decimals; negative places round to tens, hundreds … */
function roundDigits(d: Digits, places: number): Digits {
  if (places < 0) {
    const k = -places;
    const padded = d.int.padStart(k + 1, '0');
    const r = roundDigits({ neg: d.neg, int: padded.slice(0, -k), frac: padded.slice(-k) + d.frac }, 0);
    return { neg: d.neg, int: stripLeadingZeros(r.int + '0'.repeat(k)), frac: '' };
  }
  if (d.frac.length <= places) return d;
  const head = d.int + d.frac.slice(0, places);
  const rounded = d.frac.charCodeAt(places) >= 53 /* '5' */ ? increment(head).padStart(head.length, '0') : head;
  const cut = rounded.length - places;
  return { neg: d.neg, int: stripLeadingZeros(rounded.slice(0, cut) || '0'), frac: rounded.slice(cut) };
}

/**
 * Drops binary noise past 15 significant digits (0.1 + 0.2 is 0.30000000000000004), the
 * precision a double holds reliably and that spreadsheets display.
 */
function withoutFloatNoise(d: Digits): Digits {
  if (d.frac === '') return d;
  const intSignificant = d.int === '0' ? 0 : d.int.length;
  const leadingZeros = intSignificant === 0 ? d.frac.length - d.frac.replace(/^0+/, '').length : 0;
  return roundDigits(d, Math.max(0, 15 - intSignificant) + leadingZeros);
}

const ONLY_DIGITS = /^\d*$/;
const isZeroDigits = (d: Digits) => /^0*$/.test(d.int + d.frac);

export function digitsToNumber(d: Digits, shift = 0): number {
  // A whole number of at most 15 digits is exact as it is: no string to build (this runs for every figure).
  const n =
    shift === 0 && d.frac === '' && d.int.length <= 15 && ONLY_DIGITS.test(d.int)
      ? (d.neg ? -1 : 1) * Number(d.int || '0')
      : Number(`${d.neg ? '-' : ''}${d.int || '0'}.${d.frac || '0'}e${shift}`);
  return n === 0 ? 0 : n; // never −0: it would print or compare as a sign
}

function roundHalfAway(value: number, places: number): number {
  return digitsToNumber(roundDigits(withoutFloatNoise(toDigits(value)), places));
}

// ---------------------------------------------------------------- writing

function checkPlaces(name: string, n: number | undefined): void {
  if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= 20)) {
    throw new RangeError(`${name} must be an integer 0–20, got ${n}`);
  }
}

const groupThousands = (int: string) => (int.length < 4 ? int : int.replace(/\B(?=(\d{3})+$)/g, THIN_GROUP));

export function formatNumber(value: number, opts: FormatOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as a Swedish number`);
  checkPlaces('decimals', opts.decimals);
  checkPlaces('minDecimals', opts.minDecimals);
  checkPlaces('maxDecimals', opts.maxDecimals);
  const min = opts.decimals ?? opts.minDecimals ?? 0;
  const max = opts.decimals ?? opts.maxDecimals ?? Math.max(2, min);
  if (min > max) throw new RangeError(`minDecimals ${min} exceeds maxDecimals ${max}`);

  const rounded = roundDigits(withoutFloatNoise(toDigits(value)), max);
  let frac = rounded.frac.replace(/0+$/, '');
  if (frac.length < min) frac = frac.padEnd(min, '0');
  // A value that rounds to zero has no sign: "−0,0" would claim a decrease nobody measured.
  const sign = isZeroDigits(rounded) ? '' : rounded.neg ? MINUS : opts.signed ? '+' : '';
  return `${sign}${groupThousands(rounded.int)}${frac ? `,${frac}` : ''}`;
}

export function formatQuantity(value: number, unit?: string, opts?: FormatOptions): string {
  const n = formatNumber(value, opts);
  const one = /^[+\u2212]?1$/.test(n); // Swedish takes the singular only for exactly "1"
  const label = unit?.trim() ?? '';
  const key = label.toLowerCase().replace(/\s+/g, ' ');
  switch (key) {
    case '':
    case 'antal':
    case 'st':
    case 'index':
      return n;
    case '%':
    case 'procent':
      return `${n} procent`;
    case 'procentenheter':
    case 'procentenhet':
    case '%-enheter':
      return `${n} ${one ? 'procentenhet' : 'procentenheter'}`;
    case 'mnkr':
    case 'mkr':
    case 'miljoner kronor':
      return `${n} ${one ? 'miljon' : 'miljoner'} kronor`;
    case 'tkr':
    case 'tusen kronor':
      return `${n} tusen kronor`;
    case 'kr':
    case 'kronor':
      return `${n} ${one ? 'krona' : 'kronor'}`;
    case 'kr/invånare':
    case 'kr/inv':
    case 'kr per invånare':
    case 'kronor per invånare':
      return `${n} kr/invånare`;
    case 'dagar':
    case 'dag':
      return `${n} ${one ? 'dag' : 'dagar'}`;
  }
  // A mean on a scale reads as the bare number; "4,3 på skalan 1–5" would add figures no fact backs.
  if (key.startsWith('skala')) return n;
  return `${n} ${label}`;
}

export const SMALL_WORDS = [
  'noll',
  'en',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tretton',
  'fjorton',
  'femton',
  'sexton',
  'sjutton',
  'arton',
  'nitton',
  'tjugo',
] as const;
const ROUND_WORDS: Readonly<Record<number, string>> = { 30: 'trettio', 40: 'fyrtio', 50: 'femtio', 100: 'hundra' };

/** The word a report uses for a small count; 1 is "en", the form that fits "en av indikatorerna". */
export function numberWord(n: number): string | undefined {
  if (Number.isInteger(n) && n >= 0 && n < SMALL_WORDS.length) return SMALL_WORDS[n];
  return ROUND_WORDS[n];
}

// ---------------------------------------------------------------- checking

/**
 * Whether `written`, printed with `decimals` decimals, is `fact` rounded half away from zero
 * ("7,8" stands for 7,75 up to, not including, 7,85). Negative decimals compare at tens or
 * hundreds, for figures written in a larger unit ("1,2 miljarder").
 */
export function matchesAtPrecision(written: number, decimals: number, fact: number): boolean {
  if (!Number.isInteger(decimals) || decimals > 20 || decimals < -20) {
    throw new RangeError(`decimals must be an integer −20..20, got ${decimals}`);
  }
  if (!Number.isFinite(written) || !Number.isFinite(fact)) return false;
  const expected = roundHalfAway(fact, decimals);
  // Room for a `written` that went through arithmetic: a few dozen ulps, far below one unit of the last place.
  const tolerance = Math.max(10 ** -decimals * 1e-6, Math.abs(expected) * 1e-14);
  return Math.abs(expected - written) <= tolerance;
}
