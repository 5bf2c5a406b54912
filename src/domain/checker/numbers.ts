/**
 * @module Every figure in a text must be grounded in a fact of the goal at the precision written.
 * A figure next to an indicator's name is held to the fact its words point at (the etappmål, the
 * outcome of a named year, the change); a figure whose words match a note is held to that note.
 */
import type { Fact, Finding } from './checker';
import { nameList, periodText, unitClassOf, type GoalModel, type IndicatorModel } from './facts';
import { compatible, matchesFact, noteVerdict, notesMatching, ownFactsMatching } from './binding';
import {
  againstBudget,
  expectationFor,
  fitsIndicator,
  isRelativeChange,
  namesTarget,
  plannedRole,
  roleOf,
  signWordBefore,
  targetBefore,
} from './roles';
import { segmentAt, subjectAt, type Subjects } from './subjects';
import { judgeAgainstPopulation, populationNear, populationSubject } from './populations';
import { groupNamed, trendHits } from './lexicon';
import { thenYear } from './trends';
import { moodAt } from './mood';
import { wordAt } from './positions';
import { mentionsWithin, periodsNear, type NearPeriods, type Span, type TextModel, type Word } from './text';
import { formatNumber, formatQuantity, type NumberMention } from '../sv';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// ---------------------------------------------------------------- the check

const SCALE = /skala(?:n)?\s*(?:\(\s*)?(\d+)\s*[–-]\s*(\d+)/giu;

const scalesOf = new WeakMap<GoalModel, Set<string>>();

/** The scales the goal's own texts name, once per goal model. */
function knownScales(model: GoalModel): Set<string> {
  let known = scalesOf.get(model);
  if (!known) {
    const sources = [...model.goal.indicators.map((i) => i.unit ?? ''), ...model.goal.indicators.map((i) => i.name), ...model.goal.notes];
    known = new Set(sources.filter((src) => /skala/i.test(src)).flatMap((src) => [...src.matchAll(SCALE)].map((m) => `${m[1]}–${m[2]}`)));
    scalesOf.set(model, known);
  }
  return known;
}

/** "en skala 1–5": the scale must be the one the indicator is measured on. */
function checkScales(t: TextModel, model: GoalModel): { findings: Finding[]; handled: Span[] } {
  const findings: Finding[] = [];
  const handled: Span[] = [];
  const known = knownScales(model);
  if (known.size === 0) return { findings, handled };
  for (const m of t.text.matchAll(SCALE)) {
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\d/));
    const span = { start, end: m.index + m[0].length };
    handled.push(span);
    const written = `${m[1]}–${m[2]}`;
    if (known.has(written)) continue;
    const expected = [...known][0]!;
    findings.push({
      severity: 'error',
      code: 'wrong_value',
      message: `Indikatorn mäts på en skala ${expected}, inte ${written}.`,
      ...span,
      facts: [],
      expected,
    });
  }
  return { findings, handled };
}

