/**
 * The checker on its corpus (test/corpus/*.jsonl): no error on any true text of any split, and
 * every expected error of the train split found. The held-out split's recall is measured and
 * reported by bench/corpus.ts, not enforced: it was written without seeing the rules.
 */
import { describe, expect, it } from 'vitest';
import { runCorpus } from './corpus';

const results = runCorpus();

/**
 * Expected errors of the train split the checker does not find yet (recall 87 %). The list only
 * shrinks: the test fails on any other miss, and on a listed one that is now found (remove it).
 */
const KNOWN_MISSES = new Set([
  'train-date-f-04 wrong_trend_claim: minskade',
  'train-paragraph-ref-f-04 wrong_value: 89 procent',
  'train-year-range-f-02 wrong_value: 84,7 procent',
  'train-plan-year-f-01 wrong_value: 65 000',
  'train-plan-year-f-07 wrong_trend_claim: minskade',
  'train-age-f-03 wrong_value: 80 procent',
  'train-threshold-in-name-f-05 wrong_value: 94 procent',
  'train-threshold-in-name-f-07 wrong_value: 15 000',
  'train-number-word-f-02 wrong_value: fyra procentenheter',
  'train-number-word-f-05 wrong_value: sexhundrafemtio',
  'train-range-f-03 wrong_value: 80–85 procent',
  'train-signed-change-f-03 wrong_value: −3 procentenheter',
  'train-signed-change-f-04 wrong_value: +7 procentenheter',
  'train-procentenheter-f-05 wrong_unit: 3,3 procent',
  'train-from-to-years-f-02 wrong_value: 80,7 procent',
  'train-from-to-years-f-06 wrong_trend_claim: ökade',
  'train-purpose-clause-f-01 wrong_trend_claim: förbättrats',
  'train-purpose-clause-f-06 wrong_value: 83,7 procent',
  'train-wish-clause-f-01 wrong_trend_claim: förbättrats',
  'train-plan-future-f-03 wrong_trend_claim: förbättrats',
  'train-conditional-f-01 wrong_trend_claim: ökade',
  'train-bedomer-att-level-f-03 wrong_level: mycket god',
  'train-paraphrased-trend-f-06 wrong_trend_claim: minskat',
  'train-breakdown-f-04 wrong_value: 86,5 procent',
  'train-breakdown-f-06 wrong_value: 84,5 procent',
  'train-breakdown-f-07 wrong_value: 60 procent',
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
