/**
 * @module Claims in a text checked against the data: target claims ("etappmålet nås inte",
 * "ligger under etappmålet") and counts ("fyra av indikatorerna når etappmålet"); trend claims
 * are in `checker-trends.ts`.
 */
import { comparePrinted } from '../assessment';
import type { Fact, Finding } from './checker';
import { nameList, periodText, type GoalModel, type IndicatorModel } from './facts';
import {
  isTargetNoun,
  keyOfPopulation,
  NEGATIONS,
  populationOf,
  OPPOSITE,
  targetRelation,
  trendHits,
  TREND_WORD,
  type TargetRelation,
} from './lexicon';
import { carriedMood, moodAt } from './mood';
import { checkTrends } from './trends';
import { laterInSentence, subjectAt, type Subjects } from './subjects';
import { mentionStartingAt } from './positions';
import { mentionsWithin, type Span, type TextModel, type Word } from './text';
import { formatQuantity, numberWord, type NumberMention } from '../sv';

export interface ClaimResult {
  findings: Finding[];
  /** Figures a claim has already judged; the number check leaves them alone. */
  handled: Span[];
}

const fmt = (ind: IndicatorModel, value: number) => formatQuantity(value, ind.unit);
const valueFact = (ind: IndicatorModel, period: string): Fact[] =>
  ind.facts.filter((f) => (f.kind === 'outcome' || f.kind === 'target') && (f.period === period || f.kind === 'target'));

export function checkClaims(t: TextModel, model: GoalModel, mentions: NumberMention[], subjects: Subjects): ClaimResult {
  const out: ClaimResult = { findings: [], handled: [] };
  const counted = checkCounts(t, model, mentions, out);
  checkTargets(t, model, subjects, counted, out);
  checkTrends(t, model, subjects, counted, mentions, out);
  checkComparatives(t, model, subjects, out);
  return out;
}

// ---------------------------------------------------------------- against other populations

const MORE = /^(?:högre|över|längre|fler|större|mer)$/;
const LESS = /^(?:lägre|under|kortare|färre|mindre)$/;

/** "högre än riket", "kortare än i länet", "bättre än liknande kommuner": held to the comparison in the data. */
function checkComparatives(t: TextModel, model: GoalModel, subjects: Subjects, out: ClaimResult) {
  t.segments.forEach((seg, si) => {
    const words = seg.words;
    words.forEach((w, j) => {
      const family = populationOf(words, j);
      if (!family) return;
      let k = j - 1;
      while (
        k >= 0 &&
        /^(?:i|både|hela|snittet|genomsnittet|för|än|jämfört|med|mot|liknande|jämförbara|övriga|andra)$/.test(words[k]!.lower) &&
        words[k]!.lower !== 'än'
      )
        k--;
      if (words[k]?.lower === 'än') k--;
      const comp = words[k];
      if (!comp || !(MORE.test(comp.lower) || LESS.test(comp.lower) || comp.lower === 'bättre' || comp.lower === 'sämre')) return;
      if (moodAt(words, k, t.clauses[seg.clause]!.words, nameList(model)) !== 'statement') return;
      const subject = subjectAt(subjects, si, comp.start);
      const ind = subject ? model.indicators[subject.indicator] : undefined;
      if (!ind) return;
      const comps = ind.facts.filter((f) => f.kind === 'comparison' && keyOfPopulation(f.population ?? '', family));
      const pair = comps
        .map((c) => ({ c, own: ind.facts.find((f) => f.kind === 'outcome' && f.period === c.period) }))
        .filter((x) => x.own !== undefined)
        .pop();
      if (!pair) return;
      const diff = comparePrinted(pair.own!.value!, pair.c.value!);
      const higherIsBetter = ind.better === 'higher';
      const holds = MORE.test(comp.lower)
        ? diff > 0
        : LESS.test(comp.lower)
          ? diff < 0
          : (comp.lower === 'bättre') === (higherIsBetter ? diff > 0 : diff < 0) && diff !== 0 && ind.better !== 'none';
      const negated = words.slice(Math.max(0, k - 2), k).some((x) => NEGATIONS.has(x.lower));
      if (holds !== negated) return;
      out.findings.push({
        severity: 'error',
        code: 'wrong_value',
        message: `${ind.name} var ${fmt(ind, pair.own!.value!)} ${periodText(pair.c.period!)} och ${pair.c.population} ${fmt(ind, pair.c.value!)}, så "${comp.text} än ${w.text}" stämmer inte.`,
        start: comp.start,
        end: w.end,
        facts: [pair.own!, pair.c],
        expected: diff > 0 ? 'högre' : diff < 0 ? 'lägre' : 'lika',
      });
    });
  });
}

