/** @module Removes personal identifiers (personnummer, samordningsnummer, e-mail addresses, phone numbers) from text before it leaves for a model. */

export type RedactionKind = 'personnummer' | 'e-post' | 'telefon';

export interface Redaction {
  kind: RedactionKind;
  /** Span in the original text. */
  start: number;
  end: number;
}

/** What stands in the text instead: words without digits, so no checker reads them as figures. */
export const REDACTED: Readonly<Record<RedactionKind, string>> = {
  personnummer: '[personnummer borttaget]',
  'e-post': '[e-postadress borttagen]',
  telefon: '[telefonnummer borttaget]',
};

/** YYMMDD or YYYYMMDD with a real month and a day 01–31 (personnummer) or 61–91 (samordningsnummer). */
function looksLikeBirthDate(digits: string): boolean {
  const d = digits.length === 8 ? digits.slice(2) : digits;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

// With a separator the shape alone is enough; without one the date must also look like a birth date.
const PERSONNUMMER = /(?<![\p{L}\d])((?:19|20)?\d{6})\s?([-+])\s?(\d{4})(?!\d)|(?<![\p{L}\d,.])((?:19|20)?\d{6})(\d{4})(?![\d,.]\d|\p{L})/gu;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;
// Swedish numbers start 0 (trunk prefix) or +46/0046; grouped with spaces or dashes, 8–10 digits after the prefix.
const PHONE = /(?<![\p{L}\d,.+])(?:\+46|0046|0)[\s-]?\(?0?\)?\s?[1-9]\d{0,3}(?:[\s-]?\d){5,8}(?![\d,.]\d|\p{L})/gu;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

function collect(text: string): Redaction[] {
  const found: Redaction[] = [];
  for (const m of text.matchAll(EMAIL)) found.push({ kind: 'e-post', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(PERSONNUMMER)) {
    const date = m[1] ?? m[4] ?? '';
    if (m[4] !== undefined && !looksLikeBirthDate(date)) continue;
    if (m[1] !== undefined && !looksLikeBirthDate(date)) continue;
    found.push({ kind: 'personnummer', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PHONE)) {
    const n = digitCount(m[0]);
    if (n < 8 || n > 13) continue;
    found.push({ kind: 'telefon', start: m.index, end: m.index + m[0].length });
  }
  // Earlier and longer spans win where two overlap (an e-mail address holding digits, say).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Redaction[] = [];
  for (const r of found) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) continue;
    kept.push(r);
  }
  return kept;
}

/** The text with every identifier replaced, and what was replaced (spans in the original). */
export function redactText(text: string): { text: string; redactions: Redaction[] } {
  const redactions = collect(text);
  if (redactions.length === 0) return { text, redactions };
  let out = '';
  let at = 0;
  for (const r of redactions) {
    out += text.slice(at, r.start) + REDACTED[r.kind];
    at = r.end;
  }
  return { text: out + text.slice(at), redactions };
}

export function redact(text: string): string {
  return redactText(text).text;
}
