/** @module What the words around a figure say it is: a target, a change, an outcome of a year, and what the data must hold for it. */
import type { Fact } from './checker';
import { periodText, type IndicatorModel } from './facts';
import { groupNamed } from './lexicon';
import { figureCovers, figuresStartingIn, figureStartsAt, firstWordFrom, hasYear, wordAt, yearStartingAt } from './positions';
import { isFromToEnd, periodsNear, solePeriod, type Word } from './text';
import { formatQuantity, MONTH_WORDS, type NumberMention } from '../sv';

// ---------------------------------------------------------------- what the words around a figure say it is

export type Role =
  | { kind: 'target' }
  | { kind: 'longTermTarget' }
  | { kind: 'difference' }
  /** `soft`: read from the segment, not written next to the figure; a period the indicator has no value for says nothing. */
  | { kind: 'period'; period: string; soft?: boolean }
  | { kind: 'previous' }
  | { kind: 'outcome' };

const APPROX_WORD = /^(?:cirka|ca|runt|omkring|ungefär|drygt|knappt|nästan|närmare|strax|uppskattningsvis)$/;
const CHANGE_WORD =
  /^(?:ökat|minskat|ökade|minskade|ökning(?:en)?|minskning(?:en)?|förbättr\p{L}*|försämr\p{L}*|sjunkit|stigit|steg|sjönk|växte|vuxit|föll|fallit|backade|ökar|minskar|förändring(?:en)?|förändra(?:des|ts|t)|skillnad(?:en)?)$/u;
const OUTCOME_CUE =
  /^(?:var|är|uppgick|uppgår|landade|landar|ligger|låg|hamnade|blev|utfallet|resultatet|värdet|nivån|till|betyget|genomsnitt|medelvärdet|andelen|visar|visade|idag|dag|dagsläget|nuläget|närvarande)$/;
const PREVIOUS_CUE = /^(?:föregående|fjolårets|förra|tidigare|innan|föregåend\p{L}*)$/u;

export function roleOf(
  m: NumberMention,
  words: Word[],
  mentions: NumberMention[],
  clause: Word[] = words,
  sole = true,
  year?: number,
): Role | null {
  const i = wordAt(words, m.start);
  if (i < 0) return null;
  const before = words.slice(Math.max(0, i - 4), i).filter((w) => !figureCovers(mentions, w.start, m));
  const j = firstWordFrom(words, m.end);
  const after = j < 0 ? [] : words.slice(j, j + 3);
  const target = targetBefore(words, i, mentions);
  if (target) return { kind: target };
  // "ökade med cirka 15 000": the approximation word stands between the preposition and the figure.
  const lead = before.filter((w, k) => !(k === before.length - 1 && APPROX_WORD.test(w.lower)));
  const prev = lead[lead.length - 1]?.lower;
  if (m.unit === 'procentenheter') return { kind: 'difference' };
  // "till 9,9 (+9,8)", "till 364,1 timmar (+363,8 timmar)": a signed figure right after the new value is the change.
  if (isBracketedChange(m, words, i, mentions)) return { kind: 'difference' };
  // "Förändringen … är −5,3", "151 700, vilket är +3 500 jämfört med 2023": a written sign after a change word or before "jämfört med" is the change.
  if (
    /^\s*[+−-]/.test(m.text) &&
    (after[0]?.lower === 'jämfört' || clause.some((w) => w.end <= m.start && /^(?:förändringen|skillnaden)$/.test(w.lower)))
  )
    return { kind: 'difference' };
  if ((prev === 'med' || prev === 'om' || prev === 'på') && words.slice(0, i).some((w) => CHANGE_WORD.test(w.lower)))
    return { kind: 'difference' };
  const span = fromToSpan(words, i, mentions, clause);
  if (span) return { kind: 'period', period: span };
  const period = periodsNear(m, words, mentions).at;
  if (period) return { kind: 'period', period };
  // "från 7 procent föregående år till 7,8 procent": the figure after "till" is the later one.
  if (isFromToEnd(words, i)) return { kind: 'outcome' };
  if (
    prev === 'från' ||
    before.slice(-3).some((w) => PREVIOUS_CUE.test(w.lower)) ||
    after.slice(0, 2).some((w) => PREVIOUS_CUE.test(w.lower))
  )
    return { kind: 'previous' };
  // "Vid utgången av april 2024 var antalet 96": the one period a segment with one figure names.
  const one = sole && figuresStartingIn(mentions, words[0]!.start, words[words.length - 1]!.end) === 1;
  const period1 = one && m.source === 'digits' ? solePeriod(words, mentions) : null;
  if (period1) return { kind: 'period', period: period1, soft: true };
  // "var 74 barn den 31 augusti": a month without a year is the report year's.
  const month = one && year !== undefined && !hasYear(mentions) ? monthOf(words) : null;
  if (month) return { kind: 'period', period: `${year}-${month}`, soft: true };
  if (before.slice(-3).some((w) => OUTCOME_CUE.test(w.lower))) return { kind: 'outcome' };
  // "ett överskott mot budget med 15,3 miljoner kronor": the size of the surplus or deficit is the outcome.
  if (before.some((w) => /^(?:över|under)skott(?:et)?$/.test(w.lower)) && /^(?:på|med|om)$/.test(prev ?? '')) return { kind: 'outcome' };
  return null;
}