// ---------------------------------------------------------------- targets

function checkTargets(t: TextModel, model: GoalModel, subjects: Subjects, counted: Set<number>, out: ClaimResult) {
  const withTarget = model.indicators.filter((i) => i.a.target);
  t.segments.forEach((seg, si) => {
    if (counted.has(si)) return;
    const words = seg.words;
    words.forEach((noun, ni) => {
      if (!isTargetNoun(words, ni)) return;
      const claim = nearestRelation(words, ni);
      if (!claim) return;
      const verb = words.findIndex((w) => w.start >= claim.start);
      if (moodAt(words, Math.min(ni, verb < 0 ? ni : verb), t.clauses[seg.clause]!.words, nameList(model)) !== 'statement') return;
      if (carriedMood(t.segments, si, verb, nameList(model)) !== 'statement') return;
      const plural = /(?:en|na)$/.test(noun.lower) || noun.lower === 'målen';
      let subject = subjectAt(subjects, si, noun.start);
      const later = subject || plural ? null : laterInSentence(t, subjects, si);
      if (!subject && later !== null) subject = { indicator: later, explicit: false };
      if (!subject && !plural && withTarget.length === 1) subject = { indicator: withTarget[0]!.index, explicit: false };
      if (!subject) return;
      const ind = model.indicators[subject.indicator]!;
      const finding = judgeTarget(ind, claim, model.doc.report.year, subject.explicit);
      if (finding) out.findings.push(finding);
    });
  });
}

/** Adverbs that may stand between a verb and its negation ("nås därmed inte", "når således inte"). */
const ADVERBS = new Set([
  'därmed',
  'alltså',
  'således',
  'därför',
  'ändå',
  'dock',
  'heller',
  'fortfarande',
  'ännu',
  'riktigt',
  'helt',
  'därigenom',
  'emellertid',
  'likväl',
  'ju',
  'nog',
]);

/** "inte" right after the verb at i, or after one adverb ("nås därmed inte"). */
const negatedAfter = (words: Word[], i: number) =>
  words.slice(i + 1, i + 3).find((a, k) => NEGATIONS.has(a.lower) && (k === 0 || ADVERBS.has(words[i + 1]!.lower)));

interface Relation {
  relation: TargetRelation;
  negated: boolean;
  start: number;
  end: number;
}

/** The comparison or verb nearest a target noun in its segment, with its negation. */
function nearestRelation(words: Word[], ni: number): Relation | null {
  let best: (Relation & { distance: number }) | null = null;
  for (let i = Math.max(0, ni - 6); i < Math.min(words.length, ni + 7); i++) {
    if (i === ni) continue;
    const r = targetRelation(words, i);
    if (!r) continue;
    const distance = Math.abs(i - ni);
    if (best && best.distance <= distance) continue;
    const w = words[i]!;
    const before = words.slice(Math.max(0, i - 2), i).find((b) => NEGATIONS.has(b.lower) && b.start < r.start);
    // "nås inte", "når därmed inte", "nås alltså inte heller"
    const after = negatedAfter(words, i);
    const neg = before ?? after;
    best = {
      relation: r.relation,
      negated: neg !== undefined,
      start: Math.min(r.start, neg?.start ?? r.start),
      end: Math.max(w.end, neg?.end ?? 0),
      distance,
    };
  }
  return best;
}

