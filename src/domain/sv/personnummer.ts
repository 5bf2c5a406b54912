/**
 * @module Personnummer and samordningsnummer in text: one module, two policies. Redaction takes
 * anything shaped like one (a date that could be a birth date, then four digits), with no check
 * digit, so a mistyped number never reaches a model. The checker tells a valid number (date and
 * Luhn check, by the `personnummer` package) from a look-alike, to give an error or a warning.
 */
import Personnummer from 'personnummer';

export interface PersonnummerHit {
  start: number;
  end: number;
  /** Day 61–91: a samordningsnummer. */
  samordning: boolean;
  /** Written with "-" or "+" between date and digits. */
  separated: boolean;
  /** A real number: its date and its check digit hold. */
  valid: boolean;
}

/** YYMMDD or YYYYMMDD with a real month and a day 01–31 (personnummer) or 61–91 (samordningsnummer). */
export function birthDate(digits: string): { samordning: boolean } | null {
  const d = digits.length === 8 ? digits.slice(2) : digits.slice(-6);
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (month < 1 || month > 12) return null;
  if (day >= 1 && day <= 31) return { samordning: false };
  if (day >= 61 && day <= 91) return { samordning: true };
  return null;
}

/** The Luhn check the Swedish Tax Agency uses on the last ten digits. */
export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether ten or twelve digits (with or without a separator) are a real personnummer or samordningsnummer. */
export function isValidPersonnummer(written: string): boolean {
  const compact = written.replace(/\s/g, '');
  try {
    if (Personnummer.valid(compact, { allowCoordinationNumber: true, allowInterimNumber: false })) return true;
  } catch {
    // the package throws on shapes it does not read; our own check decides then
  }
  const digits = compact.replace(/\D/g, '');
  return birthDate(digits.slice(-10, -4)) !== null && luhnValid(digits.slice(-10));
}

// Redaction: with a separator the shape alone is enough; without one the date must look like a birth date.
const REDACT_SHAPE =
  /(?<![\p{L}\d])((?:19|20)?\d{6})\s?([-+])\s?(\d{4})(?!\d)|(?<![\p{L}\d,.])((?:19|20)?\d{6})(\d{4})(?![\d,.]\d|\p{L})/gu;
// Checking: 6 or 8 date digits, an optional "-" or "+", 4 digits; not inside a longer run of digits, a word or a decimal.
const CHECK_SHAPE = /(?<![\p{L}\d\-/.,])((?:18|19|20)?\d{6})\s?([-+]?)\s?(\d{4})(?![\d\p{L}]|[,.]\d)/gu;

/**
 * Personnummer-shaped numbers in a text under a policy: `redact` finds every look-alike (to
 * remove), `check` those whose date holds, each with whether it is a valid number.
 */
export function findPersonnummer(text: string, policy: 'redact' | 'check'): PersonnummerHit[] {
  const out: PersonnummerHit[] = [];
  if (policy === 'redact') {
    for (const m of text.matchAll(REDACT_SHAPE)) {
      const date = m[1] ?? m[4] ?? '';
      const d = birthDate(date);
      if (!d) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        samordning: d.samordning,
        separated: m[2] !== undefined,
        valid: isValidPersonnummer(m[0]),
      });
    }
    return out;
  }
  for (const m of text.matchAll(CHECK_SHAPE)) {
    const d = birthDate(m[1]!);
    if (!d) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      samordning: d.samordning,
      separated: (m[2] ?? '') !== '',
      valid: isValidPersonnummer(m[0]),
    });
  }
  return out;
}
