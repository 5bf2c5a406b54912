/**
 * @module Every figure in a text must be grounded in a fact of the goal at the precision written.
 * A figure next to an indicator's name is held to the fact its words point at (the etappmål, the
 * outcome of a named year, the change); a figure whose words match a note is held to that note.
 */
import type { Fact, Finding } from './checker';
import { moneyScale, periodText, unitClassOf, type GoalModel, type IndicatorModel, type UnitClass } from './checker-facts';
import { findSubjects, segmentAt, subjectAt } from './checker-subjects';
import { contentStems, type Span, type TextModel, type Word } from './checker-text';
import { formatNumber, formatQuantity, findNumbers, matchesAtPrecision, type NumberMention } from './numbers';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// ---------------------------------------------------------------- matching one figure to one fact

/** Which classes of fact a written unit may stand for. */
function compatible(m: NumberMention, factClass: UnitClass): boolean {
  switch (m.unit) {
    case undefined:
    case 'antal':
    case 'index':
      return true;
    case 'procent':
      return factClass === 'percent';
    case 'procentenheter':
      return factClass === 'pp';
    case 'mnkr':
    case 'tkr':
      return factClass === 'money';
    case 'kr':
      return factClass === 'money' || factClass === 'krinv';
    case 'kr/invånare':
      return factClass === 'krinv' || factClass === 'money';
    case 'dagar':
      return factClass === 'days' || factClass === 'plain';
    case 'år':
      return factClass === 'years' || factClass === 'plain';
  }
}

export function matchesFact(m: NumberMention, fact: Fact): boolean {
  if (fact.value === undefined) return false;
  const factClass = fact.kind === 'period' ? 'plain' : unitClassOf(fact.unit);
  if (!compatible(m, factClass)) return false;
  if (m.isYear && fact.kind !== 'period' && !(fact.kind === 'note' && fact.value === m.value)) return false;
  let value = fact.value;
  if (factClass === 'money' && (m.unit === 'mnkr' || m.unit === 'tkr' || m.unit === 'kr')) value = (value * moneyScale(fact.unit)) / moneyScale(m.unit);
  if (matchesAtPrecision(m.value, m.decimals, value)) return true;
  // Prose often drops the sign of a negative figure or of a difference ("22,1 procent under").
  return matchesAtPrecision(Math.abs(m.value), m.decimals, Math.abs(value));
}

// ---------------------------------------------------------------- what the words around a figure say it is

type Role =
  | { kind: 'target' }
  | { kind: 'longTermTarget' }
  | { kind: 'difference' }
  | { kind: 'period'; period: string }
  | { kind: 'previous' }
  | { kind: 'outcome' };

const MONTH_INDEX = new Map(['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'].map((m, i) => [m, i + 1]));
const CHANGE_WORD = /^(?:ökat|minskat|ökade|minskade|ökning(?:en)?|minskning(?:en)?|förbättr\p{L}*|försämr\p{L}*|sjunkit|stigit|ökar|minskar|förändring(?:en)?|skillnad(?:en)?)$/u;
const OUTCOME_CUE = /^(?:var|är|uppgick|uppgår|landade|landar|ligger|låg|hamnade|blev|utfallet|resultatet|värdet|nivån|till)$/;
const PREVIOUS_CUE = /^(?:föregående|fjolårets|förra|tidigare|innan|föregåend\p{L}*)$/u;
const BREAK_CUE = /^(?:jämfört|mot|sedan|från|än)$/;

function roleOf(m: NumberMention, words: Word[], mentions: NumberMention[]): Role | null {
  const i = words.findIndex((w) => w.end > m.start);
  if (i < 0) return null;
  const before = words.slice(Math.max(0, i - 4), i).filter((w) => !mentions.some((x) => x !== m && x.start <= w.start && w.start < x.end && !x.isYear));
  const j = words.findIndex((w) => w.start >= m.end);
  const after = j < 0 ? [] : words.slice(j, j + 3);
  if (before.some((w) => /^målvärde/.test(w.lower))) return { kind: 'longTermTarget' };
  if (before.some((w) => /^etappmål/.test(w.lower))) return { kind: 'target' };
  const prev = before[before.length - 1]?.lower;
  if (m.unit === 'procentenheter') return { kind: 'difference' };
  if ((prev === 'med' || prev === 'om' || prev === 'på') && words.slice(0, i).some((w) => CHANGE_WORD.test(w.lower))) return { kind: 'difference' };
  const period = nearbyPeriod(m, words, mentions, i, j);
  if (period) return { kind: 'period', period };
  if (prev === 'från' || before.slice(-3).some((w) => PREVIOUS_CUE.test(w.lower)) || after.slice(0, 2).some((w) => PREVIOUS_CUE.test(w.lower))) return { kind: 'previous' };
  if (before.slice(-3).some((w) => OUTCOME_CUE.test(w.lower))) return { kind: 'outcome' };
  return null;
}

