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
 *    - "Källa X - det som mäts, andel" (a survey before a spaced dash, the measure after it) →
 *      "andelen med det som mäts enligt källa X" ("där" before a sentence, "som är" before a predicate);
 *    - the first word is lower-cased unless it is an abbreviation (IFO, HME, LSS).
 * 3. A short form is used only where it is unique in the report (case-insensitive); where two
 *    indicators derive the same form, the part that tells them apart would be lost, so both keep
 *    their table names.
 * 4. What is measured is never dropped. In a share or an average it is the last relative clause
 *    ("individer som haft insats … som upplever en positiv förändring …"); the clauses before it
 *    only qualify who is counted. A form may drop those qualifying clauses, and a time adverbial
 *    right after "som" ("som efter avslutad insats nått målet"), when what remains is unique in the
 *    report ("andelen individer som upplever en positiv förändring …").
 * 5. A form of more than eight words is not what a person writes in a sentence. It is cut at a
 *    natural boundary (before "som", a preposition, a conjunction or a comma), keeping as many
 *    words as fit in eight (a comma that opens a list, "barn, ungdomar och familjer", is not a
 *    boundary), and the cut is used only when no other indicator of the report starts with the
 *    same words — so what tells siblings apart is always kept — and only when it keeps the measuring
 *    clause's verb. When no cut is unique, the long form stays; the drafter then does not name that indicator
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
/** "Källa X - det som mäts": a survey or source before a spaced dash, the measured thing after it. */
const DASHED = /^(.{3,}?)\s+[-–]\s+(\S.*)$/;
/** A short lower-case tail after a comma ("…, totalt", "…, kvinnor och män"). */
const SHORT_TAIL = /,\s+(\p{Ll}[\p{L}\s-]*)$/u;

/** Words that start a new part of a noun phrase: a cut before one of them leaves a whole phrase. */
const BOUNDARY = new Set([
  'som',
  'och',
  'eller',
  'samt',
  'där',
  'vid',
  'för',
  'i',
  'på',
  'inom',
  'efter',
  'från',
  'till',
  'med',
  'mot',
  'av',
  'om',
  'under',
  'utan',
  'genom',
  'hos',
  'bland',
  'per',
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
  let text = name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.;:]+$/, '');
  for (let i = 0; i < 2; i++) text = text.replace(TRAILING_UNIT, '').trim();
  const trailing = TRAILING_SHARE.exec(text);
  const category = CATEGORY_SHARE.exec(text);
  const forms: string[] = [];
  const dashed = trailing ? DASHED.exec(trailing[1]!.trim()) : null;
  if (dashed) {
    // "Brukarbedömning missbruksvård IFO - förbättrad situation, andel": what is measured is after the dash, where it was measured before it.
    const raw = dashed[2]!.trim();
    const measure = lowerFirstWord(raw);
    const second = words(measure)[1]?.toLocaleLowerCase('sv');
    // A sentence ("Brukaren får den hjälp hen vill ha") is said with "där"; a predicate ("nöjd med utbudet", "trygg") with
    // "som är"; a noun phrase ("förbättrad situation") with "med".
    const link = /^\p{Lu}/u.test(raw) && proseWordCount(raw) >= 3 ? 'där' : second !== undefined && BOUNDARY.has(second) ? 'som är' : 'med';
    text = `andelen ${link} ${measure} enligt ${lowerFirstWord(dashed[1]!.trim())}${trailing![2] ?? ''}`;
  } else if (trailing) text = `andelen ${lowerFirstWord(trailing[1]!.trim())}${trailing[2] ?? ''}`;
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

/** Prepositions that open a time or place adverbial right after "som" ("som efter avslutad insats nått …"). */
const ADVERBIAL_PREP = new Set(['efter', 'vid', 'under', 'inom', 'före']);

/**
 * Where the measured thing starts in a share's or average's form, as a word index: the last relative
 * clause ("… som haft insats … som upplever en positiv förändring …", "… och som efter avslutad insats
 * uppnår målet …", "… och efter avslutad insats nått målet …") or the "med/där" after "andelen". A count
 * ("antalet personer som …") counts the whole noun phrase: its measure is the head noun (index 1).
 * A form without a relative clause is all measure (index 0: no cut can keep it, so none is made).
 */
