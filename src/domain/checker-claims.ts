/**
 * @module Claims in a text checked against the data: target claims ("etappmålet nås inte",
 * "ligger under etappmålet"), trend claims ("har ökat", "har inte minskat", "förbättrats") and
 * counts ("fyra av indikatorerna når etappmålet").
 */
import type { Fact, Finding } from './checker';
import { comparePrinted, monthNames, periodText, type GoalModel, type IndicatorModel, type KnownValue } from './checker-facts';
import { comparePeriods } from './report';
import { isTargetNoun, NEGATIONS, OPPOSITE, targetRelation, trendHits, TREND_WORD, type TargetRelation, type TrendHit, type TrendKind } from './checker-lexicon';
import { laterInSentence, subjectAt, type Subjects } from './checker-subjects';
import { contentStems, textModel, type Span, type TextModel, type Word } from './checker-text';
import { formatQuantity, matchesAtPrecision, numberWord, type NumberMention } from './numbers';

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
  return out;
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

const ADVERBS = new Set(['därmed', 'alltså', 'därför', 'ändå', 'dock', 'heller', 'fortfarande', 'ännu', 'riktigt', 'helt']);

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
    const after = words.slice(i + 1, i + 3).find((a, k) => NEGATIONS.has(a.lower) && (k === 0 || ADVERBS.has(words[i + 1]!.lower)));
    const neg = before ?? after;
    best = { relation: r.relation, negated: neg !== undefined, start: Math.min(r.start, neg?.start ?? r.start), end: Math.max(w.end, neg?.end ?? 0), distance };
  }
  return best;
}

