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
]);

describe('checker corpus', () => {
  it('has entries in every split', () => {
    expect(new Set(results.map((r) => r.entry.split))).toEqual(new Set(['train', 'heldout']));
  });

  it('gives no error on a true text, in any split', () => {
    const wrong = results.filter((r) => r.entry.truth && r.errors.length > 0).map((r) => `${r.entry.id}: ${r.extra.join('; ')}`);
    expect(wrong).toEqual([]);
  });

  it('finds every expected error of the train split, but for the known misses listed above', () => {
    const missed = results
      .filter((r) => r.entry.split === 'train' && !r.entry.truth)
      .flatMap((r) => r.missed.map((m) => `${r.entry.id} ${m}`));
    expect(missed.filter((m) => !KNOWN_MISSES.has(m))).toEqual([]);
    expect([...KNOWN_MISSES].filter((m) => !missed.includes(m))).toEqual([]);
  });
});
