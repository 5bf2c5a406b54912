/**
 * @module Trend claims checked against the data: "har ökat", "har inte minskat", "förbättrats"
 * (via `better`), "ligger kvar", "samma som 2021" about an indicator, against the periods the
 * sentence names; about anything else, against what the goal's notes say.
 */
import { comparePrinted } from '../assessment';
import type { Finding } from './checker';
import { monthNames, nameList, periodText, type GoalModel, type IndicatorModel, type KnownValue } from './facts';
import { TREND_WORD, trendHits, type TrendHit, type TrendKind } from './lexicon';
import { moodAt } from './mood';
import { subjectAt, type Subjects } from './subjects';
import { notesByStem, type NoteText } from './notes';
import { contentStems, mentionsWithin, textModel, type TextModel, type Word } from './text';
import { formatQuantity, matchesAtPrecision, type NumberMention } from '../sv';
import { comparePeriods } from '../report';

const fmt = (ind: IndicatorModel, value: number) => formatQuantity(value, ind.unit);

/** Trend claims, segment by segment; segments holding a count claim are judged there. */
export function checkTrends(
  t: TextModel,
  model: GoalModel,
  subjects: Subjects,
  counted: Set<number>,
  allMentions: NumberMention[],
  out: { findings: Finding[] },
) {
  let mentions: NumberMention[] = [];
  t.segments.forEach((seg, si) => {
    if (counted.has(si)) return;
    const clause = t.clauses[seg.clause]!;
    const hits = trendHits(clause.words);
    if (hits.length === 0) return;
    mentions = mentionsWithin(allMentions, clause);
    for (const hit of hits) {
      if (hit.word.start < seg.start || hit.word.start >= seg.end) continue;
      // A purpose, wish, plan, forecast or condition says nothing about what happened.
      if (!hit.presupposed && moodAt(seg.words, seg.words.indexOf(hit.word), clause.words, nameList(model)) !== 'statement') continue;
      const subject = subjectAt(subjects, si, hit.word.start);
      const ind = subject ? model.indicators[subject.indicator] : undefined;
      if (ind && partOfName(ind, clause.words, hit.word)) continue;
      if (ind?.isChange) {
        // The values are changes: "ökade" says the value is above zero, "minskade" below.
        // "ökade 2023 och ökade även 2024": the year in the verb's own segment, else in its clause.
        const claimed = afterFrontedChange(clause.words, hit, mentions);
        const own = mentionsWithin(claimed, seg).some((m) => m.isYear) ? seg.words : clause.words;
        const f = judgeChange(ind, hit, own, claimed, thenYear(t, seg.clause, allMentions));
        if (f) out.findings.push(f);
        continue;
      }
      const claimed = afterFrontedChange(clause.words, hit, mentions);
      const own = judgeTrendByFigures(clause.words, hit, claimed);
      const tr = ind ? asSizeOfLoss(trendFor(ind, clause.words, claimed), clause.words, hit) : null;
      if (ind && tr) {
        // "har ökat till 74,7 från 74,7": a change between two equal figures is never true, whatever the data says.
        const f = judgeTrend(ind, hit, tr) ?? (own?.expected === 'är oförändrad' ? own : null);
        if (f) out.findings.push(f);
        continue;
      }
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

/** A change written as a noun: "en ökning", "nedgången", "försämringar". */
const CHANGE_NOUN = /^(?:ökning|minskning|nedgång|uppgång|försämring|förbättring|höjning|sänkning|tillbakagång)(?:en|ar|arna)?$/u;

/**
 * The figures a trend verb's claim may take: in "Efter en nedgång från 412 (2022) till 388 (2023)
 * ökade antalet till 451" the fronted adverbial (V2: it fills the place before the verb) tells of an
 * earlier change with figures and years of its own, so the verb's claim takes only what follows it.
 */
function afterFrontedChange(clause: Word[], hit: TrendHit, mentions: NumberMention[]): NumberMention[] {
  const first = clause[0]?.lower;
  if (first !== 'efter' && first !== 'trots') return mentions;
  const noun = clause.slice(1, 4).find((w) => CHANGE_NOUN.test(w.lower));
  if (!noun || hit.word.start <= noun.start) return mentions;
  return mentions.filter((m) => m.start > hit.word.start);
}

const BASE_BEFORE = /(?:jämfört\s+med|jämfört\s+mot|mot|sedan|från)\s*$/iu;
/** The words of a clause before a position, as one lower-case string. */
const hitText = (clause: Word[], pos: number) =>
  clause
    .filter((w) => w.end <= pos)
    .slice(-3)
    .map((w) => w.lower)
    .join(' ');

/** A trend verb about an indicator whose values are changes: the sign of the value for the year named (else the latest). */
function judgeChange(ind: IndicatorModel, hit: TrendHit, clause: Word[], mentions: NumberMention[], then: string | null): Finding | null {
  if (hit.kind !== 'up' && hit.kind !== 'down') return null;
  // "jämfört med 2020" names the base, not the year the change belongs to.
  const named = mentions
    .filter((m) => m.isYear && clause.some((w) => w.start === m.start))
    .filter((m) => !BASE_BEFORE.test(hitText(clause, m.start)))
    .map((m) => String(m.value));
  const years = named.length === 0 && then ? [then] : named;
  const value = [...ind.known].reverse().find((k) => years.length === 0 || years.includes(k.period.slice(0, 4)));
  if (!value || value.value === 0) return null;
  const actual = value.value > 0 ? 'up' : 'down';
  if ((actual === hit.kind) !== hit.negated) return null;
  return {
    severity: 'error',
    code: 'wrong_trend_claim',
    message: `${ind.name} var ${fmt(ind, value.value)} ${periodText(value.period)}, en ${actual === 'up' ? 'ökning' : 'minskning'}, inte "${TREND_WORD[hit.kind]}".`,
    start: hit.start,
    end: hit.end,
    facts: ind.facts.filter((f) => f.kind === 'outcome' && f.period === value.period),
    expected: TREND_WORD[actual],
  };
}

/** "har ökat från 81,9 till 81,5": the figures the text gives contradict its own verb. */
function judgeTrendByFigures(clause: Word[], hit: TrendHit, mentions: NumberMention[]): Finding | null {
  if ((hit.kind !== 'up' && hit.kind !== 'down') || hit.negated) return null;
  const i = clause.indexOf(hit.word);
  const figures = figuresFromTo(
    clause.slice(i, i + 4).some((w) => w.lower === 'från' || w.lower === 'till') ? clause.slice(i) : [],
    mentions,
  );
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
  const quality = c === 0 ? 'same' : c > 0 === (ind.better === 'higher') ? 'better' : 'worse';
  return { from, to, direction, quality };
}

/** "från 81,9 till 81,5" (or "till 81,5 från 81,9") in a clause: the two figures. */
function figuresFromTo(clause: Word[], mentions: NumberMention[]): { from: NumberMention; to: NumberMention } | null {
  const fromAt = clause.findIndex((w) => w.lower === 'från');
  if (fromAt < 0) return null;
  const from = mentions.find((m) => !m.isYear && m.start === clause[fromAt + 1]?.start);
  let tillAt = clause.findIndex((w, k) => k > fromAt && k <= fromAt + 6 && w.lower === 'till');
  // "har ökat till 74,7 från 73,8": the end point written first.
  if (tillAt < 0) tillAt = clause.findIndex((w, k) => k < fromAt && k >= fromAt - 6 && w.lower === 'till');
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
        ? `${ind.name} är oförändrad på ${to} jämfört med ${from}, inte ”${said}”.`
        : `${ind.name} ${actual} från ${from} till ${to}, inte ”${said}”.`,
    start: hit.start,
    end: hit.end,
    facts: ind.facts.filter((f) => f.kind === 'outcome' && (f.period === tr.from.period || f.period === tr.to.period)),
    expected: raw === 'same' ? 'oförändrad' : TREND_WORD[raw as TrendKind],
  };
}

/** A trend statement of a note: which way, and whether negated. */
interface NoteTrend {
  kind: TrendKind;
  negated: boolean;
}

/** Letters every trend word in the lexicon starts with or holds; a cheap test before a note is parsed. */
const TREND_HINT = /ök|minsk|stig|steg|sjunk|sjönk|höj|sänk|förbättr|försämr|oförändr|kvar|samma/i;
const noteTrendCache = new WeakMap<NoteText, NoteTrend[]>();

/** The trend statements of one note, read word by word the first time a claim may be judged against it. */
function trendsOf(note: NoteText): NoteTrend[] {
  let out = noteTrendCache.get(note);
  if (!out) {
    out = [];
    // Only a note with a trend word in it is read word by word.
    if (TREND_HINT.test(note.text)) {
      for (const c of note.words.clauses) for (const h of trendHits(c.words)) out.push({ kind: h.kind, negated: h.negated });
    }
    noteTrendCache.set(note, out);
  }
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

/** A shared word this long makes a note's words distinctive enough to judge a claim by. */
const DISTINCTIVE = 7;
const byNotesMemo = new WeakMap<GoalModel, Map<string, { note: string; trend: NoteTrend } | null>>();

/**
 * The note statement a trend claim with these words contradicts: among the notes' trend statements
 * on the claim's axis that share two of its words, one of them distinctive, those sharing the most;
 * none when one of those agrees with the claim, else the first (by the claim's first shared word,
 * then the note's order). Only notes sharing a distinctive word are looked at, and a claim with
 * the same words is judged once per goal.
 */
function contradictingNote(model: GoalModel, own: string[], hit: TrendHit): { note: string; trend: NoteTrend } | null {
  // Two shared words, one of them distinctive: a claim with fewer has no verdict.
  if (own.length < 2 || !own.some((s) => s.length >= DISTINCTIVE)) return null;
  const key = `${hit.kind}|${hit.negated}|${own.join('|')}`;
  let memo = byNotesMemo.get(model);
  if (!memo || memo.size > 10_000) byNotesMemo.set(model, (memo = new Map()));
  const known = memo.get(key);
  if (known !== undefined) return known;
  const notes = model.goal.notes.length;
  const byStem = notesByStem(model.noteTexts);
  const seen = new Set<number>();
  let best = 0;
  let top: { first: number; at: number; trends: NoteTrend[] }[] = [];
  for (const s of own) {
    if (s.length < DISTINCTIVE) continue;
    for (const at of byStem.get(s) ?? []) {
      // The goal's texts start with its notes; names and titles after them state no trend.
      if (at >= notes || seen.has(at)) continue;
      seen.add(at);
      const text = model.noteTexts[at]!;
      let score = 0;
      let first = -1;
      own.forEach((x, k) => {
        if (!text.noteContext.has(x)) return;
        score++;
        if (first < 0) first = k;
      });
      if (score < 2 || score < best) continue;
      const trends = trendsOf(text).filter((n) => sameAxis(n.kind, hit.kind));
      if (trends.length === 0) continue;
      if (score > best) {
        best = score;
        top = [];
      }
      top.push({ first, at, trends });
    }
  }
  let found: { note: string; trend: NoteTrend } | null = null;
  if (!top.some((x) => x.trends.some((n) => agree(n, hit)))) {
    const first = top.reduce<(typeof top)[number] | null>(
      (a, x) => (!a || x.first < a.first || (x.first === a.first && x.at < a.at) ? x : a),
      null,
    );
    if (first) found = { note: model.goal.notes[first.at]!, trend: first.trends[0]! };
  }
  memo.set(key, found);
  return found;
}

/** A trend claim about something that is no indicator, checked against what the notes say about the same thing. */
export function judgeTrendByNotes(model: GoalModel, clause: Word[], hit: TrendHit): Finding | null {
  const found = contradictingNote(model, [...contentStems(clause.filter((w) => w !== hit.word))], hit);
  if (!found) return null;
  const { note, trend } = found;
  const says = `${trend.negated ? 'inte ' : ''}${TREND_WORD[trend.kind]}`;
  return {
    severity: 'error',
    code: 'wrong_trend_claim',
    message: `Underlaget säger ”${says}”, inte ”${hit.negated ? 'inte ' : ''}${TREND_WORD[hit.kind]}”: ${note}`,
    start: hit.start,
    end: hit.end,
    facts: [{ kind: 'note', label: 'Underlagets text', text: note }],
    expected: says,
  };
}

/** Words that name a negative value by its size: "underskottet minskade" when −4,2 became −1,8. */
const LOSS = /^(?:underskott\p{L}*|förlust\p{L}*|negativ[at]?)$/u;

/** A trend about a deficit ("underskottet har minskat") is about the size of a negative value: up and down swap. */
function asSizeOfLoss(tr: IndicatorModel['trend'], clause: Word[], hit: TrendHit): IndicatorModel['trend'] {
  if (!tr || tr.from.value >= 0 || tr.to.value > 0 || tr.direction === 'same') return tr;
  if (!clause.some((w) => w.start < hit.start && LOSS.test(w.lower))) return tr;
  return { ...tr, direction: tr.direction === 'up' ? 'down' : 'up' };
}

/** "…jämfört med 2023, då besöken minskade": a clause opening with "då" is about the year the clause before it ends with. */
export function thenYear(t: TextModel, clause: number, mentions: NumberMention[]): string | null {
  const c = t.clauses[clause];
  const before = t.clauses[clause - 1];
  if (!c || !before || before.sentence !== c.sentence || c.words[0]?.lower !== 'då') return null;
  const year = mentionsWithin(mentions, before)
    .filter((m) => m.isYear)
    .pop();
  return year ? String(year.value) : null;
}