/** A year (or month and year) written right after or before a figure: "7,8 procent 2022", "i augusti 2025 var 81". */
function nearbyPeriod(m: NumberMention, words: Word[], mentions: NumberMention[], i: number, j: number): string | null {
  const years = mentions.filter((x) => x.isYear && x !== m);
  const periodAt = (wi: number) => {
    const w = words[wi];
    const y = w && years.find((x) => x.start === w.start);
    if (!y) return null;
    const month = MONTH_INDEX.get(words[wi - 1]?.lower ?? '') ?? MONTH_INDEX.get(words[wi - 2]?.lower ?? '');
    return month ? `${y.value}-${String(month).padStart(2, '0')}` : String(y.value);
  };
  if (j >= 0) {
    for (let k = j; k < Math.min(words.length, j + 4); k++) {
      if (BREAK_CUE.test(words[k]!.lower)) break;
      const p = periodAt(k);
      if (p) return p;
      if (mentions.some((x) => x !== m && !x.isYear && x.start === words[k]!.start)) break;
    }
  }
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const p = periodAt(k);
    if (p) return BREAK_CUE.test(words[k - 1]?.lower ?? '') ? null : p;
    if (mentions.some((x) => x !== m && !x.isYear && x.start === words[k]!.start)) break;
  }
  return null;
}

/** Whether a figure's unit fits an indicator, so the figure can be about it. */
function fitsIndicator(m: NumberMention, ind: IndicatorModel): boolean {
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
  primary: Fact | undefined;
  describe: (f: Fact) => string;
}

function expectationFor(role: Role, ind: IndicatorModel, clause: Word[], mentions: NumberMention[]): Expectation | null {
  const f = ind.facts;
  const valueOf = (kind: Fact['kind'], period: string) => f.find((x) => x.kind === kind && x.period === period);
  const tr = ind.trend;
  const fq = (x: Fact) => formatQuantity(x.value!, x.unit);
  switch (role.kind) {
    case 'target':
    case 'longTermTarget': {
      const accept = f.filter((x) => x.kind === role.kind && x.value !== undefined);
      const primary = (role.kind === 'target' && ind.a.target ? accept.find((x) => x.period === ind.a.target!.period) : undefined) ?? accept[0];
      const word = role.kind === 'target' ? 'Etappmålet' : 'Målvärdet';
      return { accept, primary, describe: (x) => `${word} för ${ind.name} är ${fq(x)}` };
    }
    case 'difference': {
      const years = new Set(mentions.filter((x) => x.isYear && clause.some((w) => w.start === x.start)).map((x) => String(x.value)));
      const inText = (p: string) => years.has(p.slice(0, 4));
      const main = tr ? ind.pairs.find((p) => p.from === tr.from.period && p.to === tr.to.period) : undefined;
      const chosen = ind.pairs.filter((p) => p === main || (inText(p.from) && inText(p.to)));
      const accept = [...chosen.flatMap((p) => [p.diff, ...(p.rel ? [p.rel] : [])]), ...(ind.distance ? [ind.distance] : [])];
      const primary = main?.diff ?? accept[0];
      return { accept, primary, describe: (x) => `Förändringen för ${ind.name} är ${fq(x)}${tr ? ` (från ${formatQuantity(tr.from.value, ind.unit)} ${periodText(tr.from.period)} till ${formatQuantity(tr.to.value, ind.unit)} ${periodText(tr.to.period)})` : ''}` };
    }
    case 'period': {
      const inPeriod = (p?: string) => p !== undefined && (p === role.period || (role.period.length === 4 && p.startsWith(`${role.period}-`) && !valueOf('outcome', role.period)));
      const accept = f.filter((x) => (x.kind === 'outcome' || x.kind === 'breakdown') && inPeriod(x.period));
      if (accept.length === 0) return null;
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
      const accept = f.filter((x) => (x.kind === 'outcome' || x.kind === 'breakdown') && (x.period === to || latest.includes(x.period ?? '')));
      return { accept, primary: valueOf('outcome', to), describe: (x) => `${ind.name} var ${fq(x)} ${periodText(x.period!)}` };
    }
  }
}

// ---------------------------------------------------------------- figures against the notes' words

/**
 * When the words around a figure match a note's words around another figure much better than
 * they match any note holding the figure written, the text has the wrong figure.
 */