function judgeTarget(ind: IndicatorModel, claim: Relation, year: number, explicit: boolean): Finding | null {
  const target = ind.a.target;
  const base = { severity: 'error' as const, code: 'wrong_target_claim' as const, start: claim.start, end: claim.end };
  if (!target) {
    if (!explicit) return null;
    return {
      ...base,
      message: `${ind.name} har inget etappmål att jämföra med.`,
      facts: ind.facts.filter((f) => f.kind === 'longTermTarget'),
    };
  }
  const j = ind.judged;
  if (!j) {
    if (!explicit) return null;
    return {
      ...base,
      message: `Utfall för ${year} saknas för ${ind.name}, så det går inte att säga hur det står sig mot etappmålet.`,
      facts: ind.facts.filter((f) => f.kind === 'target'),
    };
  }
  const targetText =
    target.value !== undefined
      ? `etappmålet ${fmt(ind, target.value)}`
      : `etappmålet att ${target.change === 'increase' ? 'öka' : 'minska'}`;
  const facts = valueFact(ind, j.period);
  let holds: boolean;
  let expected: string;
  if (claim.relation === 'met' || claim.relation === 'notMet') {
    holds = (claim.relation === 'met') === j.met;
    expected = j.met ? 'nås' : 'nås inte';
  } else {
    if (target.value === undefined) return null;
    const c = comparePrinted(j.value, target.value);
    holds = claim.relation === 'above' ? c > 0 : c < 0;
    expected = c > 0 ? 'över etappmålet' : c < 0 ? 'under etappmålet' : 'lika med etappmålet';
  }
  if (claim.negated) holds = !holds;
  if (holds) return null;
  const when = j.period === String(year) ? periodText(j.period) : `${periodText(j.period)}, senast kända utfall`;
  return {
    ...base,
    message: `${ind.name} är ${fmt(ind, j.value)} (${when}) mot ${targetText}, så etappmålet ${j.met ? 'nås' : 'nås inte'}.`,
    facts,
    expected,
  };
}

// ---------------------------------------------------------------- counts

const COUNT_NOUN = /^(?:indikator\p{L}*|etappmål\p{L}*|mått\p{L}*|målen|dem|dessa)$/u;
const QUANTIFIER_ALL = /^(?:samtliga|alla)$/;
const QUANTIFIER_NONE = /^(?:inget|ingen|inga)$/;

interface CountClaim {
  n: number;
  of?: number;
  start: number;
  end: number;
  word: boolean;
  mentionSpans: Span[];
  /** "minst två", "högst två": the count is a bound, not the number itself. */
  bound?: 'atLeast' | 'atMost';
}

/** Words that make a count a rule of the scale ("Helt uppfyllt kräver minst 2 etappmål"), not a claim about the data. */
const REQUIREMENT = /^(?:kräver|krävs|krävde|krävdes|förutsätter|förutsätts|fordrar|fordras)$/;

function countClaimIn(words: Word[], mentions: NumberMention[], model: GoalModel): CountClaim | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = mentionStartingAt(mentions, w.start);
    const next = words[i + 1];
    if (m && !m.isYear && m.unit === undefined && Number.isInteger(m.value)) {
      // "fyra av (de sju) indikatorerna", "fyra indikatorer"
      let k = i + 1;
      let of: number | undefined;
      const spans: Span[] = [{ start: m.start, end: m.end }];
      if (words[k]?.lower === 'av') {
        k++;
        while (words[k] && /^(?:de|dessa|totalt|sammanlagt|våra|nämndens)$/.test(words[k]!.lower)) k++;
        const total = mentionStartingAt(mentions, words[k]?.start);
        if (total) {
          of = total.value;
          spans.push({ start: total.start, end: total.end });
          k++;
        }
      }
      const noun = words[k];
      if (noun && COUNT_NOUN.test(noun.lower) && !(noun.lower === 'dem' || noun.lower === 'dessa')) {
        const lead = words[i - 1]?.lower;
        const bound = lead === 'minst' || lead === 'åtminstone' ? 'atLeast' : lead === 'högst' ? 'atMost' : undefined;
        return {
          n: m.value,
          ...(of !== undefined ? { of } : {}),
          ...(bound ? { bound } : {}),
          start: m.start,
          end: noun.end,
          word: m.source === 'word',
          mentionSpans: spans,
        };
      }
    }
    if ((QUANTIFIER_ALL.test(w.lower) || QUANTIFIER_NONE.test(w.lower)) && next && /^(?:indikator|etappmål)/.test(next.lower)) {
      const all = QUANTIFIER_ALL.test(w.lower);
      const n = all ? (/^etappmål/.test(next.lower) ? model.counts.judged : model.counts.withOutcome) : 0;
      return { n, start: w.start, end: next.end, word: true, mentionSpans: [] };
    }
  }
  return null;
}

/**
 * "2 indikatorer förbättrats, 1 försämrats och 1 varit oförändrad": a bare count opening the next
 * part of the sentence, after a comma or "och", carries over the noun counted just before.
 */
