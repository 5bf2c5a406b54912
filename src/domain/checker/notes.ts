/**
 * @module The figures in a goal's own texts (notes, titles, activities, footnotes), each with the
 * words around it, so a figure in a motivation can be grounded in what the officials wrote.
 * Building a goal's model reads none of them: a check finds a note's figures when one of them may
 * match a figure of the text (a rough index of the sizes the notes' digits and number words could
 * have says which), and reads a note word by word when one of its figures is weighed.
 */
import type { Goal } from '../report';
import { findNumbers, parseNumber, type NumberMention } from '../sv';
import type { Fact } from './checker';
import type { NoteNumber } from './facts';
import {
  contentStems,
  eachContentStem,
  periodsNear,
  textContentStems,
  textModel,
  type NearPeriods,
  type TextModel,
  type Word,
} from './text';

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

/**
 * One of the goal's own texts. Its figures are found the first time a check may need them (a
 * figure of the text is near in value, or the note shares words with a clause), and its words are
 * read the first time one of its figures is weighed.
 */
export class NoteText {
  private found: NumberMention[] | null = null;
  private numbers: NoteNumber[] | null = null;
  private readings: Reading[] | null = null;
  private stems: Set<string> | null = null;
  private model: TextModel | null = null;

  constructor(
    readonly text: string,
    /** Its position among the goal's texts. */
    readonly index: number,
  ) {}

  /** Every figure written in it, in order. */
  get mentions(): NumberMention[] {
    return (this.found ??= findNumbers(this.text));
  }

  /** Its figures as facts a figure in a text may be grounded in, in order. */
  get figures(): NoteNumber[] {
    return (this.numbers ??= this.mentions.map((m, i) => {
      const fact: Fact = {
        kind: 'note',
        label: 'Underlagets text',
        value: m.value,
        text: this.text,
        ...(m.unit !== undefined ? { unit: m.unit } : {}),
      };
      return new LazyNoteNumber(fact, m, this, i);
    }));
  }

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
  readonly note: number;
  /** Its place among all the goal's note figures: the note's position, then its own. */
  readonly order: number;

  constructor(
    readonly fact: Fact,
    readonly mention: NumberMention,
    private readonly source: NoteText,
    private readonly i: number,
  ) {
    this.note = source.index;
    this.order = source.index * MAX_FIGURES_PER_NOTE + i;
  }

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

/** More figures than a note of 20 000 characters can hold, so `order` sorts notes first. */
const MAX_FIGURES_PER_NOTE = 1 << 20;

/** The goal's own texts, in order; nothing of them is read yet. */
export function notesOf(goal: Goal): NoteText[] {
  return noteSources(goal).map((text, index) => new NoteText(text, index));
}

const byStems = new WeakMap<NoteText[], Map<string, number[]>>();

/** Per word stem: the notes (by position) whose words have it; built once per goal, on first use. */
export function notesByStem(texts: NoteText[]): Map<string, number[]> {
  let index = byStems.get(texts);
  if (!index) {
    index = new Map();
    // Word by word, without a set of words per note: a goal may have tens of thousands of notes.
    texts.forEach((note, at) =>
      eachContentStem(note.text, (s) => {
        const list = index!.get(s);
        if (!list) index!.set(s, [at]);
        else if (list[list.length - 1] !== at) list.push(at);
      }),
    );
    byStems.set(texts, index);
  }
  return index;
}

// ---------------------------------------------------------------- the notes by the size of their figures

/** Digits as a report writes them, any groups with a space between and decimals: "1 931", "13,5", "7.8". */
const DIGITS = /\d+(?:[ \u00a0\u202f\u2009]\d+)*(?:[,.]\d+)?/g;
/** The most digit groups one figure is read from: 1 000 000 000 000 000 000 has seven. */
const MAX_GROUPS = 8;
const LETTERS = /\p{L}+/gu;
const ONLY_DIGITS = /^\d+$/;
/** Each word seen: the number it is ("tre" 3, "tjugoen" 21), or null. */
const wordNumber = new Map<string, number | null>();

/**
 * Every size a figure of the text could be written with, before a unit scales it: each reading of
 * its digits (any run of neighbouring groups joined, a decimal or not) and each number word. findNumbers
 * reads one of these, times the scale of its unit ("tusen", "miljarder", "promille").
 */
function roughSizes(text: string, add: (v: number) => void): void {
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    // Digits alone (the common case) are one size.
    if (ONLY_DIGITS.test(m[0])) {
      add(Number(m[0]));
      continue;
    }
    const runs = m[0].split(/\D+/);
    const decimals = /[,.]\d+$/.test(m[0]) ? runs.pop()! : null;
    for (let i = 0; i < runs.length; i++) {
      let joined = '';
      for (let j = i; j < Math.min(runs.length, i + MAX_GROUPS); j++) {
        joined += runs[j]!;
        add(Number(joined));
        if (j === runs.length - 1 && decimals !== null) {
          add(Number(`${joined}.${decimals}`));
          add(Number(joined + decimals));
        }
      }
    }
    if (decimals !== null) add(Number(decimals));
  }
  // The words of the text lower-cased as a whole: every number word a word lower-cased alone would be is found.
  const lower = text.toLowerCase();
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(lower); m; m = LETTERS.exec(lower)) {
    const word = m[0];
    let n = wordNumber.get(word);
    if (n === undefined) {
      if (wordNumber.size >= 100_000) wordNumber.clear();
      n = parseNumber(word);
      wordNumber.set(word, n);
    }
    if (n !== null) add(n);
  }
}

/** The scales a unit gives a written number: none, "tusen" and "miljarder" (×1 000), "promille" (÷10). */
const UNIT_SCALES = [1, 1000, 0.1];

interface SizeIndex {
  /** Every written size, sorted. */
  sizes: Float64Array;
  /** Per size: the notes (by position) that write it. */
  notes: Map<number, number[]>;
}
const sizeIndexes = new WeakMap<NoteText[], SizeIndex>();

/** The notes by every size their figures could be written with; built once per goal, without finding a figure. */
function sizeIndex(texts: NoteText[]): SizeIndex {
  let index = sizeIndexes.get(texts);
  if (!index) {
    const notes = new Map<number, number[]>();
    texts.forEach((note, at) => {
      roughSizes(note.text, (v) => {
        if (!Number.isFinite(v)) return;
        const list = notes.get(v);
        if (!list) notes.set(v, [at]);
        else if (list[list.length - 1] !== at) list.push(at);
      });
    });
    index = { sizes: Float64Array.from(notes.keys()).sort(), notes };
    sizeIndexes.set(texts, index);
  }
  return index;
}

/**
 * The notes that may hold a figure whose size (without its sign) lies in one of the ranges, in
 * order. A superset: the caller tests each of their figures.
 */
export function notesWithSizes(texts: NoteText[], ranges: [number, number][]): NoteText[] {
  const index = sizeIndex(texts);
  const found = new Set<number>();
  for (const [lo0, hi0] of ranges) {
    for (const scale of UNIT_SCALES) {
      // A little room for the rounding of a scaled size.
      const lo = (lo0 - Math.abs(lo0) * 1e-9) / scale;
      const hi = (hi0 + Math.abs(hi0) * 1e-9) / scale;
      let a = 0;
      let b = index.sizes.length;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (index.sizes[mid]! < lo) a = mid + 1;
        else b = mid;
      }
      for (let i = a; i < index.sizes.length && index.sizes[i]! <= hi; i++)
        for (const at of index.notes.get(index.sizes[i]!)!) found.add(at);
    }
  }
  return [...found].sort((x, y) => x - y).map((at) => texts[at]!);
}
