/** @module The figures in a goal's own texts (notes, titles, activities, footnotes), each with the words around it, so a figure in a motivation can be grounded in what the officials wrote. */
import type { Goal } from '../report';
import { findNumbers } from '../sv';
import type { Fact } from './checker';
import type { NoteNumber } from './facts';
import { contentStems, periodsNear, textModel, type Word } from './text';

// ---------------------------------------------------------------- notes

function noteSources(goal: Goal): string[] {
  const out = [...goal.notes];
  out.push(goal.title);
  if (goal.area) out.push(goal.area);
  if (goal.councilGoal) out.push(goal.councilGoal);
  for (const a of goal.activities) out.push(a.title);
  for (const ind of goal.indicators) {
    out.push(ind.name);
    for (const v of ind.values) if (v.note) out.push(v.note);
    for (const t of ind.targets) if (t.note) out.push(t.note);
  }
  return out;
}

export function notesOf(goal: Goal): { numbers: NoteNumber[] } {
  const numbers: NoteNumber[] = [];
  for (const note of noteSources(goal)) {
    // Most of a goal's texts hold no figure; only those that do are read word by word.
    const mentions = findNumbers(note);
    if (mentions.length === 0) continue;
    const t = textModel(note);
    // The content words of each part of the note, read once however many figures the part holds.
    const stemsOf = new Map<Word[], Set<string>>();
    const stems = (words: Word[]) => {
      let s = stemsOf.get(words);
      if (!s) stemsOf.set(words, (s = contentStems(words)));
      return s;
    };
    const noteContext = stems(t.words);
    for (const m of mentions) {
      const si = t.segments.findIndex((c) => c.start <= m.start && m.start < c.end);
      let context = new Set(stems(t.segments[si]?.words ?? t.words));
      // "…, då värdet var 73,8": a part with hardly a word of its own belongs with the one before.
      if (context.size < 2 && si > 0) context = new Set([...context, ...stems(t.segments[si - 1]!.words)]);
      const fact: Fact = {
        kind: 'note',
        label: 'Underlagets text',
        value: m.value,
        text: note,
        ...(m.unit !== undefined ? { unit: m.unit } : {}),
      };
      numbers.push({ fact, mention: m, context, noteContext, periods: periodsNear(m, t.segments[si]?.words ?? t.words, mentions) });
    }
  }
  return { numbers };
}
