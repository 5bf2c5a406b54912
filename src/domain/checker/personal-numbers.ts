/** @module Finds personnummer and samordningsnummer in a text: a motivation in a social-services report must never carry one. */
import type { Finding } from './checker';

// 6 or 8 date digits, an optional "-" or "+", 4 digits; not inside a longer run of digits or a word.
const CANDIDATE = /(?<![\p{L}\d\-/.,])((?:18|19|20)?\d{6})\s?([-+]?)\s?(\d{4})(?![\d\p{L}]|[,.]\d)/gu;

function validDate(yymmdd: string): { samordning: boolean } | null {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
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

export function checkPersonalNumbers(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const date = m[1]!;
    const separator = m[2] ?? '';
    const ten = date.slice(-6) + m[3]!;
    const valid = validDate(date.slice(-6));
    if (!valid) continue;
    const luhn = luhnValid(ten);
    // Without a separator or a valid check digit, ten digits may be anything; with one, it is still someone's number mistyped.
    if (!luhn && separator === '') continue;
    const what = valid.samordning ? 'ett samordningsnummer' : 'ett personnummer';
    out.push({
      severity: luhn ? 'error' : 'warning',
      code: 'personal_identity_number',
      message: luhn
        ? `Texten innehåller ${what}. Personuppgifter får inte stå i en motivering; ta bort det.`
        : `Texten innehåller något som ser ut som ${what}. Personuppgifter får inte stå i en motivering; kontrollera och ta bort det.`,
      start: m.index,
      end: m.index + m[0].length,
      facts: [],
    });
  }
  return out;
}
