/**
 * @module The offline drafter's plan and grammar: which sentences a goal's motivation needs, in
 * what order, and the forms each can take. Every slot offers several forms; the `Writer` hands them
 * out deterministically (a hash of the report, stepped by the goal's position) and never gives a
 * form that an earlier sentence of the same text already used.
 */
import { comparePrinted, difference, reaches, type GoalAssessment, type IndicatorAssessment } from '../assessment';
import { closingMode, isJudged, levelSentences, upperHalf } from './closing';
import type { Writer } from './writer';
import { activityBlock, fillers, list, relevantNotes } from './notes';
import { formatQuantity, numberWord, periodText } from '../sv';
import { comparisonBlock, gapBlock } from './groups';
import { proseWordCount, type Goal, type ReportDocument } from '../report';
import { capitalise, lowerFirst, plainSwedish, reasonOf, sentence, type HouseStyle, type Reason } from './prose';

export { Writer } from './writer';
export { assessmentSentence, closingSentence, levelSentences } from './closing';

export interface Block {
  /** The sentence's forms in the order to try: a form the checker faults gives way to the next. */
  forms: string[];
  at: number;
  /** Lower is more important; the least important go first when the draft is too long. */
  priority: number;
  required?: boolean;
}

// ---------------------------------------------------------------- small words

/** A small count as reports write it ("fyra av indikatorerna"), larger ones in digits. */
const count = (n: number) => numberWord(n) ?? String(n);
const when = periodText;
const qty = (a: IndicatorAssessment, v: number) => formatQuantity(v, a.unit);

// ---------------------------------------------------------------- sentences about indicators

export interface Ctx {
  doc: ReportDocument;
  goal: Goal;
  g: GoalAssessment;
  names: Map<string, string>;
  style: HouseStyle;
  writer: Writer;
  wishes: { notes: string[] };
}

/** The indicator's name in prose, or null when it is too long to stand in a sentence. */
function nameOf(ctx: Ctx, a: IndicatorAssessment): string | null {
  const n = ctx.names.get(a.indicatorId) ?? a.name;
  return proseWordCount(n) <= 8 && /\p{L}/u.test(n) ? n : null;
}

/** When the comparison value is from: "föregående år" for last year's full year, else the period. */
function previousWhen(a: IndicatorAssessment, year: number): string {
  if (a.previousPeriod === String(year - 1) && a.period === String(year)) return 'föregående år';
  return a.previousPeriod!.length === 7 ? `i ${when(a.previousPeriod!)}` : `${when(a.previousPeriod!)}`;
}

/** The outcome as written after a figure: the report year goes without saying, a month is named. */
function outcomeWhen(a: IndicatorAssessment, year: number): string {
  if (a.period === String(year)) return '';
  return a.period!.length === 7 ? ` i ${when(a.period!)}` : ` ${a.period}`;
}

/** One sentence on an indicator judged against its etappmål. */
function judgedForms(ctx: Ctx, a: IndicatorAssessment, name: string): string[] {
  const year = ctx.doc.report.year;
  const N = capitalise(name);
  const met = a.status === 'met';
  const t = a.target!;
  const out = `${qty(a, a.outcome!)}${outcomeWhen(a, year)}`;
  const c = a.previous !== null && a.previousPeriod ? comparePrinted(a.outcome!, a.previous) : null;
  const verb = c === null ? null : c > 0 ? 'ökat' : c < 0 ? 'minskat' : null;
  const from = a.previous !== null && a.previousPeriod ? `${qty(a, a.previous)} ${previousWhen(a, year)}` : '';
  const kind = t.kind === 'malvarde' ? 'målvärdet' : 'etappmålet';
  const not = met ? '' : ' inte';
  const options: { id: string; text: string; tier?: number }[] = [];
  if (t.value === undefined) {
    const aim = t.change === 'increase' ? 'öka' : t.change === 'decrease' ? 'minska' : 'behålla nivån';
    if (verb) options.push({ id: 'dir-change', text: `${N} har ${verb} till ${out} från ${from}, och ${kind} att ${aim} nås${not}.` });
    if (c === 0) options.push({ id: 'dir-same', text: `${N} är oförändrad på ${out}, och ${kind} att ${aim} nås${not}.` });
    options.push({ id: 'dir-plain', text: `Med ${out} ${met ? 'når' : 'når inte'} ${lowerFirst(name)} ${kind} att ${aim}.` });
    return ctx.writer.forms('judged', options);
  }
  const target = qty(a, t.value);
  options.push({ id: 'vilket', text: `${N} var ${out}, vilket${not} når ${kind} om ${target}.` });
  options.push({ id: 'med', text: `Med ${out} når ${lowerFirst(name)}${not} ${kind} om ${target}.` });
  if (verb) {
    // Outcome before the comparison: "föregående år" ahead of a figure would make it read as last year's.
    options.push({ id: 'change', tier: 0, text: `${N} har ${verb} till ${out} från ${from} och når${not} ${kind} om ${target}.` });
    if (a.unit?.trim() === '%') {
      const pp = formatQuantity(Math.abs(difference(a.outcome!, a.previous!)), 'procentenheter');
      options.push({ id: 'pp', tier: 0, text: `${N} har ${verb} med ${pp} till ${out}, och ${kind} om ${target} nås därmed${not}.` });
    }
  } else if (c === 0) {
    options.push({ id: 'same', text: `${N} är oförändrad på ${out} och når${not} ${kind} om ${target}.` });
  }
  options.push({ id: 'uppgick', text: `${N} uppgick till ${out}. ${capitalise(kind)} om ${target} är därmed${met ? '' : ' inte'} nått.` });
  return ctx.writer.forms('judged', options);
}

