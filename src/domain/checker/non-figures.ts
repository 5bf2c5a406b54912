/**
 * @module Numbers in prose that are not figures about the data: the day of a date ("den 28
 * februari"), paragraph and page references ("4 kap. 1 §", "§ 45", "sidan 12", "bilaga 3"),
 * clock times ("kl. 8.15", "08.00–16.30"), ages ("ungdomar 13–17 år", "65 år och äldre"),
 * thresholds inside a name ("frånvaro längre än 60 dagar", "dag 1–14"), list numbering ("1)",
 * "punkt 3", "steg 1"); and years that name a span or a plan ("2021–2023", "till 2030"), which stay
 * periods but are no claim the data can contradict.
 */
import type { GoalModel } from './facts';
import { MONTH_WORDS } from '../sv';
import type { NumberMention } from '../sv';

export interface NonFigures {
  /** Mentions that are no figures at all: dropped before anything is read. */
  drop: Set<NumberMention>;
  /** Years that name a span or a plan: still periods, never checked as figures. */
  unchecked: Set<NumberMention>;
}

const MONTH_AFTER = new RegExp(
  `^\\s*(?::?[ae])?\\s*(?:${[...MONTH_WORDS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'].join('|')})\\b\\.?`,
  'iu',
);
/** Words after which a number points into a document or a list. */
const REF_BEFORE =
  /(?:^|[\s(])(?:§§?|sid(?:an|orna)?\.?|s\.|bilag(?:a|an|orna)|punkt(?:en|erna)?|avsnitt(?:et)?|kapitel|kap\.|steg|fas|etapp|åtgärd|aktivitet|delmål|nr|nummer|rad|tabell|figur|diagram|version|paragraf|dnr|mål|läsår|vecka|v\.)\s*$/iu;
const REF_AFTER = /^\s*(?:§|kap\b\.?)/u;
const CLOCK_BEFORE = /(?:^|\s)(?:kl\.?|klockan)\s*$/iu;
const CLOCK_TEXT = /^\d{1,2}[.:]\d{2}$/;
/** Nouns and words for people an age is written after ("unga 13–19 år", "personer över 65 år"). */
const AGE_BEFORE =
  /(?:^|\s)(?:unga|ungdomar|barn|barnen|elever|eleverna|personer|invånare|medarbetare|anställda|brukare|brukarna|flickor|pojkar|kvinnor|män|vuxna|äldre|åldern|ålder|åldrarna|åldersgruppen|mellan|över|under|från|upp\s+till|fyllda|som\s+är|är)\s*(?:\d+\s*[-–]\s*)?$/iu;
const AGE_AFTER = /^\s*(?:och|eller)\s+(?:äldre|yngre|uppåt|över)|^\s*(?:gamla|fyllda)\b/iu;
/** A comparative inside a noun phrase: "frånvaro längre än 60 dagar", "ärenden som tar mer än 30 dagar". */
const THRESHOLD_BEFORE =
  /(?:^|\s)(?:längre|kortare|mer|mindre|fler|färre|äldre|yngre)\s+än\s*$|(?:^|\s)(?:överstigande|understigande)\s*$/iu;
/** Verbs and copulas that make a comparative a claim ("var mer än 30 dagar"), not part of a name. */
const CLAIM_VERB =
  /(?:^|\s)(?:var|är|blev|blir|ligger|låg|uppgick|uppgår|landade|hamnade|har|hade|varit|ökade|minskade|ökat|minskat)\s+(?:\p{L}+\s+)?$/iu;
const DAY_BEFORE = /(?:^|\s)dag\s*$/iu;
const LIST_AFTER = /^\)/;
const PLAN_BEFORE = /(?:^|\s)(?:till|senast|inför|från|under|efter|före|mot|år|året|läsåret|fram\s+till|till\s+och\s+med)\s*$/iu;

/** The integer a mention is, if it is one. */
const int = (m: NumberMention) => (Number.isInteger(m.value) && m.value >= 0 && m.source === 'digits' ? m.value : null);