export function measureStart(form: string): number {
  const ws = words(form).map((w) => w.toLocaleLowerCase('sv'));
  if (ws[0] === 'antalet') return 1;
  const firstSom = ws.indexOf('som');
  if (ws[0] === 'andelen' && (ws[1] === 'med' || ws[1] === 'där') && firstSom < 0) return 1;
  if (firstSom < 0) return 0;
  let start = firstSom;
  for (let i = firstSom + 1; i < ws.length; i++) {
    if (ws[i] === 'som') start = ws[i - 1] === 'och' ? i - 1 : i;
    // "… som fått insats … och efter avslutad insats nått målet": a second verb phrase after "och".
    else if (ws[i] === 'och' && ADVERBIAL_PREP.has(ws[i + 1] ?? '')) start = i;
  }
  return start;
}

/**
 * The form with its qualifying clauses dropped: the head noun phrase and the measuring clause only
 * ("andelen individer som haft insats på grund av våld … som upplever en positiv förändring …" →
 * "andelen individer som upplever en positiv förändring …"), and a time adverbial right after "som"
 * dropped ("som efter avslutad insats uppnår målet" → "som uppnår målet"). Null when nothing is dropped.
 */
function measureForm(form: string): string | null {
  const ws = words(form);
  const lower = ws.map((w) => w.toLocaleLowerCase('sv'));
  const firstSom = lower.indexOf('som');
  const start = measureStart(form);
  if (firstSom < 0 || start < firstSom || lower[0] === 'antalet') return null;
  let clause = ws.slice(start);
  if (clause[0]?.toLocaleLowerCase('sv') === 'och') clause = clause.slice(1);
  if (clause[0]?.toLocaleLowerCase('sv') !== 'som') clause = ['som', ...clause];
  // "som efter avslutad insats nått målet": the adverbial tells when, not what; the verb after it is the measure.
  if (ADVERBIAL_PREP.has(clause[1]?.toLocaleLowerCase('sv') ?? '')) {
    const len = /(?:d|t|en|ett|två|tre|sex)$/i.test(clause[2] ?? '') ? 3 : 2;
    if (clause.length > len + 2) clause = ['som', ...clause.slice(1 + len)];
  }
  const out = [...ws.slice(0, firstSom), ...clause].join(' ').replace(/,(?=\s|$)/g, '');
  return key(out) === key(form) ? null : out;
}

/**
 * The cuts of a long form at natural boundaries, longest first, each at most eight words. A cut
 * keeps the measured thing: it keeps the measuring clause's verb ("andelen individer
 * som upplever en positiv förändring", never "andelen individer som haft insats").
 */
function cuts(form: string): string[] {
  const ws = words(form);
  const out: string[] = [];
  const measure = measureStart(form);
  if (measure === 0 && /\ssom\s/i.test(form)) return out;
  const minEnd = measure === 0 ? 2 : measure + (ws[measure]?.toLocaleLowerCase('sv') === 'och' ? 3 : 2);
  for (let end = ws.length - 1; end >= Math.max(2, minEnd); end--) {
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
  const forms = new Map(
    all.map((ind) => {
      if (ind.shortName) return [ind, [ind.shortName]];
      const derived = derivedForms(ind.name);
      const reduced = derived.map(measureForm).filter((f): f is string => f !== null);
      return [ind, [...derived, ...reduced]];
    }),
  );
  // Each form's key, once: the checks below compare every indicator's forms with every other's.
  const keys = new Map([...forms].map(([ind, fs]) => [ind, fs.map(key)]));
  // A form or cut is unique when no other indicator has a form that is, or starts with, the same words.
  const taken = (self: Indicator, candidate: string) => {
    const k = key(candidate);
    return all.some((o) => o !== self && keys.get(o)!.some((f) => f === k || f.startsWith(`${k} `)));
  };
  const out = new Map<string, string>();
  for (const ind of all) {
    if (ind.shortName) {
      out.set(ind.id, ind.shortName);
      continue;
    }
    const own = forms.get(ind)!.filter((f) => {
      const k = key(f);
      return !all.some((o) => o !== ind && keys.get(o)!.includes(k));
    });
    const short = own.find((f) => proseWordCount(f) <= MAX_PROSE_WORDS);
    const cut = own.flatMap(cuts).find((c) => !taken(ind, c));
    out.set(ind.id, short ?? cut ?? own[own.length - 1] ?? ind.name);
  }
  return out;
}
