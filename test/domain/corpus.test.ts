/**
 * The checker on its corpus (test/corpus/*.jsonl): no error on any true text of any split, and
 * every expected error of the train split found. The held-out split's recall is measured and
 * reported by bench/corpus.ts, not enforced: it was written without seeing the rules.
 */
import { describe, expect, it } from 'vitest';
import { runCorpus } from './corpus';

const results = runCorpus();

/**
 * Expected errors of the train split the checker does not find yet. The list only
 * shrinks: the test fails on any other miss, and on a listed one that is now found (remove it).
 */
const KNOWN_MISSES = new Set([
  'train3-money-scale-f-07 wrong_value: 16,8 mnkr',
  'train-threshold-in-name-f-07 wrong_value: 15 000',
  'train-number-word-f-05 wrong_value: sexhundrafemtio',
  'train-signed-change-f-04 wrong_value: +7 procentenheter',
  'train-procentenheter-f-05 wrong_unit: 3,3 procent',
  'train-bedomer-att-level-f-03 wrong_level: mycket god',
  'train-breakdown-f-06 wrong_value: 84,5 procent',
  // Round 4 (written by a helper who had not read the rules), not found yet:
  'train4-wish-clause-06 wrong_trend_claim: har minskat',
  'train4-wish-clause-10 wrong_value: 14 dagar',
  'train4-wish-clause-21 wrong_value: 6,9 veckor',
  'train4-wish-clause-22 wrong_value: 5,0 veckor',
  'train4-wish-clause-28 wrong_trend_claim: minskat',
  'train4-money-scale-03 wrong_value: 15,3 miljoner kronor',
  'train4-money-scale-07 wrong_value: 4,8 mnkr',
  'train4-money-scale-08 wrong_value: 2,3 miljoner kronor',
  'train4-money-scale-12 wrong_value: 1,3 mdkr',
  'train4-money-scale-20 wrong_value: 1,89 mnkr',
  'train4-from-to-years-26 wrong_value: 3 870',
  'train4-change-indicator-08 wrong_trend_claim: en mindre ökning än 2023',
  'train4-change-indicator-19 wrong_value: minskade med 1,5 procent',
  'train4-comparison-08 wrong_value: 83 procent',
  'train4-comparison-19 wrong_value: längre än riket',
  'train4-comparison-26 wrong_value: Länssnittet är däremot högre',
  'train4-date-03 wrong_value: 164',
  'train4-date-08 wrong_value: 90 procent',
  'train4-date-20 wrong_value: 97 procent',
  'train4-paraphrased-trend-08 wrong_trend_claim: En större andel',
  'train4-paraphrased-trend-15 wrong_trend_claim: har tappat deltagare',
  'train4-paraphrased-trend-16 wrong_trend_claim: Färre',
  'train4-paraphrased-trend-19 wrong_trend_claim: i lägre grad',
  'train4-signed-change-23 wrong_value: −3 procentenheter',
]);

describe('checker corpus', () => {
  it('has entries in every split', () => {
    expect(new Set(results.map((r) => r.entry.split))).toEqual(new Set(['train', 'heldout']));
  });

  it('gives no error on a true text, in any split', () => {
    const flagged = results.filter((r) => r.entry.truth && r.errors.length > 0);
    expect(flagged.map((r) => `${r.entry.id}: ${r.extra.join('; ')}`)).toEqual([]);
  });

  it('finds every expected error of the train split, but for the known misses listed above', () => {
    const missed = results
      .filter((r) => r.entry.split === 'train' && !r.entry.truth)
      .flatMap((r) => r.missed.map((m) => `${r.entry.id} ${m}`));
    expect(missed.filter((m) => !KNOWN_MISSES.has(m))).toEqual([]);
    expect([...KNOWN_MISSES].filter((m) => !missed.includes(m))).toEqual([]);
  });
});