/** `roleOf(m, words, mentions)?.kind === 'target'` without reading the rest of the words: only "etappmålet (om) X" makes it so. */
export function namesTarget(m: NumberMention, words: Word[], mentions: NumberMention[]): boolean {
  const i = wordAt(words, m.start);
  return i >= 0 && targetBefore(words, i, mentions) === 'target';
}

/**
 * "från 14 till 9 dagar mellan 2021 och 2023", "Från 2021 till 2023 … från 14 till 9": the first
 * figure of a från–till pair belongs to the first year of the span, the second to the last.
 */
function fromToSpan(words: Word[], i: number, mentions: NumberMention[], clause: Word[]): string | null {
  // No named helpers here: this runs for every figure.
  let which: 'from' | 'to' | null = null;
  if (
    words[i - 1]?.lower === 'från' &&
    words.slice(i + 1, i + 6).some((w, d) => w.lower === 'till' && figureStartsAt(mentions, words[i + 2 + d]?.start))
  )
    which = 'from';
  else if (
    words[i - 1]?.lower === 'till' &&
    [i - 3, i - 4].some((k) => words[k]?.lower === 'från' && figureStartsAt(mentions, words[k + 1]?.start))
  )
    which = 'to';
  if (!which) return null;
  const isYearAt = (k: number) => yearStartingAt(mentions, clause[k]?.start);
  for (let k = 0; k < clause.length; k++) {
    const w = clause[k]!.lower;
    // "2020–2023", "under åren 2021–2023": a span written as one word.
    const span = /^(\d{4})[-–](\d{4})$/.exec(w);
    if (span) return which === 'from' ? span[1]! : span[2]!;
    // "sedan 2020", "jämfört med 2022": the year the change starts from; the end is the latest value.
    const base = w === 'sedan' ? isYearAt(k + 1) : w === 'jämfört' && clause[k + 1]?.lower === 'med' ? isYearAt(k + 2) : undefined;
    if (base) return which === 'from' ? String(base.value) : null;
    if (!/^(?:mellan|från|perioden|åren|period)$/.test(w) || k + 3 >= clause.length) continue;
    const y1 = isYearAt(k + 1);
    const y2 = /^(?:och|till)$/.test(clause[k + 2]!.lower) ? isYearAt(k + 3) : undefined;
    if (y1 && y2) return String(which === 'from' ? y1.value : y2.value);
  }
  return null;
}

