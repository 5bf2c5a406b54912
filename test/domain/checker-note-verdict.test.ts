import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessGoal } from '../../src/domain/assessment';
import {
  contentStems,
  goalModel,
  noteVerdict,
  notesMatching,
  textModel,
  type Fact,
  type GoalModel,
  type Word,
} from '../../src/domain/checker';
import { findNumbers, readLooseFigures, type NumberMention } from '../../src/domain/sv';
import { demoDoc } from './checker-texts';

// The plain reading the ranked one must agree with: every figure of every note sharing two of the clause's words, scored for each figure.
const MONEY = new Set(['mnkr', 'tkr', 'kr']);
function plainVerdict(m: NumberMention, clause: Word[], model: GoalModel): Fact | null {
  if (m.isYear) return null;
  const own = contentStems(clause);
  if (own.size === 0) return null;
  type N = GoalModel['noteTexts'][number]['figures'][number];
  const classOk = (n: N) =>
    !n.mention.isYear &&
    !(m.source === 'word' && n.mention.decimals > 0) &&
    (n.mention.unit === m.unit ||
      (MONEY.has(m.unit ?? '') && MONEY.has(n.mention.unit ?? '')) ||
      (m.unit === undefined && n.mention.unit === 'antal') ||
      (m.unit === 'antal' && n.mention.unit === undefined));
  const score = (n: N) => [...own].reduce((sum, s) => sum + (n.noteContext.has(s) ? (n.context.has(s) ? 2 : 1) : 0), 0);
  const matching = new Set(notesMatching(model, m).filter(classOk));
  let bestOther: { score: number; at: number; fact: Fact } | null = null;
  for (const note of model.noteTexts) {
    if ([...own].filter((s) => note.noteContext.has(s)).length < 2) continue;
    for (const n of note.figures) {
      if (!classOk(n) || matching.has(n)) continue;
      const s = score(n);
      if (!bestOther || s > bestOther.score || (s === bestOther.score && n.order < bestOther.at))
        bestOther = { score: s, at: n.order, fact: n.fact };
    }
  }
  let bestMatch = 0;
  for (const n of matching) bestMatch = Math.max(bestMatch, score(n));
  if (bestOther && new Set([...matching].map((n) => n.fact.text ?? '')).has(bestOther.fact.text ?? '')) return null;
  return bestOther && bestOther.score >= 4 && bestOther.score >= bestMatch + 2 ? bestOther.fact : null;
}

const topic = fc.constantFrom('personalomsättningen', 'medarbetare', 'enheten', 'hemtjänsten', 'sjukfrånvaron', 'ärenden', 'besök');
const figure = fc.constantFrom('12', '12,5 procent', '40', 'tre', '7,8 procent', '2021', '1 200 kr', '3 mnkr', '17');
const sentence = fc
  .tuple(fc.array(topic, { minLength: 1, maxLength: 3 }), figure, fc.array(topic, { minLength: 0, maxLength: 2 }), figure)
  .map(([a, f, b, g]) => `Inom ${a.join(' och ')} var det ${f} och ${b.join(' ')} ${g} under året.`);

function modelWith(notes: string[]): GoalModel {
  const doc = structuredClone(demoDoc('vb-2022'));
  const goal = doc.goals.find((g) => g.id === 'g2')!;
  goal.notes = notes;
  return goalModel(doc, goal, assessGoal(goal, doc));
}

describe("a figure held to the notes' words", () => {
  it('gets the same verdict from the ranking kept per clause as from scoring every note for every figure', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 12 }),
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        (notes, texts) => {
          const model = modelWith(notes);
          for (const text of [...texts, ...notes.slice(0, 2)]) {
            const t = textModel(text);
            const mentions = readLooseFigures(text, findNumbers(text));
            for (const m of mentions) {
              const clause = t.clauses.find((c) => c.start <= m.start && m.start < c.end)?.words ?? [];
              expect(noteVerdict(m, clause, model)).toEqual(plainVerdict(m, clause, model));
            }
          }
        },
      ),
      { seed: 20261203, numRuns: 200 },
    );
  });
});
