/**
 * @module The offline drafter: a deterministic Swedish motivation for one goal, in the house style
 * of the published reports (factual, third person, 40–120 words, ending with the assessment), built
 * only from the assessment's figures, the officials' notes and the activities.
 *
 * The paragraph is planned before it is written (see `plan`): the etappmål that decide the level
 * first, grouped when several go the same way, then what goes the other way, missing outcomes once
 * with their reason, one sentence each on a notable group gap or comparison, the one or two notes
 * that explain the decisive indicators, and last the assessment sentence, whose connective follows
 * from what came before. Each sentence is drawn from a small grammar of forms (`sentences.ts`),
 * chosen deterministically so that no form is used twice in a text. Each draft is checked: a
 * sentence the checker faults, or one that repeats a four-word run of another, is replaced by its
 * next form or left out, so a draft never has errors.
 */
import type { GoalAssessment } from '../assessment';
import { checkText, hasErrors, wordsOf, type Finding } from '../checker';
import { mentionTopics, noteAbout } from '../chat';
import { findGoal, proseNames, type ReportDocument } from '../report';
import { houseStyle } from './prose';
import { Writer, levelSentences, plan, type Block } from './sentences';

export { assessmentSentence, closingSentence } from './sentences';
export { isVerbalLabel } from './prose';

export const MIN_WORDS = 40;
export const MAX_WORDS = 120;

/** FNV-1a: a stable hash, so the same report always gets the same phrasing. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------- assembling and checking

const current = (b: Block) => b.forms[b.at]!;
const join = (blocks: Block[]) => blocks.map(current).join(' ');
/** Words by both counts (the checker's splits "7,8" in two; whitespace does not): the draft must fit both. */
const counts = (text: string) => [wordsOf(text).length, text.split(/\s+/).filter(Boolean).length];
const wordCount = (text: string) => Math.max(...counts(text));
const fewestWords = (text: string) => Math.min(...counts(text));

/** Spans of each block in the joined text. */
function spans(blocks: Block[]): { start: number; end: number }[] {
  let at = 0;
  return blocks.map((b) => {
    const s = { start: at, end: at + current(b).length };
    at = s.end + 1;
    return s;
  });
}

function errorsOf(doc: ReportDocument, g: GoalAssessment, text: string): Finding[] {
  return checkText({ doc, goalId: g.goalId, text, level: g.level, assessment: g, wordLimit: MAX_WORDS }).filter(
    (f) => f.severity === 'error' || f.code === 'missing_level',
  );
}

/** Four-word runs of a sentence without figures, names masked: a name may recur, a phrase around it may not. */
export function wordRuns(text: string, names: string[]): string[] {
  let masked = text.toLocaleLowerCase('sv');
  for (const n of names) masked = masked.split(n.toLocaleLowerCase('sv')).join(' \uE001 ');
  const out: string[] = [];
  for (const part of masked.split(/[.!?;:](?:\s|$)/)) {
    const words = part.match(/[\p{L}\d\uE001][\p{L}\d\uE001,−–-]*/gu)?.map((w) => w.replace(/,+$/, '')) ?? [];
    for (let i = 0; i + 4 <= words.length; i++) {
      const four = words.slice(i, i + 4);
      if (!four.some((w) => /[\d\uE001]/u.test(w))) out.push(four.join(' '));
    }
  }
  return out;
}

/** The blocks that repeat a four-word run of an earlier block (or of themselves). */
function repeating(blocks: Block[], names: string[]): Block[] {
  const seen = new Set<string>();
  const out: Block[] = [];
  for (const b of blocks) {
    const runs = wordRuns(current(b), names);
    if (runs.some((r) => seen.has(r)) || new Set(runs).size < runs.length) out.push(b);
    runs.forEach((r) => seen.add(r));
  }
  return out;
}