function isBracketedChange(m: NumberMention, words: Word[], i: number, mentions: NumberMention[]): boolean {
  if (!/^\s*[+−-]/.test(m.text) || !words.slice(0, i).some((w) => CHANGE_WORD.test(w.lower))) return false;
  const isFigure = (w: Word | undefined) =>
    w !== undefined && mentions.some((x) => x !== m && !x.isYear && x.start <= w.start && w.end <= x.end);
  return isFigure(words[i - 1]) || (isFigure(words[i - 2]) && !/\d/.test(words[i - 1]!.lower));
}

/** Words that may stand between "etappmålet" and its figure: "etappmålet om 6,5", "etappmålet för 2026 är 2 000". */
const TARGET_LINK = /^(?:om|på|är|var|som|ligger|låg|till|för|satt|satta|sattes|högst|minst|nivån|att)$/;

/** "etappmålet (om) X" names the target; "når etappmålet med X" does not. */
export function targetBefore(words: Word[], i: number, mentions: NumberMention[]): 'target' | 'longTermTarget' | null {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = words[k]!;
    if (/^målvärde/.test(w.lower)) return 'longTermTarget';
    if (/^etappmål/.test(w.lower)) return 'target';
    if (TARGET_LINK.test(w.lower) || yearStartingAt(mentions, w.start)) continue;
    return targetThatBefore(words, i);
  }
  return targetThatBefore(words, i);
}

/** "Etappmålet för 2026 är att andelen … ska vara 80 procent": the figure a target sentence sets, after "vara", "nå", "till" or "på". */
function targetThatBefore(words: Word[], i: number): 'target' | 'longTermTarget' | null {
  if (!PLAN_VALUE.test(words[i - 1]?.lower ?? '')) return null;
  for (let k = i - 2; k >= Math.max(0, i - 14); k--) {
    const w = words[k]!.lower;
    if (!/^(?:etappmål|målvärde)/.test(w)) continue;
    const rest = words.slice(k + 1, k + 5);
    // "etappmålet för meritvärdet är 225": the target of a named quantity, set by "är" right before the figure.
    const named = words[k + 1]?.lower === 'för' && i - k <= 6 && /^(?:är|blir)$/.test(words[i - 1]!.lower);
    const that = named || rest.some((x, d) => /^(?:är|blir)$/.test(x.lower) && rest[d + 1]?.lower === 'att');
    return that ? (/^målvärde/.test(w) ? 'longTermTarget' : 'target') : null;
  }
  return null;
}

/** Whether a figure's unit fits an indicator, so the figure can be about it. */
export function fitsIndicator(m: NumberMention, ind: IndicatorModel): boolean {
  if (m.isYear) return false;
  const u = m.unit;
  switch (ind.unitClass) {
    case 'percent':
      return u === 'procent' || u === 'procentenheter' || u === undefined;
    case 'krinv':
      return u === 'kr/invånare' || u === 'kr' || u === undefined;
    case 'money':
      return u === 'mnkr' || u === 'tkr' || u === 'kr' || u === undefined;
    case 'days':
      return u === 'dagar' || u === undefined;
    default:
      return u === undefined || u === 'antal' || u === 'index';
  }
}

interface Expectation {
  accept: Fact[];
  /** The period the words name, where the indicator has no value for it. */
  noData?: string;
  primary: Fact | undefined;
  describe: (f: Fact) => string;
}

