/**
 * @module Figures a text restates from the goal's notes. An amount and the share it makes, written
 * together ("13,5 miljoner kronor eller 3,1 procent", "19,5 miljoner kronor vilket motsvarar 3,9
 * procent"), are one statement: where a note pairs the amount with a share, the text must give
 * that share. So are two figures with the same words between them as in a note ("14 grupper med
 * sammanlagt 69 deltagare"): after the note's first figure, the note's second. A year written next to the same word as in a note whose words the clause repeats
 * ("2022 års resultat", "sommaren 2023", "klimatneutralt till år 2040") must be the note's year.
 * Both hold for any report: they read only how Swedish prose ties a figure to its words.
 */
import type { Fact, Finding } from './checker';
import type { GoalModel } from './facts';
import { matchesFact, notesMatching } from './binding';
import { notesByStem, type NoteText } from './notes';
import { contentStems, firstEndingAfter, isContent, wordsOf, type Span, type TextModel, type Word } from './text';
import { formatQuantity, type NumberMention } from '../sv';

/** What joins an amount to the same amount as a share. */
const RESTATES = /^\s*,?\s*(?:eller|vilket\s+motsvarar|som\s+motsvarar|motsvarande|det\s+vill\s+säga|dvs\.?)\s*$/iu;

const isAmount = (m: NumberMention) => !m.isYear && m.unit !== 'procent' && m.unit !== 'procentenheter';
const isShare = (m: NumberMention) => !m.isYear && m.unit === 'procent';

function noteFact(note: NoteText, m: NumberMention): Fact {
  return { kind: 'note', label: 'Underlagets text', value: m.value, text: note.text, ...(m.unit !== undefined ? { unit: m.unit } : {}) };
}

/** "X eller Y procent": the share the notes give the amount X, where a note gives one. */
function restatedShares(t: TextModel, model: GoalModel, mentions: NumberMention[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const amount = mentions[i]!;
    const share = mentions[i + 1]!;
    if (!isAmount(amount) || !isShare(share) || !RESTATES.test(t.text.slice(amount.end, share.start))) continue;
    const partners: Fact[] = [];
    for (const n of notesMatching(model, amount)) {
      const note = model.noteTexts[n.note]!;
      const k = note.mentions.indexOf(n.mention);
      const next = note.mentions[k + 1];
      if (next && isShare(next) && RESTATES.test(note.text.slice(n.mention.end, next.start))) partners.push(noteFact(note, next));
    }
    if (partners.length === 0 || partners.some((f) => matchesFact(share, f))) continue;
    const right = partners[0]!;
    const expected = formatQuantity(right.value!, right.unit);
    out.push({
      severity: 'error',
      code: 'wrong_value',
      message: `Enligt underlaget motsvarar ${amount.text.trim()} ${expected}, inte ${share.text.trim()}: ${right.text}`,
      start: share.start,
      end: share.end,
      facts: partners,
      expected,
    });
  }
  return out;
}

/** Prepositions that make the second figure part of the first one's statement ("grupper med 69 deltagare"). */
const TIES = new Set(['med', 'om', 'för', 'per', 'à']);
/** Words that join two statements rather than one. */
const LISTS = new Set(['och', 'samt', 'eller', 'men', 'medan', 'varav', 'därav', 'vilket', 'som', 'respektive']);

/** No more words than this between two figures read as one statement ("14 grupper med sammanlagt 69 deltagare"). */
const MAX_WORDS_BETWEEN = 4;

/**
 * "14 grupper med sammanlagt 69 deltagare": two figures with the same words between them as a note
 * writes two figures are the note's statement; where the first is the note's, the second must be
 * the figure the note writes after those words.
 */