export function checkNumbers(
  t: TextModel,
  model: GoalModel,
  mentions: NumberMention[],
  subjects: Subjects,
  opts: { skip: Span[] },
): Finding[] {
  const scales = checkScales(t, model);
  const skip = [...opts.skip, ...scales.handled];
  const out: Finding[] = [...scales.findings];
  const perClause = new Map<number, NumberMention[]>();
  const clauseMentions = (c: number) => {
    let list = perClause.get(c);
    if (!list) perClause.set(c, (list = mentionsWithin(mentions, t.clauses[c]!)));
    return list;
  };
  const withTarget = model.indicators.filter((i) => i.a.target?.value !== undefined);
  for (const m of mentions) {
    if (skip.some((s) => overlaps(s, m))) continue;
    const si = segmentAt(t, m.start);
    const seg = t.segments[si];
    const clause = seg ? t.clauses[seg.clause]!.words : [];
    // Everything a figure's meaning is read from lies in its clause.
    const inClause = seg ? clauseMentions(seg.clause) : [];
    const base = { severity: 'error' as const, start: m.start, end: m.end };

    let subject = seg ? subjectAt(subjects, si, m.start) : null;
    // "etappmålet 4" in a goal with one etappmål can only be that one.
    if (!subject && seg && withTarget.length === 1 && namesTarget(m, seg.words, inClause))
      subject = { indicator: withTarget[0]!.index, explicit: false };
    const wi = seg ? wordAt(seg.words, m.start) : -1;
    const mood = seg && wi >= 0 ? moodAt(seg.words, wi, clause, nameList(model)) : 'statement';
    // A figure in a purpose, wish or plan is a target or an intention: grounded by any fact, bound to no outcome.
    const stated = mood === 'statement' || (mood === 'forecast' && model.doc.report.kind === 'delarsrapport');
    // A figure in a purpose, wish or plan is bound only where it still states a fact or names a target.
    const planned = subject && seg && !stated ? plannedRole(m, seg.words, inClause, model.indicators[subject.indicator]!) : null;
    const bound = subject && (stated || planned) ? subject : null;
    let ind = bound ? model.indicators[bound.indicator] : undefined;
    // "rikssnittet 11 dagar", "länet (87,2 procent)": a figure about another population is held to the comparison, if the data has one.
    const population = seg && wi >= 0 ? populationNear(clause, wordAt(clause, m.start), m, seg.end) : null;
    if (population && seg) {
      const close = populationNear(seg.words, wi, m, seg.end, 3) !== null;
      ind ??= populationSubject(t, subjects, si, model, population, m, close);
      const verdict = ind ? judgeAgainstPopulation(m, ind, population, seg.words, inClause) : null;
      if (verdict === 'grounded') continue;
      if (verdict) {
        out.push({ ...base, ...verdict });
        continue;
      }
    }
    // "13,2 miljoner under budget": a distance to the budget, which is no fact of the indicator.
    if (population || (seg && againstBudget(m, seg.words))) ind = undefined;
    if (ind && seg && mood === 'forecast' && fitsIndicator(m, ind)) {
      // In a delårsrapport a forecast clause is a claim about the forecast: held to the forecast values.
      const forecast = forecastFacts(model, ind);
      if (forecast.length > 0 && !forecast.some((f) => matchesFact(m, f)) && !targetBefore(seg.words, wi, inClause)) {
        const right = forecast[forecast.length - 1]!;
        out.push({
          ...base,
          code: 'wrong_value',
          message: `Prognosen för ${ind.name} är ${formatQuantity(right.value!, right.unit)} ${periodText(right.period!)}, inte ${m.text.trim()}.`,
          facts: forecast,
          expected: formatQuantity(right.value!, right.unit),
        });
        continue;
      }
      if (forecast.length > 0) continue;
    }
    if (ind && seg && (fitsIndicator(m, ind) || isRelativeChange(m, seg.words, inClause))) {
      const named = seg.words.some((w) => groupNamed(ind.groups, w) !== null);
      let role =
        planned ??
        roleOf(m, seg.words, inClause, clause, true, model.doc.report.year) ??
        (named || m.approx !== undefined || m.upTo !== undefined ? { kind: 'outcome' as const } : null);
      // A range says where the values have been: it holds when one of them lies in it.
      if (m.upTo !== undefined) {
        const values = ind.facts.filter((f) => f.kind === 'outcome' || f.kind === 'breakdown');
        if (values.length === 0 || values.some((f) => matchesFact(m, f))) continue;
        out.push({
          ...base,
          code: 'wrong_value',
          message: `${ind.name} har inte legat inom ${m.text.trim()}: ${values.map((f) => `${formatQuantity(f.value!, f.unit)} ${periodText(f.period!)}`).join(', ')}.`,
          facts: values,
          expected: values.map((f) => formatQuantity(f.value!, f.unit)).join(', '),
        });
        continue;
      }
      // "…jämfört med 2021, då den var 7 procent": "då … var" is about the year just named.
      if (role?.kind === 'outcome' && seg.words[0]?.lower === 'då') {
        const before = t.segments[si - 1];
        const year =
          before && before.sentence === seg.sentence
            ? mentionsWithin(mentions, before)
                .filter((x) => x.isYear)
                .pop()
            : undefined;
        role = year ? { kind: 'period', period: String(year.value) } : { kind: 'previous' };
      }
      // An indicator that holds changes: "ökade med 3,4 procent" is its value, "minskade med 2,3 procent" is −2,3.
      let asWritten = m;
      // "4,8 procent färre besök än året innan" is the change too.
      const after = seg.words.filter((w) => w.start >= m.end).slice(0, 2);
      const comparative = after.find((w) => /^(?:fler|färre|mer|mindre|högre|lägre)$/.test(w.lower));
      if (ind.isChange && (role?.kind === 'difference' || (comparative && role?.kind !== 'period'))) {
        const period =
          periodsNear(m, seg.words, inClause).at ?? (t.segments[si]!.words[0]?.lower === 'då' ? thenYear(t, seg.clause, mentions) : null);
        role = period ? { kind: 'period', period } : { kind: 'outcome' };
        const down = [...seg.words.slice(0, Math.max(0, wi)), ...(comparative ? [comparative] : [])].some((w) => DOWN_WORD.test(w.lower));
        if (down && m.value > 0) asWritten = { ...m, value: -m.value };
      } else if (ind.isChange && role?.kind === 'period' && seg.words[wi - 1]?.lower === 'med' && m.value > 0) {
        // "minskade med 3,4 procent 2024": the nearest change word before the figure in its clause gives its sign.
        let verb: Word | undefined;
        for (const w of clause) if (w.end <= m.start && (DOWN_WORD.test(w.lower) || UP_WORD.test(w.lower))) verb = w;
        if (verb && DOWN_WORD.test(verb.lower)) asWritten = { ...m, value: -m.value };
      }
      // "ett underskott på 1,8 miljoner kronor" is −1,8; "ett överskott på 1,8" is +1,8.
      const sign = role?.kind === 'difference' ? 0 : signWordBefore(seg.words, wi);
      if (sign !== 0) asWritten = { ...m, value: sign * Math.abs(m.value) };
      let exp = role ? expectationFor(role, ind, seg.words, clause, inClause) : null;
      if (exp?.noData && role?.kind === 'period' && role.soft) {
        // "Enligt beslut 2023-03-16 har tiden minskat till 9 dagar": a date of something else, not of the figure.
        role = roleOf(m, seg.words, inClause, clause, false);
        exp = role ? expectationFor(role, ind, seg.words, clause, inClause) : null;
      }
      if (exp?.noData) {
        // A figure for a period the indicator has no value for: only a note can back it.
        const nearPeriods = periodsNear(m, seg.words, inClause);
        if (notesMatching(model, m).some((n) => !periodClash(nearPeriods, n.periods))) continue;
        out.push({
          ...base,
          code: 'ungrounded_number',
          message: `Underlaget har inget utfall för ${periodText(exp.noData)} för ${ind.name}, så ${m.text.trim()} kan inte stämma.`,
          facts: ind.facts.filter((f) => f.kind === 'outcome'),
        });
        continue;
      }
      if (exp && exp.accept.length > 0) {
        if (exp.accept.some((f) => (ind.isChange || sign !== 0 ? matchesSigned(asWritten, f) : matchesFact(m, f)))) continue;
        // The size is right and only the verb's direction is not: the trend check says so.
        if (
          ind.isChange &&
          asWritten !== m &&
          trendHits(clause).some((h) => h.start < m.start) &&
          exp.accept.some((f) => matchesFact({ ...m, value: Math.abs(m.value) }, { ...f, value: Math.abs(f.value ?? NaN) }))
        )
          continue;
        // The fact in the figure's own unit: "9,5 procent" is told the change in percent, not in kronor.
        const own = (f?: Fact) => f !== undefined && compatible(m, unitClassOf(f.unit));
        const right = (own(exp.primary) ? exp.primary : exp.accept.find(own)) ?? exp.primary ?? exp.accept[0]!;
        // The unit is wrong only where the figure fits no fact of its own unit here ("ökade med +7 procentenheter" is a wrong size).
        const sameUnit = exp.accept.some((f) => compatible(m, unitClassOf(f.unit)));
        const wrongUnit = unitSwap(m, exp.accept) ?? (sameUnit ? null : unitSwap(m, ind.facts));
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
      if (
        !role &&
        ind.facts.some(
          (f) => matchesFact(m, f) && (f.kind !== 'breakdown' || clause.some((w) => f.label.toLowerCase().endsWith(`, ${w.lower}`))),
        )
      )
        continue;
      // Next to this indicator's name but only another indicator's figure: name the right one.
      // Only the data's own facts: a note's figure (no indicator's) would make it no other indicator's value.
      const elsewhere = ownFactsMatching(model, m);
      if (
        !role &&
        elsewhere.length > 0 &&
        elsewhere.every((f) => f.indicatorId !== undefined && f.indicatorId !== ind.id) &&
        notesMatching(model, m).length === 0
      ) {
        const right = ind.facts.find(
          (f) => f.kind === 'outcome' && f.period === (ind.trend?.to.period ?? ind.known[ind.known.length - 1]?.period),
        );
        if (right) {
          out.push({
            ...base,
            code: 'wrong_value',
            message: `${ind.name} var ${formatQuantity(right.value!, right.unit)} ${periodText(right.period!)}, inte ${m.text.trim()}; ${m.text.trim()} är en annan indikators värde.`,
            facts: [right, ...elsewhere],
            expected: formatQuantity(right.value!, right.unit),
          });
          continue;
        }
      }
    }

    // The data's own facts the figure matches; the notes' figures (all of kind "note") are read only where they decide.
    const grounded = ownFactsMatching(model, m);
    // "fyra indikatorer", "två av etappmålen": a count of the goal's own indicators is what the assessment counted.
    if (countsIndicators(t, m) && grounded.some((f) => f.kind === 'count')) continue;
    const other = noteVerdict(m, clause, model);
    if (other && grounded.every((f) => f.kind === 'count' || f.kind === 'period')) {
      const expected = formatQuantity(other.value!, other.unit);
      out.push({
        ...base,
        code: 'wrong_value',
        message: `Underlaget säger ${expected}, inte ${m.text.trim()}: ${other.text}`,
        facts: [other],
        expected,
      });
      continue;
    }
    if ((grounded.length > 0 || inNotes(model, m)) && seg && !grounded.some((f) => f.kind === 'count')) {
      // The period written next to the figure must be the one it has in the data.
      const near = periodsNear(m, seg.words, inClause);
      const notes = near.at !== null || near.base !== null ? notesMatching(model, m) : [];
      // Without the indicator named, an indicator's value is a coincidence next to a note that holds the figure.
      const values = ind ? grounded.filter((f) => f.kind !== 'period') : [];
      const clash =
        (near.at !== null || near.base !== null) &&
        notes.length > 0 &&
        notes.every((n) => periodClash(near, n.periods)) &&
        values.every((f) => (f.kind === 'outcome' || f.kind === 'breakdown') && periodClash(near, { at: f.period ?? null, base: null }));
      if (clash) {
        const n = notes[0]!;
        const said = near.at ?? near.base!;
        const right = (near.at ? n.periods.at : n.periods.base) ?? n.periods.at ?? n.periods.base!;
        out.push({
          ...base,
          code: 'wrong_period',
          message: `Enligt underlaget gäller ${m.text.trim()} ${periodText(right)}, inte ${periodText(said)}: ${n.fact.text}`,
          facts: notes.map((x) => x.fact),
          expected: periodText(right),
        });
        continue;
      }
    }
    if (grounded.length > 0 || inNotes(model, m)) continue;
    const swap = unitSwap(m, model);
    if (swap) {
      out.push({ ...base, code: 'wrong_unit', message: swap.message, facts: [swap.fact], expected: swap.expected });
      continue;
    }
    out.push({
      ...base,
      code: 'ungrounded_number',
      message: m.isYear
        ? `Året ${m.text.trim()} finns inte i underlaget för målet.`
        : `Siffran ${m.text.trim()} finns inte i underlaget för målet.`,
      facts: ind ? ind.facts.filter((f) => f.kind === 'outcome' || f.kind === 'target') : [],
    });
  }
  return out;
}

/** Whether one of the notes' figures is the figure (reads the notes that may hold it). */
const inNotes = (model: GoalModel, m: NumberMention) => notesMatching(model, m).length > 0;

const UP_WORD = /^(?:ök\p{L}*|steg|stig\p{L}*|höj\p{L}*|fler|högre|mer)$/u;
const DOWN_WORD = /^(?:minsk\p{L}*|sjönk|sjunk\p{L}*|sänk\p{L}*|färre|lägre|mindre|föll|fallit|backade)$/u;

/** A figure for an indicator that holds changes keeps its sign: +3,4 is no −3,4. */
function matchesSigned(m: NumberMention, f: Fact): boolean {
  if (f.value === undefined) return false;
  const written = /^\s*\+/.test(m.text) ? Math.abs(m.value) : m.value;
  if (Math.sign(written) !== Math.sign(f.value) && f.value !== 0 && written !== 0) return false;
  return matchesFact({ ...m, value: Math.abs(written) }, { ...f, value: Math.abs(f.value) });
}

/** The outcome facts of an indicator that are forecasts (`values[].kind: "forecast"`). */
function forecastFacts(model: GoalModel, ind: IndicatorModel): Fact[] {
  const periods = new Set((model.goal.indicators[ind.index]?.values ?? []).filter((v) => v.kind === 'forecast').map((v) => v.period));
  return ind.facts.filter((f) => f.kind === 'outcome' && periods.has(f.period ?? ''));
}

/** "0,8 procent" where the data has 0,8 procentenheter (a difference between two percentages), or the other way round. */
function unitSwap(m: NumberMention, facts: Fact[] | GoalModel): { message: string; fact: Fact; expected: string } | null {
  if (m.unit !== 'procent' && m.unit !== 'procentenheter') return null;
  const want = m.unit === 'procent' ? 'procentenheter' : 'procent';
  const asOther: NumberMention = { ...m, unit: want };
  const fact = Array.isArray(facts)
    ? facts.find((f) => matchesFact(asOther, f))
    : (ownFactsMatching(facts, asOther)[0] ?? notesMatching(facts, asOther)[0]?.fact);
  if (!fact) return null;
  const expected = `${formatNumber(m.value)} ${want}`;
  const message =
    want === 'procentenheter'
      ? `Skillnaden mellan två andelar anges i procentenheter: ${expected}, inte ${m.text.trim()}.`
      : `${m.text.trim()} är en andel i procent, inte en skillnad i procentenheter: ${expected}.`;
  return { message, fact, expected };
}

/** Whether the periods next to a figure in the text contradict those next to it in a note. */
function periodClash(text: NearPeriods, note: NearPeriods): boolean {
  const differ = (a: string | null, b: string | null) =>
    a !== null && b !== null && a !== b && !(a.length !== b.length && a.slice(0, 4) === b.slice(0, 4));
  if (text.at && note.at) return differ(text.at, note.at);
  if (text.base && note.base) return differ(text.base, note.base);
  return false;
}

/** A figure that counts indicators or etappmål ("fyra indikatorer", "två av etappmålen"). */
function countsIndicators(t: TextModel, m: NumberMention): boolean {
  const after = t.lower.slice(m.end, m.end + 40);
  return /^\s+(?:av\s+(?:de\s+|dessa\s+)?(?:\p{L}+\s+)?)?(?:indikator|etappmål|mått)/u.test(after);
}