export function expectationFor(
  role: Role,
  ind: IndicatorModel,
  segment: Word[],
  clause: Word[],
  mentions: NumberMention[],
): Expectation | null {
  // A breakdown ("kvinnor 7,4") only counts where the text names its group.
  const groupOf = (x: Fact) => x.label.slice(x.label.lastIndexOf(', ') + 2).toLowerCase();
  const namedGroups = new Set(segment.map((w) => groupNamed(ind.groups, w)).filter((g): g is string => g !== null));
  // Where the text names a group ("bland män"), the figure is that group's; otherwise the total's.
  const f = ind.facts.filter((x) =>
    x.kind === 'breakdown' ? namedGroups.has(groupOf(x)) : namedGroups.size === 0 || (x.kind !== 'outcome' && x.kind !== 'difference'),
  );
  const valueOf = (kind: Fact['kind'], period: string) => f.find((x) => x.kind === kind && x.period === period);
  const tr = ind.trend;
  const fq = (x: Fact) => formatQuantity(x.value!, x.unit);
  switch (role.kind) {
    case 'target':
    case 'longTermTarget': {
      const accept = f.filter((x) => x.kind === role.kind && x.value !== undefined);
      const primary =
        (role.kind === 'target' && ind.a.target ? accept.find((x) => x.period === ind.a.target!.period) : undefined) ?? accept[0];
      const word = role.kind === 'target' ? 'Etappmålet' : 'Målvärdet';
      return { accept, primary, describe: (x) => `${word} för ${ind.name} är ${fq(x)}` };
    }
    case 'difference': {
      const years = new Set(mentions.filter((x) => x.isYear && clause.some((w) => w.start === x.start)).map((x) => String(x.value)));
      const inText = (p: string) => years.has(p.slice(0, 4));
      const main = tr ? ind.pairs.find((p) => p.from === tr.from.period && p.to === tr.to.period) : undefined;
      const latest = ind.known[ind.known.length - 1]?.period;
      const chosen = ind.pairs.filter((p) => p === main || (inText(p.from) && (inText(p.to) || p.to === latest)));
      const accept = [...chosen.flatMap((p) => [p.diff, ...(p.rel ? [p.rel] : [])]), ...(ind.distance ? [ind.distance] : [])];
      const primary = main?.diff ?? accept[0];
      return {
        accept,
        primary,
        describe: (x) =>
          `Förändringen för ${ind.name} är ${fq(x)}${tr ? ` (från ${formatQuantity(tr.from.value, ind.unit)} ${periodText(tr.from.period)} till ${formatQuantity(tr.to.value, ind.unit)} ${periodText(tr.to.period)})` : ''}`,
      };
    }
    case 'period': {
      const inPeriod = (p?: string) =>
        p !== undefined &&
        (p === role.period || (role.period.length === 4 && p.startsWith(`${role.period}-`) && !valueOf('outcome', role.period)));
      const accept = f.filter((x) => (x.kind === 'outcome' || x.kind === 'breakdown') && inPeriod(x.period));
      if (accept.length === 0) return { accept, primary: undefined, noData: role.period, describe: () => '' };
      const primary = accept.find((x) => x.kind === 'outcome') ?? accept[0];
      return { accept, primary, describe: (x) => `${ind.name} var ${fq(x)} ${periodText(x.period!)}` };
    }
    case 'previous': {
      const to = tr?.to.period;
      const accept = f.filter((x) => (x.kind === 'outcome' || x.kind === 'breakdown') && (!to || (x.period ?? '') < to));
      const primary = tr ? valueOf('outcome', tr.from.period) : accept[accept.length - 1];
      return { accept, primary, describe: (x) => `${ind.name} var ${fq(x)} ${periodText(x.period!)}` };
    }
    case 'outcome': {
      const to = tr?.to.period ?? ind.known[ind.known.length - 1]?.period;
      if (!to) return null;
      const latest = ind.known.filter((k) => k.period.slice(0, 4) >= to.slice(0, 4)).map((k) => k.period);
      const accept = f.filter(
        (x) => (x.kind === 'outcome' || x.kind === 'breakdown') && (x.period === to || latest.includes(x.period ?? '')),
      );
      return { accept, primary: valueOf('outcome', to), describe: (x) => `${ind.name} var ${fq(x)} ${periodText(x.period!)}` };
    }
  }
}

/** Words before a figure that say what a plan sets it to ("ska vara 42 procent", "ska öka till 250"). */
const PLAN_VALUE = /^(?:vara|nå|uppnå|till|på|uppgå|ligga|landa|är|bli)$/;
const TODAY = /^(?:dagens|nuvarande|årets|från)$/;