function ellipticCount(t: TextModel, si: number, counted: Set<number>, mentions: NumberMention[]): CountClaim | null {
  const seg = t.segments[si]!;
  const prev = t.segments[si - 1];
  if (!prev || !counted.has(si - 1) || prev.sentence !== seg.sentence) return null;
  const w = /^(?:och|samt)$/.test(seg.words[0]?.lower ?? '') ? seg.words[1] : seg.words[0];
  const m = w && mentions.find((x) => x.start === w.start && !x.isYear && x.unit === undefined && Number.isInteger(x.value));
  if (!m) return null;
  return { n: m.value, start: m.start, end: m.end, word: m.source === 'word', mentionSpans: [{ start: m.start, end: m.end }] };
}

function checkCounts(t: TextModel, model: GoalModel, mentions: NumberMention[], out: ClaimResult): Set<number> {
  const counted = new Set<number>();
  // The figures of each clause, once per clause (its segments share them).
  const perClause = new Map<number, NumberMention[]>();
  t.segments.forEach((seg, si) => {
    let inClause = perClause.get(seg.clause);
    if (!inClause) perClause.set(seg.clause, (inClause = mentionsWithin(mentions, t.clauses[seg.clause]!)));
    const claim = countClaimIn(seg.words, inClause, model) ?? ellipticCount(t, si, counted, inClause);
    if (!claim) return;
    const words = seg.words;
    if (words.some((w) => REQUIREMENT.test(w.lower))) {
      // A rule names a number of etappmål; it says nothing about how many this goal has.
      counted.add(si);
      out.handled.push(...claim.mentionSpans);
      return;
    }
    let relation: Relation | null = null;
    words.forEach((_, i) => {
      const r = targetRelation(words, i);
      if (!r || relation || (r.relation !== 'met' && r.relation !== 'notMet')) return;
      const neg = words.slice(Math.max(0, i - 2), i + 2).some((b) => NEGATIONS.has(b.lower)) || negatedAfter(words, i) !== undefined;
      relation = { relation: r.relation, negated: neg, start: r.start, end: words[i]!.end };
    });
    const trend = trendHits(words)[0];
    if (!relation && !trend) return;
    counted.add(si);
    out.handled.push(...claim.mentionSpans);
    const c = model.counts;
    let ok: number[];
    let what: string;
    if (relation) {
      const r = relation as Relation;
      const met = (r.relation === 'met') !== r.negated;
      ok = met ? [c.met, c.judgedMet] : [c.notMet, c.judgedNotMet];
      what = met ? 'når etappmålet' : 'inte når etappmålet';
    } else {
      const h = trend!;
      const kind = h.negated ? OPPOSITE[h.kind] : h.kind;
      const up = model.indicators.filter((i) => i.a.trend !== 'unknown' && i.trend?.direction === 'up').length;
      const down = model.indicators.filter((i) => i.a.trend !== 'unknown' && i.trend?.direction === 'down').length;
      ok = [{ up, down, better: c.improved, worse: c.worsened, same: c.unchanged }[kind]];
      what = kind === 'same' ? 'är oförändrade' : `har ${TREND_WORD[kind]}`;
    }
    const totals = [c.withTarget, c.indicators, c.judged, c.judgedMet + c.judgedNotMet, c.withOutcome, c.withTrend];
    const nOk = ok.some((n) => (claim.bound === 'atLeast' ? n >= claim.n : claim.bound === 'atMost' ? n <= claim.n : n === claim.n));
    const ofOk = claim.of === undefined || totals.includes(claim.of);
    if (nOk && ofOk) return;
    const right = ok[0]!;
    const write = (n: number) => (claim.word ? (numberWord(n) ?? String(n)) : String(n));
    const outOf = relation ? c.judgedMet + c.judgedNotMet : c.withTrend;
    out.findings.push({
      severity: 'error',
      code: 'wrong_count',
      message: nOk
        ? `Målet har ${write(c.indicators)} indikatorer, varav ${write(c.judged)} med utfall att bedöma mot etappmålet, inte ${write(claim.of!)}.`
        : `Enligt underlaget är det ${write(right)} av ${write(outOf)} indikatorer som ${what}, inte ${write(claim.n)}.`,
      start: claim.start,
      end: claim.end,
      facts: [{ kind: 'count', label: 'Antal enligt bedömningen', value: right }],
      expected: write(nOk ? c.judged : right),
    });
  });
  return counted;
}