/** Several indicators that go the same way, in one sentence ("Etappmålen för A och B nås inte"). */
function groupForms(ctx: Ctx, group: IndicatorAssessment[], names: string[]): string[] {
  const met = group[0]!.status === 'met';
  const L = list(names);
  const trend = group.every((a) => a.trend === 'improved')
    ? 'förbättrats'
    : group.every((a) => a.trend === 'worsened')
      ? 'försämrats'
      : null;
  const all = names.length === 2 ? 'båda' : `alla ${count(names.length)}`;
  const tail = trend ? [`; ${all} har ${trend} sedan föregående år`] : [];
  const options = met
    ? [
        { id: 'g-nas', text: `Etappmålen nås för ${L}` },
        { id: 'g-sina', text: `${capitalise(L)} når sina etappmål` },
      ]
    : [
        { id: 'g-nas', text: `Etappmålen för ${L} nås inte` },
        { id: 'g-sina', text: `${capitalise(L)} når inte sina etappmål` },
        ...(names.length === 2 ? [{ id: 'g-varken', text: `Varken ${names[0]} eller ${names[1]} når sitt etappmål` }] : []),
      ];
  const forms = ctx.writer.forms('group', options);
  // With the shared trend first; the checker may not read a trend claimed for several at once.
  return [...tail.flatMap((t) => forms.map((f) => `${f}${t}.`)), ...forms.map((f) => `${f}.`)];
}

/** What goes the other way, after a "däremot". */
function contrastForms(ctx: Ctx, others: { a: IndicatorAssessment; name: string }[]): string[] {
  const met = others[0]!.a.status === 'met';
  const not = met ? '' : ' inte';
  if (others.length === 1) {
    const { a, name } = others[0]!;
    const t = a.target!;
    const out = `${qty(a, a.outcome!)}${outcomeWhen(a, ctx.doc.report.year)}`;
    const kind = t.kind === 'malvarde' ? 'målvärdet' : 'etappmålet';
    const target = t.value !== undefined ? ` om ${qty(a, t.value)}` : '';
    return ctx.writer.forms('contrast', [
      { id: 'c-daremot', text: `Däremot når ${lowerFirst(name)}${not} ${kind}${target}, med ${out}.` },
      { id: 'c-som', text: `${capitalise(kind)}${target} nås däremot${not} för ${lowerFirst(name)}, som var ${out}.` },
    ]);
  }
  const L = list(others.map((o) => lowerFirst(o.name)));
  return ctx.writer.forms('contrast', [
    { id: 'c-daremot', text: `Däremot nås${not} etappmålen för ${L}.` },
    { id: 'c-som', text: `Etappmålen för ${L} nås däremot${not}.` },
  ]);
}

/** The latest known value of an indicator with no outcome for the year, against its etappmål. */
function latestForms(ctx: Ctx, a: IndicatorAssessment, name: string): string[] {
  const t = a.target!;
  const met = reaches(a.previous!, t.value!, a.better);
  const not = met ? '' : ' inte';
  const n = lowerFirst(name);
  const month = a.previousPeriod!.length === 7;
  // A full year is preferred over a later part of a year (cumulative to August is not comparable to a
  // year's target), so a year is named as the latest full year, not as the latest value there is.
  const what = month ? 'senast kända värdet' : 'senaste helårsvärdet';
  const v = qty(a, a.previous!);
  const p = when(a.previousPeriod!);
  const target = `etappmålet om ${qty(a, t.value!)}`;
  return ctx.writer.forms('latest', [
    { id: 'l-det', text: `Det ${what} för ${n} är ${v} ${month ? 'i' : 'för'} ${p}, vilket${not} når ${target}.` },
    { id: 'l-under', text: `${month ? 'I' : 'Under'} ${p} var ${n} ${v} och nådde därmed${not} ${target}.` },
    { id: 'l-med', text: `Med det senaste värdet, ${v} ${month ? 'i' : 'för'} ${p}, når ${n}${not} ${target}.` },
  ]);
}

