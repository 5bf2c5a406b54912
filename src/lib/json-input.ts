/**
 * @module What a JSON body may hold beyond being JSON: nesting no deeper than MAX_JSON_DEPTH
 * (checked on the text, before parsing), and strings a person and a Word file can both read.
 *
 * Per character, decided once for every field:
 * - NUL, U+FFFE, U+FFFF and unpaired surrogates are refused with 400 naming the field: they never
 *   come from typing, NUL cuts text short where it is read back by C code, and the others make a
 *   .docx invalid XML.
 * - Other C0 control characters (from pasted text: vertical tab and form feed from Word, bell,
 *   escape) are stripped, vertical tab and form feed becoming a space: a person cannot see them.
 * - An object key `__proto__` is refused: JavaScript objects drop it silently (a breakdown
 *   "__proto__" would vanish).
 */
import { formatPath } from '../domain/report';
import { AppError, invalid } from './errors';
import { jsonSyntaxProblem } from './json-error';
import { MAX_JSON_DEPTH } from './limits';

/** The deepest nesting of `[` and `{` outside strings; stops counting once past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > limit) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

// Control characters are what these patterns are about: refused (NUL, non-characters, lone surrogates) or stripped.
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0001-\u0008\u000B\u000C\u000E-\u001F]/g;

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export function cleanString(s: string, path: (string | number)[]): string {
  const bad = REFUSED.exec(s);
  if (bad) {
    const field = formatPath(path) || '(dokumentet)';
    throw invalid(
      [
        {
          path: field,
          message: `innehåller tecknet ${codePoint(bad[0])}, som inte kan visas eller sparas i ett Word-dokument; ta bort det`,
        },
      ],
      `Fältet ${field} innehåller ett otillåtet tecken (${codePoint(bad[0])}). Inget har sparats.`,
    );
  }
  return STRIPPED.test(s) ? s.replace(STRIPPED, (ch) => (ch === '\u000B' || ch === '\u000C' ? ' ' : '')).replace(/ {2,}/g, ' ') : s;
}

/** A copy of `value` with every string cleaned as above; throws 400 for what is refused. */
export function cleanJson(value: unknown, path: (string | number)[] = []): unknown {
  if (typeof value === 'string') return cleanString(value, path);
  if (Array.isArray(value)) return value.map((v, i) => cleanJson(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        const field = formatPath([...path, key]);
        throw invalid(
          [{ path: field, message: 'nyckeln __proto__ är inte tillåten' }],
          `Fältet ${field}: nyckeln __proto__ är inte tillåten. Inget har sparats.`,
        );
      }
      const clean = cleanString(key, [...path, key]);
      out[clean] = cleanJson((value as Record<string, unknown>)[key], [...path, clean]);
    }
    return out;
  }
  return value;
}

/** Parses JSON text within the nesting limit (400 when deeper, or when it is not JSON); strings not yet cleaned. */
export function parseJsonText(raw: string): unknown {
  if (jsonDepthExceeds(raw, MAX_JSON_DEPTH)) {
    throw new AppError(
      'bad_request',
      `Underlaget är kapslat i fler än ${MAX_JSON_DEPTH} nivåer (listor och objekt i varandra); så djupt går inget giltigt underlag.`,
    );
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw invalid([{ path: '(dokumentet)', message: `ogiltig JSON, ${jsonSyntaxProblem(raw, e)}` }], 'Underlaget är inte giltig JSON.');
  }
}

/** Parses a JSON body within the limits and cleans its strings. */
export function parseJsonInput(raw: string, check?: (parsed: unknown) => void): unknown {
  const parsed = parseJsonText(raw);
  check?.(parsed);
  return cleanJson(parsed);
}
