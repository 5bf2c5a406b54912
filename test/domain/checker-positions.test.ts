import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberMention } from '../../src/domain/sv';
import {
  countedWords,
  countWords,
  figureCovers,
  figuresStartingIn,
  figureStartsAt,
  firstWordFrom,
  hasYear,
  mentionStartingAt,
  namesTarget,
  roleOf,
  wordAt,
  wordsOf,
  yearStartingAt,
} from '../../src/domain/checker';

// Texts full of figures, years and ranges, short and long (past the length where a list is indexed).
const token = fc.constantFrom(
  '1',
  '2',
  '17',
  '7,8 procent',
  '2021',
  '2022',
  '1 931',
  '60–70 procent',
  'från',
  'till',
  'och',
  'ökade',
  'tre',
  'år',
);
const text = fc.array(token, { minLength: 0, maxLength: 90, size: 'max' }).map((ts) => ts.join(' '));

describe('position look-ups for the figures of a text', () => {
  it('answer as a scan of the list does, for short and long lists', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 5 }), (s, drop) => {
        const words = wordsOf(s);
        // Every list a check passes: all figures, or some of them.
        const all = findNumbers(s);
        const lists: NumberMention[][] = [
          all,
          all.slice(drop),
          all.filter((_, k) => k % 3 !== drop % 3),
          // Lists out of text order, or holding a figure twice, are indexed instead of searched as they are.
          [...all].reverse(),
          [...all, ...all.slice(0, drop + 1)],
        ];
        const positions = [-1, ...words.flatMap((w) => [w.start, w.end, w.start + 1]), s.length + 1];
        for (const pos of positions) {
          expect(wordAt(words, pos)).toBe(words.findIndex((w) => w.end > pos));
          expect(firstWordFrom(words, pos)).toBe(words.findIndex((w) => w.start >= pos));
        }
        for (const mentions of lists) {
          expect(hasYear(mentions)).toBe(mentions.some((x) => x.isYear));
          for (const except of [undefined, mentions[drop]]) {
            for (const pos of positions) {
              expect(figureCovers(mentions, pos, except)).toBe(
                mentions.some((x) => x !== except && !x.isYear && x.start <= pos && pos < x.end),
              );
              expect(figureStartsAt(mentions, pos, except)).toBe(mentions.some((x) => x !== except && !x.isYear && x.start === pos));
              expect(mentionStartingAt(mentions, pos)).toBe(mentions.find((x) => x.start === pos));
              expect(yearStartingAt(mentions, pos, except)).toBe(mentions.find((x) => x.isYear && x !== except && x.start === pos));
            }
          }
          for (const from of positions.slice(0, 12))
            for (const to of positions.slice(-12))
              expect(figuresStartingIn(mentions, from, to)).toBe(
                mentions.filter((x) => !x.isYear && x.start >= from && x.start < to).length,
              );
        }
      }),
      { seed: 20261203, numRuns: 80 },
    );
  });

  it('say a figure names the etappmål exactly where reading all its words says so', () => {
    const word = fc.constantFrom(
      'etappmålet',
      'målvärdet',
      'om',
      'på',
      'är',
      'för',
      'att',
      'andelen',
      'ska',
      'vara',
      'ökade',
      'med',
      'från',
      'till',
      '2026',
      '2021',
      '80 procent',
      '6,5',
      '12',
      'och',
      'var',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40, size: 'max' }), (ws) => {
        const s = ws.join(' ');
        const words = wordsOf(s);
        const mentions = findNumbers(s);
        for (const m of mentions) expect(namesTarget(m, words, mentions)).toBe(roleOf(m, words, mentions)?.kind === 'target');
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('count the words of a text as listing them does', () => {
    fc.assert(
      fc.property(text, fc.nat({ max: 100 }), (s, at) => {
        const words = countedWords(s);
        expect(countWords(s, at)).toEqual({ count: words.length, startOf: words[at]?.start ?? -1 });
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });
});
