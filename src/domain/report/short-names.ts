/**
 * @module What an indicator is called in running text. A report's table name ("Sjukfrånvaro,
 * totalt", "Vuxna som …, andel") is not what a person writes in a sentence; the drafter writes the
 * name given here and the checker reads it as that indicator.
 *
 * The rules, in order (they use only Swedish grammar and the report itself, never a list of
 * known indicators, so they hold for any municipality's report):
 * 1. `indicators[].shortName` from the data wins, always.
 * 2. Otherwise a short form by rule (`deriveShortName`):
 *    - a unit at the end is dropped ("Sjukfrånvaro (%)", "…, antal", "…, medelvärde"): the
 *      figure carries it;
 *    - a short lower-case tail after a comma is joined on ("Sjukfrånvaro, totalt" →
 *      "sjukfrånvaro totalt"), since a comma inside a name breaks the sentence it stands in;
 *    - "X, andel" / "X. andel" / "Andel X" → "andelen X"; "Antal X" → "antalet X";
 *    - "Område, andel Y" (a category before the measure) → "andelen Y inom område", the category
 *      after the measure's first noun ("andelen ärenden inom beroendevård där …");
 *    - an abbreviation after a comma goes in parentheses ("hållbart medarbetarengagemang (HME
 *      totalt index)"), so the name can stand in a list;
 *    - full stops inside a name ("… grundskolan. Placerade under …") become commas;
 *    - the first word is lower-cased unless it is an abbreviation (IFO, HME, LSS).
 * 3. A short form is used only where it is unique in the report (case-insensitive); where two
 *    indicators derive the same form, the part that tells them apart would be lost, so both keep
 *    their table names.
 * 4. A form of more than eight words is not what a person writes in a sentence. It is cut at a
 *    natural boundary (before "som", a preposition, a conjunction or a comma), keeping as many
 *    words as fit in eight (a comma that opens a list, "barn, ungdomar och familjer", is not a
 *    boundary), and the cut is used only when no other indicator of the report starts with the
 *    same words — so what tells siblings apart is always kept. When no cut is unique, the long form stays; the drafter then does not name that indicator
 *    on its own in a sentence.
 */
import type { Indicator, ReportDocument } from './report';

/** A unit in parentheses or after a comma at the end of a table name: it is said by the figure, not the name. */
const TRAILING_UNIT =
  /\s*(?:,\s*|\()\s*(?:%|procent|antal|kr(?:onor)?(?:\/[a-zåäö]+)?|dagar|index|medelvärde(?:\s+skala\s+\d+\s*[-–]\s*\d+)?|skala\s+\d+\s*[-–]\s*\d+)\s*\)?\s*$/i;
/** "X, andel" or "X. andel" (also with a parenthesis after it): a share of X. */
const TRAILING_SHARE = /^(.+?)[,.]\s*andel(\s*\([^)]*\))?\s*$/i;
const LEADING_SHARE = /^andel(?:en)?\s+(.+)$/i;
const LEADING_COUNT = /^antal(?:et)?\s+(.+)$/i;
/** "Barn- och ungdomsvård, andel ärenden där …": the category first, then the measure. */
const CATEGORY_SHARE = /^([^,]{2,60}),\s*(andel(?:en)?|antal(?:et)?)\s+(.+)$/i;
/** A short lower-case tail after a comma ("…, totalt", "…, kvinnor och män"). */
const SHORT_TAIL = /,\s+(\p{Ll}[\p{L}\s-]*)$/u;

/** Words that start a new part of a noun phrase: a cut before one of them leaves a whole phrase. */
const BOUNDARY = new Set([
  'som', 'och', 'eller', 'samt', 'där', 'vid', 'för', 'i', 'på', 'inom', 'efter', 'från', 'till', 'med', 'mot', 'av', 'om', 'under', 'utan', 'genom', 'hos', 'bland', 'per',
]);
/** Words a cut must not end on: the phrase would hang ("andelen vuxna som"). */
const DANGLING = new Set([...BOUNDARY, 'att', 'de', 'den', 'det', 'en', 'ett', 'sin', 'sitt', 'sina', 'deras', 'hen', 'grund', '-', '–']);

export const MAX_PROSE_WORDS = 8;

/** Words as a reader counts them: tokens with a letter or digit (a lone dash is not a word). */
export function proseWordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/** Lower-cases the first word in running text, unless it is an abbreviation (IFO, LSS, HME) or starts with a digit. */
export function lowerFirstWord(text: string): string {
  const first = text.split(/[\s,-]/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && /[A-ZÅÄÖ]/.test(first)) return text;
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}

/**
 * The short form of a table name by rule: the unit dropped, "X, andel" and "Andel X" as
 * "andelen X", "Antal X" as "antalet X", a category before the measure moved after it, the first
 * word lower-cased. Returns the name itself (lower-cased) when no rule applies.
 */
export function deriveShortName(name: string): string {
  return derivedForms(name)[0]!;
}

/**
 * The short forms of a table name, the one to prefer first. A name with a category before its
 * measure ("Beroendevård, andel ärenden där …") has two: the measure alone, used only where it is
 * unique in the report, and the measure with its category ("andelen ärenden inom beroendevård där …").
 */