const reasonKey = (r: Reason | null) => (r ? `${r.kind}:${r.text}` : '');
const withReason = (r: Reason | null) => (r ? (r.kind === 'phrase' ? ` ${r.text}` : `, eftersom ${r.text}`) : '');

/** Missing outcomes, once, with the reason where the data gives one: one sentence per reason, at most two. */
function missingBlocks(ctx: Ctx, missing: { a: IndicatorAssessment; name: string | null; reason: Reason | null }[]): Block[] {
  const year = ctx.doc.report.year;
  if (missing.length === 0) return [];
  const keys = [...new Set(missing.map((m) => reasonKey(m.reason)))].sort((x, y) => (x === '' ? 1 : 0) - (y === '' ? 1 : 0));
  return keys.slice(0, 2).map((key, i) => {
    const group = missing.filter((m) => reasonKey(m.reason) === key);
    const why = withReason(group[0]!.reason);
    const priority = 3 + i * 2;
    if (group.length > 2 || group.some((m) => m.name === null)) {
      const of = keys.length === 1 && ctx.g.counts.withTarget > group.length ? ` av ${count(ctx.g.counts.withTarget)}` : '';
      return {
        forms: ctx.writer.forms('missing', [
          { id: 'm-saknas', text: `Utfall för ${year} saknas för ${count(group.length)}${of} indikatorer med etappmål${why}.` },
          { id: 'm-finns', text: `För ${count(group.length)}${of} indikatorer med etappmål finns ännu inget utfall för ${year}${why}.` },
        ]),
        at: 0,
        priority,
      };
    }
    const L = list(group.map((m) => lowerFirst(m.name!)));
    return {
      forms: ctx.writer.forms('missing', [
        { id: 'm-saknas', text: `Utfall för ${year} saknas för ${L}${why}.` },
        { id: 'm-finns', text: `För ${L} finns ännu inget utfall för ${year}${why}.` },
      ]),
      at: 0,
      priority,
    };
  });
}

// ---------------------------------------------------------------- the plan

/**
 * The paragraph, planned: the decisive etappmål (grouped when several go the same way, then the
 * figures of the one or two furthest from their target), what goes the other way, missing outcomes
 * once with their reason, a notable gap and comparison, the notes that explain, the official's
 * reason for a level set against the figures, and the assessment sentence.
 */
