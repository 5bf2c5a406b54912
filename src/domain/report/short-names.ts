/**
 * @module What an indicator is called in running text. A report's table name ("Sjukfrånvaro,
 * totalt", "Vuxna som …, andel") is not what a person writes in a sentence; `shortName` from the
 * data wins, otherwise a short form is derived by rule and used only where it is unique in the
 * report, so the drafter writes it and the checker reads it as that indicator.
 */
import type { Indicator, ReportDocument } from './report';

/** A unit in parentheses or after a comma at the end of a table name: it is said by the figure, not the name. */
const TRAILING_UNIT = /\s*(?:,\s*|\()\s*(?:%|procent|antal|kr(?:onor)?(?:\/[a-zåäö]+)?|dagar|index)\s*\)?\s*$/i;
/** "X, andel" or "X. andel" (also with a parenthesis after it): a share of X. */
const TRAILING_SHARE = /^(.+?)[,.]\s*andel(\s*\([^)]*\))?\s*$/i;
const LEADING_SHARE = /^andel(?:en)?\s+(.+)$/i;
const LEADING_COUNT = /^antal(?:et)?\s+(.+)$/i;

/** Lower-cases the first word in running text, unless it is an abbreviation (IFO, LSS, HME) or starts with a digit. */
export function lowerFirstWord(text: string): string {
  const first = text.split(/[\s,-]/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && /[A-ZÅÄÖ]/.test(first)) return text;
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}

/**
 * The short form of a table name by rule: the unit dropped, "X, andel" and "Andel X" as
 * "andelen X", "Antal X" as "antalet X", the first word lower-cased. Returns the name itself
 * (lower-cased) when no rule applies.
 */
export function deriveShortName(name: string): string {
  let text = name.trim().replace(TRAILING_UNIT, '').trim();
  const trailing = TRAILING_SHARE.exec(text);
  if (trailing) text = `andelen ${lowerFirstWord(trailing[1]!.trim())}${trailing[2] ?? ''}`;
  else {
    const share = LEADING_SHARE.exec(text);
    const count = LEADING_COUNT.exec(text);
    if (share) text = `andelen ${share[1]!.trim()}`;
    else if (count) text = `antalet ${count[1]!.trim()}`;
  }
  return lowerFirstWord(text.trim());
}

/**
 * The name each indicator goes by in prose, by indicator id: its own `shortName`, else the
 * derived short form where no other indicator of the report derives the same one (the part
 * that tells siblings apart is never dropped), else the table name.
 */
export function proseNames(doc: ReportDocument): Map<string, string> {
  const all: Indicator[] = doc.goals.flatMap((g) => g.indicators);
  const derivedCount = new Map<string, number>();
  for (const ind of all) {
    const key = deriveShortName(ind.name).toLocaleLowerCase('sv');
    derivedCount.set(key, (derivedCount.get(key) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const ind of all) {
    if (ind.shortName) {
      out.set(ind.id, ind.shortName);
      continue;
    }
    const derived = deriveShortName(ind.name);
    out.set(ind.id, (derivedCount.get(derived.toLocaleLowerCase('sv')) ?? 0) > 1 ? ind.name : derived);
  }
  return out;
}