export function nonFigures(text: string, mentions: NumberMention[], model: GoalModel): NonFigures {
  const drop = new Set<NumberMention>();
  const unchecked = new Set<NumberMention>();
  const lastPeriod = Math.max(
    model.doc.report.year,
    ...model.indicators.flatMap((i) => [...i.known.map((k) => Number(k.period.slice(0, 4)))]),
  );
  const rangeJoin = (a: NumberMention, b: NumberMention) => /^\s*[-–—]\s*$|^\s+(?:och|till)\s+$/u.test(text.slice(a.end, b.start));
  mentions.forEach((m, i) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 30);
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const n = int(m);
    // The first end of a range is whatever its second end is ("13–19 år", "§§ 12–14", "08.00–16.30").
    const joinedPrev = prev !== undefined && rangeJoin(prev, m);
    if (m.isYear) {
      // "2021–2023", "2023/24", "mellan 2021 och 2023" name a span; a year after all the data is a plan.
      const dash = (a: NumberMention, b: NumberMention) => /^\s*[-–—]\s*$/u.test(text.slice(a.end, b.start));
      const inRange = (prev !== undefined && prev.isYear && dash(prev, m)) || (next !== undefined && next.isYear && dash(m, next));
      if (inRange && !model.indicators.some((ind) => ind.known.some((k) => k.period.startsWith(String(m.value))))) unchecked.add(m);
      // A year after all the data is a plan where the report is one, or where the words say so ("till 2030", "senast 2030").
      const joinedPlan = prev !== undefined && prev.isYear && unchecked.has(prev) && rangeJoin(prev, m);
      if (m.value > lastPeriod && (model.doc.report.kind === 'verksamhetsplan' || PLAN_BEFORE.test(before.slice(-25)) || joinedPlan))
        unchecked.add(m);
      return;
    }
    let no = false;
    if (n !== null && n >= 1 && n <= 31 && MONTH_AFTER.test(after))
      no = true; // "den 28 februari"
    else if (REF_BEFORE.test(before) || (n !== null && REF_AFTER.test(after))) no = true;
    else if (
      CLOCK_BEFORE.test(before) ||
      (CLOCK_TEXT.test(m.text.trim()) && (/^0\d/.test(m.text.trim()) || (next && CLOCK_TEXT.test(next.text.trim()) && rangeJoin(m, next))))
    )
      no = true;
    else if (m.unit === 'år' && n !== null && n <= 120 && (AGE_BEFORE.test(before) || AGE_AFTER.test(after))) no = true;
    else if (
      m.unit === undefined &&
      n !== null &&
      n <= 120 &&
      next?.unit === 'år' &&
      rangeJoin(m, next) &&
      (AGE_BEFORE.test(before) || AGE_AFTER.test(text.slice(next.end, next.end + 30)))
    )
      no = true;
    else if (THRESHOLD_BEFORE.test(before) && !CLAIM_VERB.test(before.replace(THRESHOLD_BEFORE, ' '))) no = true;
    else if (DAY_BEFORE.test(before) && !/(?:^|\s)i\s+dag\s*$/iu.test(before))
      no = true; // "dag 15", not "i dag 86 procent"
    // "1)" numbers a list; "(52 dagar)" and "(58)" are figures in brackets.
    else if (n !== null && n < 100 && m.unit === undefined && LIST_AFTER.test(after) && !/\(\s*$/.test(before)) no = true;
    else if (inName(text, m, model)) no = true;
    if (!no && joinedPrev && drop.has(prev)) no = true;
    if (no) drop.add(m);
  });
  // The first end of a range goes with its second: "13–19 år", "dag 1–14" read from the second end.
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (next && drop.has(next) && !drop.has(m) && !m.isYear && rangeJoin(m, next) && /^\s*[-–—]\s*$/u.test(text.slice(m.end, next.start)))
      drop.add(m);
  });
  return { drop, unchecked };
}

/** A number written as part of one of the goal's indicator names ("… frånvaro längre än 60 dagar"). */
function inName(text: string, m: NumberMention, model: GoalModel): boolean {
  // Cheap test first: no word ends right before the figure when an ASCII character that is no letter
  // stands there (spaces aside), as in a list of figures.
  let k = m.start - 1;
  while (k >= Math.max(0, m.start - 30) && /[\t\n\v\f\r ]/.test(text[k]!)) k--;
  if (k < Math.max(0, m.start - 30) || (text.charCodeAt(k) < 128 && !/[A-Za-z]/.test(text[k]!))) return false;
  const word = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, m.start - 30), m.start).toLowerCase())?.[1];
  if (!word) return false;
  const written = `${word} ${m.text.trim().toLowerCase()}`;
  return namesOf(model).some((name) => name.includes(written));
}

const names = new WeakMap<GoalModel, string[]>();

/** The goal's indicator names in lower case with single spaces, once per goal model. */
function namesOf(model: GoalModel): string[] {
  let list = names.get(model);
  if (!list) names.set(model, (list = model.indicators.map((ind) => ind.name.toLowerCase().replace(/\s+/g, ' '))));
  return list;
}