function derivedForms(name: string): string[] {
  let text = name.trim().replace(/\s+/g, ' ').replace(/[.;:]+$/, '');
  for (let i = 0; i < 2; i++) text = text.replace(TRAILING_UNIT, '').trim();
  const trailing = TRAILING_SHARE.exec(text);
  const category = CATEGORY_SHARE.exec(text);
  const forms: string[] = [];
  if (trailing) text = `andelen ${lowerFirstWord(trailing[1]!.trim())}${trailing[2] ?? ''}`;
  else if (category && !/\ssom\s/i.test(category[1]!)) {
    const share = /^antal/i.test(category[2]!) ? 'antalet' : 'andelen';
    const measure = category[3]!.trim();
    const where = `inom ${lowerFirstWord(category[1]!.trim())}`;
    // The category goes before the measure's first clause: "andelen barn utsatta för våld inom barn- och ungdomsvård som …".
    const clause = /\s(?:som|där|att)\s/.exec(` ${measure} `);
    const withCategory = /^(?:som|där|att)\s/.test(measure)
      ? `${share} ${where} ${measure}`
      : clause
        ? `${share} ${measure.slice(0, clause.index - 1)} ${where} ${measure.slice(clause.index)}`
        : `${share} ${measure} ${where}`;
    forms.push(`${share} ${measure}`);
    text = withCategory;
  } else {
    const share = LEADING_SHARE.exec(text);
    const count = LEADING_COUNT.exec(text);
    if (share) text = `andelen ${share[1]!.trim()}`;
    else if (count) text = `antalet ${count[1]!.trim()}`;
  }
  forms.push(text);
  return forms.map((f) => {
    // "17-åringar … grundskolan. Placerade under hela årkurs 9": a full stop inside a name is a comma in prose.
    let out = f.replace(/\.\s+(\p{Lu})/gu, (_, c: string) => `, ${c.toLocaleLowerCase('sv')}`).replace(/\s+/g, ' ');
    const tail = SHORT_TAIL.exec(out);
    if (tail && proseWordCount(tail[1]!) <= 2) out = `${out.slice(0, tail.index)} ${tail[1]!}`;
    // "Hållbart medarbetarengagemang, HME totalt index": an abbreviation after a comma is the name's short form.
    const abbr = /^([^,]+),\s+(\p{Lu}{2,}[^,]*)$/u.exec(out);
    if (abbr) out = `${abbr[1]!} (${abbr[2]!.trim()})`;
    return lowerFirstWord(out.trim());
  });
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const key = (text: string) => text.toLocaleLowerCase('sv').replace(/[,]/g, '').replace(/\s+/g, ' ').trim();

/** The cuts of a long form at natural boundaries, longest first, each at most eight words. */
function cuts(form: string): string[] {
  const ws = words(form);
  const out: string[] = [];
  for (let end = ws.length - 1; end >= 2; end--) {
    const next = ws[end]!.toLocaleLowerCase('sv');
    const last = ws[end - 1]!.toLocaleLowerCase('sv').replace(/,$/, '');
    // A comma that opens a list ("barn, ungdomar och familjer") is not a place to cut.
    const atComma = ws[end - 1]!.endsWith(',') && !(ws[end + 1] === 'och' || ws[end + 2] === 'och');
    if (!(BOUNDARY.has(next) || atComma) || DANGLING.has(last)) continue;
    const cut = ws.slice(0, end).join(' ').replace(/,$/, '');
    if (proseWordCount(cut) <= MAX_PROSE_WORDS && proseWordCount(cut) >= 2) out.push(cut);
  }
  return out;
}


/**
 * The name each indicator goes by in prose, by indicator id: its own `shortName`, else the
 * derived short form where no other indicator of the report derives the same one (the part
 * that tells siblings apart is never dropped), cut to at most eight words where a cut is unique,
 * else the table name.
 */
export function proseNames(doc: ReportDocument): Map<string, string> {
  const all: Indicator[] = doc.goals.flatMap((g) => g.indicators);
  const forms = new Map(all.map((ind) => [ind, ind.shortName ? [ind.shortName] : derivedForms(ind.name)]));
  // A form or cut is unique when no other indicator has a form that is, or starts with, the same words.
  const taken = (self: Indicator, candidate: string) => {
    const k = key(candidate);
    return all.some((o) => o !== self && forms.get(o)!.some((f) => key(f) === k || key(f).startsWith(`${k} `)));
  };
  const out = new Map<string, string>();
  for (const ind of all) {
    if (ind.shortName) {
      out.set(ind.id, ind.shortName);
      continue;
    }
    const own = forms.get(ind)!.filter((f) => !all.some((o) => o !== ind && forms.get(o)!.some((g) => key(g) === key(f))));
    const short = own.find((f) => proseWordCount(f) <= MAX_PROSE_WORDS);
    const cut = own.flatMap(cuts).find((c) => !taken(ind, c));
    out.set(ind.id, short ?? cut ?? own[own.length - 1] ?? ind.name);
  }
  return out;
}
