/**
 * @module The offline drafter: a deterministic Swedish motivation for one goal, in the house style
 * of the published reports (factual, third person, 40–120 words, ending with the assessment), built
 * only from the assessment's figures, the officials' notes and the activities. Each draft is checked
 * sentence by sentence: a sentence the checker faults is left out, so a draft never has errors.
 */
import { comparePrinted, difference, reaches } from '../assessment';
import type { GoalAssessment, IndicatorAssessment } from '../assessment';
import { checkText, hasErrors, type Finding } from '../checker';
import { wordsOf } from '../checker';
import { mentionTopics, noteAbout } from '../chat';
import { findNumbers, formatQuantity, numberWord, periodText } from '../sv';
import { findGoal, type Goal, type ReportDocument } from '../report';

export const MIN_WORDS = 40;
export const MAX_WORDS = 120;

// ---------------------------------------------------------------- phrasing helpers

/** FNV-1a: a stable hash, so the same report always gets the same phrasing. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Picks one phrasing per slot: from a hash of the report and the slot, stepped by the goal's
 * position, so neighbouring goals of a report never share a phrasing in any slot.
 */
class Voice {
  constructor(
    private readonly seed: number,
    private readonly index: number,
  ) {}
  pick<T>(slot: number, options: readonly T[]): T {
    const slotSeed = Math.imul(this.seed ^ Math.imul(slot + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
    return options[(slotSeed + this.index) % options.length]!;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-cases a leading capital unless the word is an acronym ("IFO", "HME"). */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** A small count as reports write it ("fyra av indikatorerna"), larger ones in digits. */
const count = (n: number) => numberWord(n) ?? String(n);

const when = periodText;

/** The name as a sentence can carry it: a long name up to its first comma or full stop. */
function shortName(name: string): string {
  let full = name.trim().replace(/\s+/g, ' ').replace(/[.,;:]+$/, '');
  const tail = /,\s+(\p{Ll}[^,]*)$/u.exec(full);
  if (tail && tail[1]!.split(' ').length <= 3) full = full.slice(0, tail.index);
  if (full.split(' ').length <= 12) return full;
  // A long name is cut before its first comma, but a list the comma starts is kept whole:
  // "Totala volymen barn, ungdomar och familjer | som nås av …", not "Totala volymen barn".
  const cut = /[,.;:]\s/.exec(full);
  if (!cut) return full;
  const list = /^,\s(\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?\soch\s\p{L}[\p{L}-]*)/u.exec(full.slice(cut.index));
  const head = list ? `${full.slice(0, cut.index)}, ${list[1]}` : full.slice(0, cut.index);
  return head.split(' ').length >= 2 ? head : full;
}

/** A level label inside a sentence: "I hög grad uppfyllt" → "i hög grad uppfyllt"; acronyms stay. */
function labelInProse(label: string): string {
  return label
    .trim()
    .split(/\s+/)
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

export function isVerbalLabel(label: string): boolean {
  const last = label.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return /^(?:uppfyll|uppnå|nå)/.test(last);
}

/** The closing sentence in its plainest form, as the prompt asks the model to end. */
export function assessmentSentence(label: string): string {
  const l = labelInProse(label);
  return isVerbalLabel(label) ? `Bedömningen är därför att målet är ${l}.` : `Bedömningen är därför att måluppfyllelsen är ${l}.`;
}

function levelSentences(label: string): string[] {
  const l = labelInProse(label);
  if (!isVerbalLabel(label)) {
    return [
      `Bedömningen är därför att måluppfyllelsen är ${l}.`,
      `Nämnden bedömer sammantaget att måluppfyllelsen är ${l}.`,
      `Nämndens samlade bedömning är att måluppfyllelsen är ${l}.`,
    ];
  }
  const negated = /^(?:ej|inte|icke)\s/i.test(label.trim());
  return [
    `Bedömningen är därför att målet är ${l}.`,
    `Nämndens samlade bedömning är att målet är ${l}.`,
    negated ? `Nämnden bedömer sammantaget att målet är ${l}.` : `Sammantaget bedöms målet vara ${l}.`,
    `Mot den bakgrunden bedömer nämnden att målet är ${l}.`,
  ];
}

/** Sentences with no figure and no claim: they fill a short draft without adding anything to check. */
const FILLERS = [
  'Nämnden följer målet genom indikatorerna och de analyser som redovisas i uppföljningen.',
  'Bedömningen bygger på utfallen för året och på handläggarnas analys av utvecklingen.',
  'Nämnden fortsätter att följa arbetet under kommande period.',
  'Underlaget redovisas per indikator i uppföljningen, tillsammans med verksamhetens egen analys.',
  'Nämnden gör bedömningen utifrån det underlag som finns tillgängligt vid uppföljningen.',
];

// ---------------------------------------------------------------- blocks of the draft

interface Block {
  text: string;
  /** Lower is more important; the least important go first when the draft is too long or wrong. */
  priority: number;
  required?: boolean;
}

function qty(a: IndicatorAssessment, v: number): string {
  return formatQuantity(v, a.unit);
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
function judgedSentence(a: IndicatorAssessment, year: number, voice: Voice, slot: number): string {
  const name = capitalise(shortName(a.name));
  const met = a.status === 'met';
  const t = a.target!;
  const outcome = `${qty(a, a.outcome!)}${outcomeWhen(a, year)}`;
  const c = a.previous !== null && a.previousPeriod ? comparePrinted(a.outcome!, a.previous) : null;
  const verb = c === null ? null : c > 0 ? 'ökat' : c < 0 ? 'minskat' : null;
  const from = a.previous !== null && a.previousPeriod ? `${qty(a, a.previous)} ${previousWhen(a, year)}` : '';
  const kind = t.kind === 'malvarde' ? 'målvärdet' : 'etappmålet';
  const not = met ? '' : ' inte';
  if (t.value === undefined) {
    const aim = t.change === 'increase' ? 'öka' : 'minska';
    const how = verb ? `${name} har ${verb} till ${outcome} från ${from}` : c === 0 ? `${name} är oförändrad på ${outcome}` : `${name} var ${outcome}`;
    return `${how}, och ${kind} att ${aim} nås${not}.`;
  }
  const target = qty(a, t.value);
  const options = [
    `${name} var ${outcome}, vilket${not} når ${kind} om ${target}.`,
    `${name} uppgick till ${outcome}. Därmed nås${not} ${kind} om ${target}.`,
  ];
  if (verb) {
    // Outcome before the comparison: "föregående år" ahead of a figure would make it read as last year's.
    options.push(`${name} har ${verb} till ${outcome} från ${from} och når${not} ${kind} om ${target}.`);
    if (a.unit?.trim() === '%') {
      const pp = formatQuantity(Math.abs(difference(a.outcome!, a.previous!)), 'procentenheter');
      options.push(`${name} har ${verb} med ${pp} till ${outcome} och når${not} ${kind} om ${target}.`);
    }
  } else if (c === 0) {
    options.push(`${name} är oförändrad på ${outcome} och når${not} ${kind} om ${target}.`);
  }
  return voice.pick(slot, options);
}

/** Why an indicator's outcome for the year is missing, when the data says so briefly. */
function missingSentence(a: IndicatorAssessment, year: number): string {
  const name = lowerFirst(shortName(a.name));
  if (a.outcome !== null) return `För ${name} saknas jämförelsevärde, så riktningen mot etappmålet kan inte bedömas.`;
  const why = a.outcomeNote?.trim().replace(/[.\s]+$/, '');
  const brief = why && why.split(/\s+/).length <= 12 && !/[;:()]/.test(why) ? why : undefined;
  return brief ? `För ${name} saknas utfall för ${year}: ${lowerFirst(brief)}.` : `För ${name} saknas utfall för ${year}.`;
}

/** The latest known outcome of an indicator with none for the year, against its etappmål. */
function latestKnownSentence(a: IndicatorAssessment): string | null {
  const t = a.target;
  if (a.outcome !== null || a.previous === null || !a.previousPeriod || t?.value === undefined) return null;
  const met = reaches(a.previous, t.value, a.better);
  const name = lowerFirst(shortName(a.name));
  // A full year is preferred over a later part of a year (cumulative to August is not comparable to a
  // year's target), so a year is named as the latest full year, not as the latest value there is.
  const what = a.previousPeriod.length === 7 ? 'senast kända värdet' : 'senaste helårsvärdet';
  return `Det ${what} för ${name} är ${qty(a, a.previous)} ${a.previousPeriod.length === 7 ? 'i' : 'för'} ${when(a.previousPeriod)}, vilket${met ? '' : ' inte'} når etappmålet om ${qty(a, t.value)}.`;
}

function overview(g: GoalAssessment, year: number, voice: Voice, judged: IndicatorAssessment[]): string | null {
  const met = judged.filter((a) => a.status === 'met').length;
  const n = judged.length;
  if (n === 0) {
    const withTarget = g.indicators.filter((a) => a.target);
    if (withTarget.length > 2 && withTarget.every((a) => a.status === 'missing')) {
      return voice.pick(1, [
        `Utfall för ${year} saknas ännu för målets indikatorer.`,
        `För ${year} finns ännu inga utfall att jämföra med etappmålen.`,
      ]);
    }
    return null;
  }
  if (n < 2) return null;
  if (met === 0) return voice.pick(1, [`Inga etappmål nås under ${year}.`, `Inget etappmål nås ${year}.`]);
  if (met === n) return voice.pick(1, [`Under ${year} nås alla ${count(n)} etappmål som kan bedömas.`, `Samtliga ${count(n)} etappmål med utfall nås.`]);
  return voice.pick(1, [
    `${capitalise(count(met))} av ${count(n)} etappmål nås under ${year}.`,
    `Etappmålet nås för ${count(met)} av ${count(n)} indikatorer med utfall.`,
    `Nämnden når ${count(met)} av ${count(n)} etappmål som kan bedömas för ${year}.`,
  ]);
}

/** Notes that explain a deviation read as analysis; short ones with few figures are worth quoting. */
const EXPLAINS = /(?:beror|berodde|på grund av|till följd av|eftersom|därför|förklar|bedöms|effekt|påverka|följd|varför)/iu;

function noteCandidates(goal: Goal): string[] {
  const clean = goal.notes
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => n.length > 0 && n.split(' ').length <= 30 && !/[;:]/.test(n) && findNumbers(n).length <= 2);
  const explaining = clean.filter((n) => EXPLAINS.test(n));
  const rest = clean.filter((n) => !EXPLAINS.test(n));
  return [...explaining, ...rest].map((n) => capitalise(/[.!?]$/.test(n) ? n : `${n}.`));
}

function activitySentence(goal: Goal): string | null {
  const titles = goal.activities
    .map((x) => x.title.trim().replace(/[.\s]+$/, ''))
    .filter((t) => t.length > 0 && t.split(/\s+/).length <= 10)
    .slice(0, 2);
  if (titles.length === 0) return null;
  const quoted = titles.map((t) => `”${t}”`);
  return `Bland nämndens aktiviteter under perioden märks ${quoted.join(' och ')}.`;
}

function plan(doc: ReportDocument, goal: Goal, g: GoalAssessment, voice: Voice, wishes: Wishes): Block[] {
  const year = doc.report.year;
  const blocks: Block[] = [];
  const judged = g.indicators.filter((a) => (a.status === 'met' || a.status === 'not_met') && a.outcome !== null && a.period && a.target);
  const missing = g.indicators.filter((a) => a.status === 'missing');
  // A level in the upper half is argued from what is met; a lower one from what is not.
  const levels = [...doc.scale.levels].sort((x, y) => y.rank - x.rank);
  const upper = levels.findIndex((l) => l.id === g.level) < levels.length / 2;
  const ordered = [...judged.filter((a) => (a.status === 'met') === upper), ...judged.filter((a) => (a.status === 'met') !== upper)];

  const opening = overview(g, year, voice, judged);
  if (opening) blocks.push({ text: opening, priority: 1 });
  ordered.slice(0, 3).forEach((a, i) => blocks.push({ text: judgedSentence(a, year, voice, 10 + i * 3), priority: 2 + i * 2 }));

  if (missing.length > 0 && missing.length <= 2) {
    missing.forEach((a, i) => blocks.push({ text: missingSentence(a, year), priority: 3 + i * 2 }));
  } else if (missing.length > 2 && judged.length > 0) {
    blocks.push({ text: `Utfall för ${year} saknas för ${count(missing.length)} av ${count(g.counts.withTarget)} indikatorer med etappmål.`, priority: 4 });
  }
  missing
    .map(latestKnownSentence)
    .filter((t): t is string => t !== null)
    .slice(0, 2)
    .forEach((text, i) => blocks.push({ text, priority: 4 + i * 2 }));
  if (g.indicators.length === 0) {
    blocks.push({ text: 'Målet saknar indikatorer, så måluppfyllelsen kan inte mätas med utfall.', priority: 1 });
  } else if (g.counts.noTarget === g.indicators.length) {
    blocks.push({ text: 'Ingen av indikatorerna har något etappmål att jämföra utfallen med.', priority: 1 });
  }
  if (g.override?.reason?.trim()) {
    blocks.push({ text: `Nämnden har fastställt nivån med motiveringen: ${g.override.reason.trim().replace(/[.\s]+$/, '')}.`, priority: 2 });
  }
  // Notes the official asked to have mentioned come first, whatever their length.
  const asked = wishes.notes.map((n) => capitalise(/[.!?]$/.test(n.trim()) ? n.trim() : `${n.trim()}.`));
  asked.forEach((text) => blocks.push({ text, priority: 1 }));
  noteCandidates(goal)
    .filter((n) => !asked.includes(n))
    .slice(0, 2)
    .forEach((text, i) => blocks.push({ text, priority: 3 + i * 4 }));
  const activities = activitySentence(goal);
  if (activities) blocks.push({ text: activities, priority: 7 });
  blocks.push({ text: voice.pick(2, levelSentences(g.label)), priority: 0, required: true });
  return blocks;
}

// ---------------------------------------------------------------- assembling and checking

const join = (blocks: Block[]) => blocks.map((b) => b.text).join(' ');
/** Words by both counts (the checker's splits "7,8" in two; whitespace does not): the draft must fit both. */
const counts = (text: string) => [wordsOf(text).length, text.split(/\s+/).filter(Boolean).length];
const wordCount = (text: string) => Math.max(...counts(text));
const fewestWords = (text: string) => Math.min(...counts(text));

/** Spans of each block in the joined text. */
function spans(blocks: Block[]): { start: number; end: number }[] {
  let at = 0;
  return blocks.map((b) => {
    const s = { start: at, end: at + b.text.length };
    at = s.end + 1;
    return s;
  });
}

function errorsOf(doc: ReportDocument, g: GoalAssessment, text: string): Finding[] {
  return checkText({ doc, goalId: g.goalId, text, level: g.level, assessment: g, wordLimit: MAX_WORDS, origin: 'model' }).filter((f) => f.severity === 'error');
}

/** Leaves out what is too long or wrong, least important first, until the draft checks clean. */
function settle(doc: ReportDocument, g: GoalAssessment, blocks: Block[], maxWords: number): Block[] | null {
  let active = [...blocks];
  for (let round = 0; round < 40; round++) {
    const text = join(active);
    const droppable = active.filter((b) => !b.required);
    if (wordCount(text) > maxWords && droppable.length > 0) {
      const worst = droppable.reduce((w, b) => (b.priority > w.priority ? b : w));
      active = active.filter((b) => b !== worst);
      continue;
    }
    const errors = errorsOf(doc, g, text);
    if (errors.length === 0) return active;
    const where = spans(active);
    const faulty = new Set(active.filter((b, i) => !b.required && errors.some((e) => e.start < where[i]!.end && where[i]!.start < e.end)));
    if (faulty.size === 0) return null;
    active = active.filter((b) => !faulty.has(b));
  }
  return null;
}

function pad(blocks: Block[], voice: Voice): Block[] {
  const out = [...blocks];
  const fillers = [...FILLERS];
  const start = voice.pick(3, [0, 1, 2, 3, 4]);
  for (let i = 0; i < fillers.length && fewestWords(join(out)) < MIN_WORDS; i++) {
    out.splice(out.length - 1, 0, { text: fillers[(start + i) % fillers.length]!, priority: 9 });
  }
  return out;
}

/** What the official asked for, as far as a draft without a model can follow it. */
interface Wishes {
  /** The goal's notes on the topics asked for ("nämn medarbetarenkäten"). */
  notes: string[];
  shorter: boolean;
}

/** A shorter draft when asked for one ("kortare"): still at least MIN_WORDS. */
const SHORTER_MAX = 70;

function readWishes(doc: ReportDocument, goalId: string, instructions: string | undefined): Wishes {
  const notes = mentionTopics(instructions)
    .map((topic) => noteAbout(doc, goalId, topic))
    .filter((n): n is string => n !== undefined);
  return { notes: [...new Set(notes)], shorter: /\b(?:kortare|kort|korta|kortfattad|kortfattat|kortfattade)\b/iu.test(instructions ?? '') };
}

/**
 * The offline draft for one goal: deterministic for the same data and wishes, 40–120 words, no
 * checker errors. Of the official's wishes it follows "kortare" and "nämn …" (the goal's own note
 * on the topic). Throws a RangeError when the goal is not in the report.
 */
export function draftOffline(doc: ReportDocument, goalId: string, assessment: GoalAssessment, opts: { instructions?: string } = {}): string {
  const goal = findGoal(doc, goalId);
  if (!goal) throw new RangeError(`Målet "${goalId}" finns inte i rapporten.`);
  const voice = new Voice(hash(`${doc.organisation.id}/${doc.report.id}`), doc.goals.indexOf(goal));
  const wishes = readWishes(doc, goalId, opts.instructions);
  const settled = settle(doc, assessment, plan(doc, goal, assessment, voice, wishes), wishes.shorter ? SHORTER_MAX : MAX_WORDS);
  if (settled) {
    const padded = pad(settled, voice);
    const text = join(padded);
    if (wordCount(text) <= MAX_WORDS && !hasErrors(errorsOf(doc, assessment, text))) return text;
  }
  // The plainest draft: no figure, no claim, only the level.
  return join(pad([{ text: levelSentences(assessment.label)[0]!, priority: 0, required: true }], voice));
}