export function plan(ctx: Ctx): { blocks: Block[]; fillers: string[] } {
  const { doc, g, goal } = ctx;
  const year = doc.report.year;
  const blocks: Block[] = [];
  const push = (forms: string[], priority: number, required = false) =>
    forms.length > 0 && blocks.push({ forms, at: 0, priority, ...(required ? { required } : {}) });
  const named = (a: IndicatorAssessment) => ({ a, name: nameOf(ctx, a) });
  const farthest = (x: { a: IndicatorAssessment }, y: { a: IndicatorAssessment }) => weight(y.a) - weight(x.a);

  const judged = g.indicators.filter(isJudged).map(named);
  const upper = upperHalf(doc, g.level);
  const supporting = judged.filter((x) => (x.a.status === 'met') === upper).sort(farthest);
  const against = judged.filter((x) => (x.a.status === 'met') !== upper).sort(farthest);
  // When nothing supports the level, what there is leads, without a "däremot".
  const [lead, other] = supporting.length > 0 ? [supporting, against] : [against, []];

  // The overview, where there are enough etappmål for a count to say something.
  if (judged.length >= 3) {
    const met = judged.filter((x) => x.a.status === 'met').length;
    const n = judged.length;
    push(
      ctx.writer.forms(
        'overview',
        met === 0
          ? [
              { id: 'o-inget', text: `Inget av de ${count(n)} etappmål som kan bedömas nås ${year}.` },
              { id: 'o-inga', text: `Under ${year} nås inga av ${count(n)} etappmål med utfall.` },
            ]
          : met === n
            ? [
                { id: 'o-alla', text: `Under ${year} nås alla ${count(n)} etappmål som kan bedömas.` },
                { id: 'o-samtliga', text: `Samtliga ${count(n)} etappmål med utfall nås.` },
              ]
            : [
                { id: 'o-av', text: `${capitalise(count(met))} av ${count(n)} etappmål nås under ${year}.` },
                { id: 'o-for', text: `Etappmålet nås för ${count(met)} av ${count(n)} indikatorer med utfall.` },
              ],
      ),
      1,
    );
  }

  const speak = (xs: { a: IndicatorAssessment; name: string | null }[]) =>
    xs.filter((x): x is { a: IndicatorAssessment; name: string } => x.name !== null);
  const leadNamed = speak(lead);
  const grouped = leadNamed.length >= 2 && leadNamed.filter((x) => x.a.target?.kind === 'etappmal').length >= 2;
  if (grouped) {
    const group = leadNamed.filter((x) => x.a.target?.kind === 'etappmal').slice(0, 3);
    while (group.length > 2 && group.reduce((n, x) => n + proseWordCount(x.name), 0) > 16) group.pop();
    push(
      groupForms(
        ctx,
        group.map((x) => x.a),
        group.map((x) => lowerFirst(x.name)),
      ),
      2,
    );
  }
  leadNamed.slice(0, grouped ? 2 : 3).forEach((x, i) => push(judgedForms(ctx, x.a, x.name), 2 + i * 2));
  const otherNamed = speak(other);
  if (otherNamed.length > 0) {
    const others = otherNamed.slice(0, 3);
    while (others.length > 1 && others.reduce((n, x) => n + proseWordCount(x.name), 0) > 16) others.pop();
    push(contrastForms(ctx, others), 3);
  }

  // Missing outcomes: the latest known value where there is one (it decides the level), the rest once.
  const missingAll = g.indicators.filter((a) => a.status === 'missing').map((a) => ({ ...named(a), reason: reasonOf(a.outcomeNote) }));
  const noOutcomeYet =
    judged.length === 0 &&
    g.indicators.filter((a) => a.target).length > 2 &&
    g.indicators.filter((a) => a.target).every((a) => a.status === 'missing');
  const latest = missingAll
    .filter(
      (m) => m.name !== null && m.a.outcome === null && m.a.previous !== null && m.a.previousPeriod && m.a.target?.value !== undefined,
    )
    .slice(0, 2);
  if (noOutcomeYet) {
    push(
      ctx.writer.forms('none-yet', [
        { id: 'n-saknas', text: `Utfall för ${year} saknas ännu för målets indikatorer.` },
        { id: 'n-finns', text: `För ${year} finns ännu inga utfall att jämföra med etappmålen.` },
      ]),
      1,
    );
  }
  // Said once: which outcomes are missing and why, then the latest known values that stand in for them.
  if (!noOutcomeYet)
    missingBlocks(
      ctx,
      missingAll.filter((m) => m.a.outcome === null),
    ).forEach((b) => blocks.push(b));
  latest.forEach((m, i) => push(latestForms(ctx, m.a, m.name!), 3 + i * 2));
  const direction = missingAll.filter((m) => m.a.outcome !== null);
  direction
    .slice(0, 1)
    .forEach(
      (m) => m.name && push([`För ${lowerFirst(m.name)} saknas jämförelsevärde, så riktningen mot etappmålet kan inte bedömas.`], 5),
    );

  if (g.indicators.length === 0) push(['Målet saknar indikatorer, så måluppfyllelsen kan inte mätas med utfall.'], 1);
  else if (g.counts.noTarget === g.indicators.length) push(['Ingen av indikatorerna har något etappmål att jämföra utfallen med.'], 1);

  const decisive = speak([...lead, ...other, ...latest]);
  const gap = gapBlock(ctx, decisive);
  if (gap) blocks.push(gap);
  const comparison = comparisonBlock(ctx, decisive);
  if (comparison) blocks.push(comparison);

  // Notes: those the official asked for first, then the one or two that explain the decisive indicators.
  const keep = [...goal.indicators.map((i) => i.name), ...ctx.names.values()];
  const asked = ctx.wishes.notes.map((n) => sentence(plainSwedish(n, keep)));
  asked.forEach((text) => push([text], 1));
  relevantNotes(doc, goal, [...judged, ...latest, ...missingAll])
    .map((n) => sentence(plainSwedish(n, keep)))
    .filter((n) => !asked.includes(n))
    .slice(0, 2)
    .forEach((text, i) => push([text], 4 + i * 2));
  const activities = activityBlock(ctx, judged.length + latest.length > 0);
  if (activities) blocks.push(activities);

  const mode = closingMode(
    doc,
    g,
    latest.map((m) => ({ met: reaches(m.a.previous!, m.a.target!.value!, m.a.better) })),
  );
  if (mode === 'reason') push([sentence(plainSwedish(g.override!.reason.trim(), keep))], 1);
  const closing = levelSentences(g, doc, ctx.style, mode);
  push(
    ctx.writer.forms(
      'closing',
      closing.map((text, i) => ({ id: `close-${i}`, text })),
    ),
    0,
    true,
  );
  return { blocks, fillers: fillers(ctx.style, goal.indicators.length > 0) };
}

/** How far an outcome is from its target, relative to the target: the farthest argue the level best. */
function weight(a: IndicatorAssessment): number {
  if (a.distance === null || !a.target?.value) return Math.abs(a.distance ?? 0);
  return Math.abs(a.distance / a.target.value);
}