function pairedFigures(t: TextModel, model: GoalModel, mentions: NumberMention[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const first = mentions[i]!;
    const second = mentions[i + 1]!;
    if (first.isYear || second.isYear) continue;
    const between = t.text.slice(first.end, second.start);
    // Nothing but spaces between ("1 1 1 …"): no words, so nothing ties the two.
    if (/[.;:!?()]/.test(between) || !/[\p{L}\p{N}]/u.test(between)) continue;
    const words = wordsOf(between);
    if (words.length === 0 || words.length > MAX_WORDS_BETWEEN) continue;
    const stems = contentStems(words);
    const ties = words.filter((w) => TIES.has(w.lower)).map((w) => w.lower);
    // "6 tillfällen och 40 deltagare" lists two things; "6 tillfällen med 40 deltagare" says one.
    if (stems.size === 0 || ties.length === 0 || words.some((w) => LISTS.has(w.lower))) continue;
    const partners: Fact[] = [];
    for (const n of notesMatching(model, first)) {
      const note = model.noteTexts[n.note]!;
      const next = note.mentions[note.mentions.indexOf(n.mention) + 1];
      if (!next || next.isYear || next.unit !== second.unit) continue;
      const noteWords = wordsOf(note.text.slice(n.mention.end, next.start));
      if (noteWords.length > MAX_WORDS_BETWEEN + 2) continue;
      const noteStems = contentStems(noteWords);
      const tied = noteWords.some((w) => ties.includes(w.lower)) && !noteWords.some((w) => LISTS.has(w.lower));
      if (tied && [...stems].every((s) => noteStems.has(s))) partners.push(noteFact(note, next));
    }
    if (partners.length === 0 || partners.some((f) => matchesFact(second, f))) continue;
    const right = partners[0]!;
    const expected = formatQuantity(right.value!, right.unit);
    out.push({
      severity: 'error',
      code: 'wrong_value',
      message: `Enligt underlaget är det ${expected} efter ${first.text.trim()}${between.replace(/\s+/g, ' ').trimEnd()}, inte ${second.text.trim()}: ${right.text}`,
      start: second.start,
      end: second.end,
      facts: partners,
      expected,
    });
  }
  return out;
}

// ---------------------------------------------------------------- years next to a note's words

/**
 * The word a year is written with: the genitive "2022 års resultat" (the noun after), else the
 * nearest content word among the three before it in its clause ("sommaren 2023", "klimatneutralt
 * till år 2040"). Null where there is none.
 */
function anchorOf(words: Word[], i: number): string | null {
  if (words[i + 1]?.lower === 'års' && words[i + 2] && isContent(words[i + 2]!)) return `års ${words[i + 2]!.stem}`;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (isContent(words[k]!)) return words[k]!.stem;
  return null;
}
const anchorStem = (anchor: string) => anchor.replace(/^års /, '');

const yearAnchors = new WeakMap<NoteText, { year: NumberMention; anchor: string }[]>();

/** The years of a note with the words they are written with, read once per note. */
function anchoredYears(note: NoteText): { year: NumberMention; anchor: string }[] {
  let list = yearAnchors.get(note);
  if (!list) {
    list = [];
    const t = note.words;
    for (const y of note.mentions) {
      if (!y.isYear) continue;
      const clause = t.clauses.find((c) => c.start <= y.start && y.start < c.end);
      const i = clause ? clause.words.findIndex((w) => w.start === y.start) : -1;
      const anchor = i >= 0 ? anchorOf(clause!.words, i) : null;
      if (anchor) list.push({ year: y, anchor });
    }
    yearAnchors.set(note, list);
  }
  return list;
}

/** A year next to the same word as a year in a note that the clause repeats (two more words in common) must be that year. */
function restatedYears(t: TextModel, model: GoalModel, mentions: NumberMention[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, { note: NoteText; year: NumberMention }[]>();
  for (const y of mentions) {
    if (!y.isYear) continue;
    const clause = t.clauses[firstEndingAfter(t.clauses, y.start)];
    const i = clause && clause.start <= y.start ? clause.words.findIndex((w) => w.start === y.start) : -1;
    const anchor = i >= 0 ? anchorOf(clause!.words, i) : null;
    if (!anchor) continue;
    const stem = anchorStem(anchor);
    const own = contentStems(clause!.words);
    own.delete(stem);
    // A clause written again (a repeated sentence) is weighed against the notes once.
    const key = `${anchor}|${[...own].sort().join(' ')}`;
    let said = seen.get(key);
    if (!said) {
      said = [];
      for (const at of notesByStem(model.noteTexts).get(stem) ?? []) {
        const note = model.noteTexts[at]!;
        let shared = 0;
        for (const s of own) if (note.noteContext.has(s)) shared++;
        if (shared < 2) continue;
        for (const a of anchoredYears(note)) if (a.anchor === anchor) said.push({ note, year: a.year });
      }
      seen.set(key, said);
    }
    if (said.length === 0 || said.some((x) => x.year.value === y.value)) continue;
    const right = said[0]!;
    out.push({
      severity: 'error',
      code: 'wrong_period',
      message: `Enligt underlaget gäller det ${right.year.value}, inte ${y.value}: ${right.note.text}`,
      start: y.start,
      end: y.end,
      facts: said.map((x) => noteFact(x.note, x.year)),
      expected: String(right.year.value),
    });
  }
  return out;
}

/** Findings on figures restated from the notes, and the spans the other figure checks leave to them. */
export function checkRestated(t: TextModel, model: GoalModel, mentions: NumberMention[]): { findings: Finding[]; handled: Span[] } {
  const findings = [...restatedShares(t, model, mentions), ...pairedFigures(t, model, mentions), ...restatedYears(t, model, mentions)];
  return { findings, handled: findings.map((f) => ({ start: f.start, end: f.end })) };
}
