/** @module Removes personal identifiers (personnummer, samordningsnummer, e-mail addresses, phone numbers) from text before it leaves for a model. */

import { findPersonnummer } from './personnummer';

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

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;
// Swedish numbers start 0 (trunk prefix) or +46/0046; grouped with spaces or dashes, 8–10 digits after the prefix.
const PHONE = /(?<![\p{L}\d,.+])(?:\+46|0046|0)[\s-]?\(?0?\)?\s?[1-9]\d{0,3}(?:[\s-]?\d){5,8}(?![\d,.]\d|\p{L})/gu;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

function collect(text: string): Redaction[] {
  const found: Redaction[] = [];
  for (const m of text.matchAll(EMAIL)) found.push({ kind: 'e-post', start: m.index, end: m.index + m[0].length });
  // The redaction policy: every look-alike, valid or not.
  for (const h of findPersonnummer(text, 'redact')) found.push({ kind: 'personnummer', start: h.start, end: h.end });
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