/** Moves a faulty block on to its next form, or leaves it out; a required block only changes form. */
function retreat(active: Block[], faulty: Set<Block>): Block[] | null {
  const out: Block[] = [];
  for (const b of active) {
    if (!faulty.has(b)) out.push(b);
    else if (b.at + 1 < b.forms.length) out.push({ ...b, at: b.at + 1 });
    else if (b.required) return null;
  }
  return out;
}

/** Leaves out what is too long, wrong or repeated, least important first, until the draft is clean. */
function settle(doc: ReportDocument, g: GoalAssessment, blocks: Block[], maxWords: number, names: string[]): Block[] | null {
  let active = [...blocks];
  for (let round = 0; round < 60; round++) {
    const text = join(active);
    const droppable = active.filter((b) => !b.required);
    if (wordCount(text) > maxWords && droppable.length > 0) {
      const worst = droppable.reduce((w, b) => (b.priority > w.priority ? b : w));
      active = active.filter((b) => b !== worst);
      continue;
    }
    const repeated = repeating(active, names);
    if (repeated.length > 0) {
      // The later of two blocks sharing a run gives way, unless it is the assessment: then the earlier one.
      const b = repeated[0]!;
      const culprit = b.required ? (active.find((x) => !x.required && repeating([x, b], names).length > 0) ?? b) : b;
      const next = retreat(active, new Set([culprit]));
      if (!next) return null;
      active = next;
      continue;
    }
    const where = spans(active);
    const errors = errorsOf(doc, g, text);
    if (errors.length === 0) return active;
    // A text that does not state the level: the assessment sentence takes its next form.
    const unstated = errors.some((e) => e.code === 'missing_level') ? active.filter((b) => b.required) : [];
    const faulty = new Set([
      ...unstated,
      ...active.filter((_, i) => errors.some((e) => e.code !== 'missing_level' && e.start < where[i]!.end && where[i]!.start < e.end)),
    ]);
    if (faulty.size === 0) return null;
    const next = retreat(active, faulty);
    if (!next) return null;
    active = next;
  }
  return null;
}

function pad(blocks: Block[], fillers: string[]): Block[] {
  const out = [...blocks];
  for (let i = 0; i < fillers.length && fewestWords(join(out)) < MIN_WORDS; i++) {
    out.splice(out.length - 1, 0, { forms: [fillers[i]!], at: 0, priority: 9 });
  }
  return out;
}

/** What the official asked for, as far as a draft without a model can follow it. */
export interface Wishes {
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
 * checker errors, no four-word run repeated. Of the official's wishes it follows "kortare" and
 * "nämn …" (the goal's own note on the topic). Throws a RangeError when the goal is not in the report.
 */
export function draftOffline(
  doc: ReportDocument,
  goalId: string,
  assessment: GoalAssessment,
  opts: { instructions?: string } = {},
): string {
  const goal = findGoal(doc, goalId);
  if (!goal) throw new RangeError(`Målet "${goalId}" finns inte i rapporten.`);
  const style = houseStyle(doc);
  const names = proseNames(doc);
  const writer = new Writer(hash(`${doc.organisation.id}/${doc.report.id}`), doc.goals.indexOf(goal));
  const wishes = readWishes(doc, goalId, opts.instructions);
  const masked = goal.indicators.flatMap((i) => [i.name, names.get(i.id) ?? i.name]).sort((a, b) => b.length - a.length);
  const planned = plan({ doc, goal, g: assessment, names, style, writer, wishes });
  const settled = settle(doc, assessment, planned.blocks, wishes.shorter ? SHORTER_MAX : MAX_WORDS, masked);
  if (settled) {
    const padded = settle(doc, assessment, pad(settled, planned.fillers), MAX_WORDS, masked);
    if (padded) {
      const text = join(padded);
      if (fewestWords(text) >= MIN_WORDS && wordCount(text) <= MAX_WORDS && !hasErrors(errorsOf(doc, assessment, text))) return text;
    }
  }
  // The plainest draft: no figure, no claim, only the level.
  const plain = { forms: levelSentences(assessment, doc, style, 'plain'), at: 0, priority: 0, required: true };
  return join(pad([plain], planned.fillers));
}