function judgeTarget(ind: IndicatorModel, claim: Relation, year: number, explicit: boolean): Finding | null {
  const target = ind.a.target;
  const base = { severity: 'error' as const, code: 'wrong_target_claim', start: claim.start, end: claim.end };
  if (!target) {
    if (!explicit) return null;
    return { ...base, message: `${ind.name} har inget etappmål att jämföra med.`, facts: ind.facts.filter((f) => f.kind === 'longTermTarget') };
  }
  const j = ind.judged;
  if (!j) {
    if (!explicit) return null;
    return { ...base, message: `Utfall för ${year} saknas för ${ind.name}, så det går inte att säga hur det står sig mot etappmålet.`, facts: ind.facts.filter((f) => f.kind === 'target') };
  }
  const targetText = target.value !== undefined ? `etappmålet ${fmt(ind, target.value)}` : `etappmålet att ${target.change === 'increase' ? 'öka' : 'minska'}`;
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

// ---------------------------------------------------------------- trends

function checkTrends(t: TextModel, model: GoalModel, subjects: Subjects, counted: Set<number>, mentions: NumberMention[], out: ClaimResult) {
  t.segments.forEach((seg, si) => {
    if (counted.has(si)) return;
    const clause = t.clauses[seg.clause]!;
    for (const hit of trendHits(clause.words)) {
      if (hit.word.start < seg.start || hit.word.start >= seg.end) continue;
      const subject = subjectAt(subjects, si, hit.word.start);
      const ind = subject ? model.indicators[subject.indicator] : undefined;
      if (ind && partOfName(ind, clause.words, hit.word)) continue;
      const tr = ind ? trendFor(ind, clause.words, mentions) : null;
      if (ind && tr) {
        const f = judgeTrend(ind, hit, tr);
        if (f) out.findings.push(f);
        continue;
      }
      const own = judgeTrendByFigures(clause.words, hit, mentions);
      if (own) {
        out.findings.push(own);
        continue;
      }
      if (!subject) {
        const f = judgeTrendByNotes(model, clause.words, hit);
        if (f) out.findings.push(f);
      }
    }
  });
}

/** "har ökat från 81,9 till 81,5": the figures the text gives contradict its own verb. */
function judgeTrendByFigures(clause: Word[], hit: TrendHit, mentions: NumberMention[]): Finding | null {
  if ((hit.kind !== 'up' && hit.kind !== 'down') || hit.negated) return null;
  const i = clause.indexOf(hit.word);
  const figures = figuresFromTo(clause.slice(i, i + 4).some((w) => w.lower === 'från') ? clause.slice(i) : [], mentions);
  if (!figures) return null;
  const { from: a, to: b } = figures;
  const direction = b.value > a.value ? 'up' : b.value < a.value ? 'down' : 'same';
  if (direction === hit.kind) return null;
  const word = direction === 'same' ? 'är oförändrad' : TREND_WORD[direction];
  return {
    severity: 'error',
    code: 'wrong_trend_claim',
    message: `Från ${a.text.trim()} till ${b.text.trim()} har ${direction === 'same' ? 'inte förändrats' : word}, inte ${TREND_WORD[hit.kind]}.`,
    start: hit.start,
    end: hit.end,
    facts: [],
    expected: word,
  };
}

/** "Andel … som upplever att deras situation har förbättrats": the verb is the indicator's name, not a claim. */
const nameWords = new WeakMap<IndicatorModel, Set<string>>();

function partOfName(ind: IndicatorModel, words: Word[], verb: Word): boolean {
  let name = nameWords.get(ind);
  if (!name) nameWords.set(ind, (name = new Set(textModel(ind.name).words.map((w) => w.lower))));
  const i = words.indexOf(verb);
  return name.has(verb.lower) && i > 0 && name.has(words[i - 1]!.lower) && (i < 2 || name.has(words[i - 2]!.lower));
}

function trendHolds(kind: TrendKind, direction: 'up' | 'down' | 'same', quality: 'better' | 'worse' | 'same'): boolean {
  if (kind === 'up' || kind === 'down') return direction === kind;
  if (kind === 'same') return direction === 'same';
  return quality === kind;
}

/** The pair a trend claim compares: the periods the clause names ("från 47 procent 2024 till 39 procent i augusti 2025"), else the default. */
function trendFor(ind: IndicatorModel, clause: Word[], mentions: NumberMention[]): IndicatorModel['trend'] {
  const named = new Set<string>();
  for (const m of mentions) {
    if (!m.isYear || !clause.some((w) => w.start === m.start)) continue;
    const i = clause.findIndex((w) => w.start === m.start);
    const month = monthNames.indexOf(clause[i - 1]?.lower ?? '');
    const period = month >= 0 ? `${m.value}-${String(month + 1).padStart(2, '0')}` : String(m.value);
    if (ind.known.some((k) => k.period === period)) named.add(period);
  }
  const tr = ind.trend;
  const figures = figuresFromTo(clause, mentions);
  if (figures && named.size === 0) {
    // "från 84 till 82": the values the text gives, at the periods they belong to.
    const at = (m: NumberMention) => ind.known.filter((k) => matchesAtPrecision(m.value, m.decimals, k.value));
    const from = at(figures.from)[0];
    const to = at(figures.to).pop();
    if (from && to && comparePeriods(from.period, to.period) < 0) return pairOf(ind, from, to);
  }
  if (named.size === 0 || !tr) return tr;
  const periods = [...named].sort(comparePeriods);
  if (periods.length === 1 && periods[0] === tr.to.period) return tr;
  const fromP = periods.length === 1 ? periods[0]! : periods[0]!;
  const toP = periods.length === 1 ? tr.to.period : periods[periods.length - 1]!;
  const from = ind.known.find((k) => k.period === fromP);
  const to = ind.known.find((k) => k.period === toP);
  if (!from || !to || comparePeriods(from.period, to.period) >= 0) return tr;
  return pairOf(ind, from, to);
}

function pairOf(ind: IndicatorModel, from: KnownValue, to: KnownValue): NonNullable<IndicatorModel['trend']> {
  const c = comparePrinted(to.value, from.value);
  const direction = c > 0 ? 'up' : c < 0 ? 'down' : 'same';
  const quality = c === 0 ? 'same' : (c > 0) === (ind.better === 'higher') ? 'better' : 'worse';
  return { from, to, direction, quality };
}

/** "från 81,9 till 81,5" in a clause: the two figures. */
function figuresFromTo(clause: Word[], mentions: NumberMention[]): { from: NumberMention; to: NumberMention } | null {
  const fromAt = clause.findIndex((w) => w.lower === 'från');
  if (fromAt < 0) return null;
  const from = mentions.find((m) => !m.isYear && m.start === clause[fromAt + 1]?.start);
  const tillAt = clause.findIndex((w, k) => k > fromAt && k <= fromAt + 6 && w.lower === 'till');
  const to = tillAt < 0 ? undefined : mentions.find((m) => !m.isYear && m.start === clause[tillAt + 1]?.start);
  return from && to && from.unit === to.unit ? { from, to } : null;
}

function judgeTrend(ind: IndicatorModel, hit: TrendHit, tr: NonNullable<IndicatorModel['trend']>): Finding | null {
  let holds = trendHolds(hit.kind, tr.direction, tr.quality);
  if (hit.negated) holds = !holds;
  if (holds) return null;
  const raw = hit.kind === 'better' || hit.kind === 'worse' ? (tr.quality === 'same' ? 'same' : tr.quality) : tr.direction;
  const actual = raw === 'same' ? 'är oförändrad' : `har ${TREND_WORD[raw as TrendKind]}`;
  const said = `${hit.negated ? 'inte ' : ''}${TREND_WORD[hit.kind]}`;
  const from = `${fmt(ind, tr.from.value)} (${periodText(tr.from.period)})`;
  const to = `${fmt(ind, tr.to.value)} (${periodText(tr.to.period)})`;
  return {
    severity: 'error',
    code: 'wrong_trend_claim',
    message:
      raw === 'same'
        ? `${ind.name} är oförändrad på ${to} jämfört med ${from}, inte "${said}".`
        : `${ind.name} ${actual} från ${from} till ${to}, inte "${said}".`,
    start: hit.start,
    end: hit.end,
    facts: ind.facts.filter((f) => f.kind === 'outcome' && (f.period === tr.from.period || f.period === tr.to.period)),
    expected: raw === 'same' ? 'oförändrad' : TREND_WORD[raw as TrendKind],
  };
}

interface NoteTrend {
  note: string;
  kind: TrendKind;
  negated: boolean;
  stems: Set<string>;
}

const noteTrendCache = new WeakMap<GoalModel, NoteTrend[]>();

function noteTrends(model: GoalModel): NoteTrend[] {
  const hit = noteTrendCache.get(model);
  if (hit) return hit;
  const out: NoteTrend[] = [];
  for (const note of model.goal.notes) {
    const t = textModel(note);
    for (const c of t.clauses) {
      for (const h of trendHits(c.words)) out.push({ note, kind: h.kind, negated: h.negated, stems: contentStems(t.words) });
    }
  }
  noteTrendCache.set(model, out);
  return out;
}

const axis = (k: TrendKind) => (k === 'better' || k === 'worse' ? 'quality' : k === 'same' ? 'both' : 'raw');
const sameAxis = (a: TrendKind, b: TrendKind) => axis(a) === 'both' || axis(b) === 'both' || axis(a) === axis(b);

/** The outcomes a (possibly negated) trend statement allows: "har inte minskat" allows up and same. */
function allowed(kind: TrendKind, negated: boolean): Set<string> {
  const all = axis(kind) === 'quality' ? ['better', 'worse', 'same'] : ['up', 'down', 'same'];
  return new Set(negated ? all.filter((k) => k !== kind) : [kind]);
}

function agree(a: { kind: TrendKind; negated: boolean }, b: { kind: TrendKind; negated: boolean }): boolean {
  const x = allowed(a.kind, a.negated);
  const y = allowed(b.kind, b.negated);
  // 'same' is shared by both axes; otherwise the axes are equal here.
  return [...x].some((k) => y.has(k));
}

/** A trend claim about something that is no indicator, checked against what the notes say about the same thing. */
function judgeTrendByNotes(model: GoalModel, clause: Word[], hit: TrendHit): Finding | null {
  const own = contentStems(clause.filter((w) => w !== hit.word));
  const scored = noteTrends(model)
    .filter((n) => sameAxis(n.kind, hit.kind))
    .map((n) => {
      const shared = [...own].filter((s) => n.stems.has(s));
      return { n, score: shared.length, distinctive: shared.some((s) => s.length >= 7) };
    })
    .filter((x) => x.score >= 2 && x.distinctive);
  if (scored.length === 0) return null;
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best);
  if (top.some((x) => agree(x.n, hit))) return null;
  const note = top[0]!.n;
  const says = `${note.negated ? 'inte ' : ''}${TREND_WORD[note.kind]}`;
  return {
    severity: 'error',
    code: 'wrong_trend_claim',
    message: `Underlaget säger "${says}", inte "${hit.negated ? 'inte ' : ''}${TREND_WORD[hit.kind]}": ${note.note}`,
    start: hit.start,
    end: hit.end,
    facts: [{ kind: 'note', label: 'Underlagets text', text: note.note }],
    expected: says,
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
}

function countClaimIn(words: Word[], mentions: NumberMention[], model: GoalModel): CountClaim | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = mentions.find((x) => x.start === w.start);
    const next = words[i + 1];
    if (m && !m.isYear && m.unit === undefined && Number.isInteger(m.value)) {
      // "fyra av (de sju) indikatorerna", "fyra indikatorer"
      let k = i + 1;
      let of: number | undefined;
      const spans: Span[] = [{ start: m.start, end: m.end }];
      if (words[k]?.lower === 'av') {
        k++;
        while (words[k] && /^(?:de|dessa|totalt|sammanlagt|våra|nämndens)$/.test(words[k]!.lower)) k++;
        const total = mentions.find((x) => x.start === words[k]?.start);
        if (total) {
          of = total.value;
          spans.push({ start: total.start, end: total.end });
          k++;
        }
      }
      const noun = words[k];
      if (noun && COUNT_NOUN.test(noun.lower) && !(noun.lower === 'dem' || noun.lower === 'dessa')) {
        return { n: m.value, ...(of !== undefined ? { of } : {}), start: m.start, end: noun.end, word: m.source === 'word', mentionSpans: spans };
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

function checkCounts(t: TextModel, model: GoalModel, mentions: NumberMention[], out: ClaimResult): Set<number> {
  const counted = new Set<number>();
  t.segments.forEach((seg, si) => {
    const claim = countClaimIn(seg.words, mentions, model);
    if (!claim) return;
    const words = seg.words;
    let relation: Relation | null = null;
    words.forEach((_, i) => {
      const r = targetRelation(words, i);
      if (!r || relation || (r.relation !== 'met' && r.relation !== 'notMet')) return;
      const neg = words.slice(Math.max(0, i - 2), i + 2).some((b) => NEGATIONS.has(b.lower));
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
    const nOk = ok.includes(claim.n);
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
