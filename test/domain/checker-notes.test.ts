import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessGoal } from '../../src/domain/assessment';
import { goalModel, matchesFact, notesMatching } from '../../src/domain/checker';
import { findNumbers, readLooseFigures } from '../../src/domain/sv';
import { demoDoc } from './checker-texts';

/** A figure as reports write them: digits grouped or not, decimals, signs, units, number words, years, dates. */
const figure = fc.oneof(
  fc
    .record({
      int: fc.integer({ min: 0, max: 250_000 }),
      frac: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
      grouped: fc.boolean(),
      dot: fc.boolean(),
      sign: fc.constantFrom('', '−', '-', '+', 'minus '),
      unit: fc.constantFrom(
        '',
        ' procent',
        '%',
        ' procentenheter',
        ' miljoner kronor',
        ' mnkr',
        ' tkr',
        ' kr',
        ' kronor',
        ' tusen',
        ' miljarder kronor',
        ' promille',
        ' dagar',
        ' år',
        ' kr/invånare',
      ),
    })
    .map(({ int, frac, grouped, dot, sign, unit }) => {
      const digits = grouped ? String(int).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : String(int);
      return `${sign}${digits}${frac === undefined ? '' : `${dot ? '.' : ','}${frac}`}${unit}`;
    }),
  fc.integer({ min: 1990, max: 2100 }).map(String),
  fc.constantFrom(
    '2022-03-16',
    '2021-08',
    'tre',
    'sju',
    'tjugoen',
    'hundra',
    'ett av fem',
    'tre tusen',
    'elva procent',
    '1.931',
    '12.345.678',
    'enkät3 445',
    '12 3456',
    'covid-19 1 200',
    '1 2 3 4',
    '12 345 678,5 kr',
    '3:e 45',
  ),
);
const note = fc
  .array(figure, { minLength: 1, maxLength: 4 })
  .map((fs) => `Under året var värdet ${fs.join(' och sedan ')} enligt uppföljningen.`);
const looseWords = fc.constantFrom('', 'drygt ', 'cirka ', 'knappt ', 'nästan ', 'över ');

describe("the notes' figures a figure of a text stands for", () => {
  it('are found through the rough size index exactly as by testing every figure of every note', () => {
    fc.assert(
      fc.property(
        fc.array(note, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(looseWords, figure), { minLength: 1, maxLength: 6 }),
        (notes, said) => {
          const doc = structuredClone(demoDoc('vb-2022'));
          const goal = doc.goals.find((g) => g.id === 'g2')!;
          goal.notes = notes;
          const model = goalModel(doc, goal, assessGoal(goal, doc));
          const text = said.map(([w, f]) => `Värdet var ${w}${f} i år.`).join(' ');
          const all = model.noteTexts.flatMap((n) => n.figures);
          for (const m of readLooseFigures(text, findNumbers(text))) {
            expect(notesMatching(model, m).map((n) => n.order)).toEqual(all.filter((n) => matchesFact(m, n.fact)).map((n) => n.order));
          }
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
