/**
 * @module The figures in a goal's own texts (notes, titles, activities, footnotes), each with the
 * words around it, so a figure in a motivation can be grounded in what the officials wrote.
 * Building a goal's model only finds the figures; a note is read word by word (its parts, the
 * periods next to each figure) the first time a check looks at one of its figures.
 */
import type { Goal } from '../report';
import { findNumbers, type NumberMention } from '../sv';
import type { Fact } from './checker';
import type { NoteNumber } from './facts';
import { contentStems, periodsNear, textContentStems, textModel, type NearPeriods, type TextModel, type Word } from './text';

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

/** What one figure of a note needs from the note's words. */
interface Reading {
  context: Set<string>;
  periods: NearPeriods;
}

/** One of the goal's texts that holds figures; read word by word once, when first asked. */
export class NoteText {
  private readings: Reading[] | null = null;
  private stems: Set<string> | null = null;
  private model: TextModel | null = null;
  /** Positions of its figures among the goal's note figures. */
  readonly figures: number[] = [];

  constructor(
    readonly text: string,
    readonly mentions: NumberMention[],
  ) {}

  /** The content words of the whole note. */
  get noteContext(): Set<string> {
    return (this.stems ??= textContentStems(this.text));
  }

  /** The note's words, sentences and parts. */
  get words(): TextModel {
    return (this.model ??= textModel(this.text));
  }

  reading(i: number): Reading {
    return (this.readings ??= this.read())[i]!;
  }

  private read(): Reading[] {
    const t = this.words;
    // The content words of each part of the note, read once however many figures the part holds.
    const stemsOf = new Map<Word[], Set<string>>();
    const stems = (words: Word[]) => {
      let s = stemsOf.get(words);
      if (!s) stemsOf.set(words, (s = contentStems(words)));
      return s;
    };
    return this.mentions.map((m) => {
      const si = t.segments.findIndex((c) => c.start <= m.start && m.start < c.end);
      let context = new Set(stems(t.segments[si]?.words ?? t.words));
      // "…, då värdet var 73,8": a part with hardly a word of its own belongs with the one before.
      if (context.size < 2 && si > 0) context = new Set([...context, ...stems(t.segments[si - 1]!.words)]);
      return { context, periods: periodsNear(m, t.segments[si]?.words ?? t.words, this.mentions) };
    });
  }
}

/** A figure in a note; its words are read from the note on first use. */
class LazyNoteNumber implements NoteNumber {
  constructor(
    readonly fact: Fact,
    readonly mention: NumberMention,
    readonly note: number,
    private readonly source: NoteText,
    private readonly i: number,
  ) {}

  get context(): Set<string> {
    return this.source.reading(this.i).context;
  }

  get noteContext(): Set<string> {
    return this.source.noteContext;
  }

  get periods(): NearPeriods {
    return this.source.reading(this.i).periods;
  }
}

/** Every figure in the goal's own texts, in order; only the figures are found here, the words are read when used. */
export function notesOf(goal: Goal): { numbers: NoteNumber[]; texts: NoteText[] } {
  const numbers: NoteNumber[] = [];
  const texts: NoteText[] = [];
  for (const text of noteSources(goal)) {
    // Most of a goal's texts hold no figure; only those that do can ground one.
    const mentions = findNumbers(text);
    if (mentions.length === 0) continue;
    const source = new NoteText(text, mentions);
    const note = texts.length;
    texts.push(source);
    mentions.forEach((m, i) => {
      const fact: Fact = {
        kind: 'note',
        label: 'Underlagets text',
        value: m.value,
        text,
        ...(m.unit !== undefined ? { unit: m.unit } : {}),
      };
      source.figures.push(numbers.length);
      numbers.push(new LazyNoteNumber(fact, m, note, source, i));
    });
  }
  return { numbers, texts };
}

const byStems = new WeakMap<NoteText[], Map<string, number[]>>();

/** Per word stem: the notes (by position) whose words have it; built once per goal, on first use. */
export function notesByStem(texts: NoteText[]): Map<string, number[]> {
  let index = byStems.get(texts);
  if (!index) {
    index = new Map();
    texts.forEach((note, at) => {
      for (const s of note.noteContext) {
        const list = index!.get(s);
        if (list) list.push(at);
        else index!.set(s, [at]);
      }
    });
    byStems.set(texts, index);
  }
  return index;
}