function noteVerdict(m: NumberMention, clause: Word[], model: GoalModel): Fact | null {
  const own = contentStems(clause);
  if (own.size === 0) return null;
  let bestOther: { score: number; fact: Fact } | null = null;
  let bestMatch = 0;
  for (const n of model.noteNumbers) {
    if (n.fact.kind !== 'note' || n.mention.isYear !== m.isYear) continue;
    const classOk = n.mention.unit === m.unit || (m.unit === undefined && n.mention.unit === 'antal') || (m.unit === 'antal' && n.mention.unit === undefined);
    if (!classOk) continue;
    let score = 0;
    for (const s of n.context) if (own.has(s)) score++;
    if (matchesFact(m, n.fact)) bestMatch = Math.max(bestMatch, score);
    else if (!bestOther || score > bestOther.score) bestOther = { score, fact: n.fact };
  }
  if (bestOther && bestOther.score >= 2 && bestOther.score >= bestMatch + 1) return bestOther.fact;
  return null;
}

// ---------------------------------------------------------------- the check

export function checkNumbers(t: TextModel, model: GoalModel, opts: { skip: Span[] }): Finding[] {
  const mentions = findNumbers(t.text).filter((m) => !opts.skip.some((s) => overlaps(s, m)));
  if (mentions.length === 0) return [];
  const subjects = findSubjects(t, model);
  const out: Finding[] = [];
  for (const m of mentions) {
    const si = segmentAt(t, m.start);
    const seg = t.segments[si];
    const clause = seg ? t.clauses[seg.clause]!.words : [];
    const base = { severity: 'error' as const, start: m.start, end: m.end };

    const subject = seg ? subjectAt(subjects, si, m.start) : null;
    const ind = subject ? model.indicators[subject.indicator] : undefined;
    if (ind && seg && fitsIndicator(m, ind)) {
      const role = roleOf(m, seg.words, mentions);
      const exp = role ? expectationFor(role, ind, clause, mentions) : null;
      if (exp && exp.accept.length > 0) {
        if (exp.accept.some((f) => matchesFact(m, f))) continue;
        const right = exp.primary ?? exp.accept[0]!;
        const wrongUnit = unitSwap(m, exp.accept);
        if (wrongUnit) {
          out.push({ ...base, code: 'wrong_unit', message: wrongUnit.message, facts: [wrongUnit.fact], expected: wrongUnit.expected });
          continue;
        }
        out.push({
          ...base,
          code: 'wrong_value',
          message: `${exp.describe(right)}, inte ${m.text.trim()}.`,
          facts: [right],
          expected: formatQuantity(right.value!, right.unit),
        });
        continue;
      }
      if (!role && ind.facts.some((f) => matchesFact(m, f))) continue;
    }

    const grounded = model.facts.filter((f) => matchesFact(m, f));
    const other = noteVerdict(m, clause, model);
    if (other && grounded.every((f) => f.kind === 'note' || f.kind === 'count' || f.kind === 'period')) {
      const expected = formatQuantity(other.value!, other.unit);
      out.push({ ...base, code: 'wrong_value', message: `Underlaget säger ${expected}, inte ${m.text.trim()}: ${other.text}`, facts: [other], expected });
      continue;
    }
    if (grounded.length > 0) continue;
    const swap = unitSwap(m, model.facts);
    if (swap) {
      out.push({ ...base, code: 'wrong_unit', message: swap.message, facts: [swap.fact], expected: swap.expected });
      continue;
    }
    out.push({
      ...base,
      code: 'ungrounded_number',
      message: m.isYear ? `Året ${m.text.trim()} finns inte i underlaget för målet.` : `Siffran ${m.text.trim()} finns inte i underlaget för målet.`,
      facts: ind ? ind.facts.filter((f) => f.kind === 'outcome' || f.kind === 'target') : [],
    });
  }
  return out;
}

/** "0,8 procent" where the data has 0,8 procentenheter (a difference between two percentages), or the other way round. */
function unitSwap(m: NumberMention, facts: Fact[]): { message: string; fact: Fact; expected: string } | null {
  if (m.unit !== 'procent' && m.unit !== 'procentenheter') return null;
  const want = m.unit === 'procent' ? 'procentenheter' : 'procent';
  const asOther: NumberMention = { ...m, unit: want };
  const fact = facts.find((f) => matchesFact(asOther, f));
  if (!fact) return null;
  const expected = `${formatNumber(m.value)} ${want}`;
  const message =
    want === 'procentenheter'
      ? `Skillnaden mellan två andelar anges i procentenheter: ${expected}, inte ${m.text.trim()}.`
      : `${m.text.trim()} är en andel i procent, inte en skillnad i procentenheter: ${expected}.`;
  return { message, fact, expected };
}