/**
 * Where a purpose, wish or plan still says something the data can contradict: the etappmål it
 * names ("ska nå etappmålet 90 procent"), today's value it starts from ("ska öka från dagens
 * 73,9 procent"), the value of a year already measured, or the target of the year it plans for
 * ("År 2027 ska andelen vara 42 procent" where the data has the etappmål for 2027).
 */
export function plannedRole(m: NumberMention, words: Word[], mentions: NumberMention[], ind: IndicatorModel): Role | null {
  const i = wordAt(words, m.start);
  if (i < 0 || m.isYear || m.unit === 'procentenheter') return null;
  const target = targetBefore(words, i, mentions);
  if (target) return { kind: target };
  const lead = words.slice(Math.max(0, i - 4), i).filter((w) => !APPROX_WORD.test(w.lower) && !/^(?:minst|högst)$/.test(w.lower));
  const prev = lead[lead.length - 1]?.lower ?? '';
  const period = periodsNear(m, words, mentions).at ?? solePeriod(words, mentions, true);
  if (period && ind.known.some((k) => k.period === period)) return { kind: 'period', period };
  // "ska ligga kvar på 91 procent", "bibehålla nivån 91 procent": the level it has today.
  const keep = lead.some((w) => w.lower === 'kvar' || /^(?:behåll|bibehåll|bevara)/.test(w.lower));
  if (TODAY.test(prev) || keep) return { kind: 'outcome' };
  const planned = period && ind.facts.find((f) => (f.kind === 'target' || f.kind === 'longTermTarget') && f.period === period);
  if (planned && PLAN_VALUE.test(prev)) return { kind: planned.kind as 'target' | 'longTermTarget' };
  return null;
}

/** The sign a word before a figure gives it: −1 after "underskott", "förlust"; +1 after "överskott", "vinst"; else 0. */
export function signWordBefore(words: Word[], i: number): -1 | 0 | 1 {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k]!.lower;
    if (/^(?:underskott\p{L}*|förlust\p{L}*)$/u.test(w)) return -1;
    if (/^(?:överskott\p{L}*|vinst\p{L}*)$/u.test(w)) return 1;
  }
  return 0;
}

/** "ökade med 5,9 procent": a change in percent, which any indicator has whatever its unit. */
export function isRelativeChange(m: NumberMention, words: Word[], mentions: NumberMention[]): boolean {
  return m.unit === 'procent' && roleOf(m, words, mentions, words, false)?.kind === 'difference';
}

const AGAINST_WORD = /^(?:under|över|mot|bättre|sämre|lägre|högre|mer|mindre|jämfört)$/;

/** "13,2 miljoner under budget", "2 mnkr bättre än budgeterat": a figure measured against the budget. */
export function againstBudget(m: NumberMention, words: Word[]): boolean {
  const j = firstWordFrom(words, m.end);
  if (j < 0 || !AGAINST_WORD.test(words[j]!.lower)) return false;
  const after = words.slice(j, j + 3).map((w) => w.lower);
  return (
    /^(?:under|över|mot|bättre|sämre|lägre|högre|mer|mindre|jämfört)$/.test(after[0] ?? '') && after.slice(1).some((w) => /^budget/.test(w))
  );
}

const MONTHS: readonly string[] = MONTH_WORDS;

/** The one month a segment names without a year ("den 31 augusti", "per augusti"), as two digits; none after "sedan" or "från". */
function monthOf(words: Word[]): string | null {
  const found = new Set<number>();
  words.forEach((w, k) => {
    const i = MONTHS.indexOf(w.lower);
    if (i < 0 || words.slice(Math.max(0, k - 3), k).some((b) => /^(?:sedan|från|mellan|jämfört|inför)$/.test(b.lower))) return;
    found.add(i + 1);
  });
  return found.size === 1 ? String([...found][0]).padStart(2, '0') : null;
}
