/**
 * The checker on its corpus (test/corpus/*.jsonl): no error on any true text of any split, and
 * every expected error of the train split found. The held-out split's recall is measured and
 * reported by bench/corpus.ts, not enforced: it was written without seeing the rules.
 */
import { describe, expect, it } from 'vitest';
import { runCorpus } from './corpus';

const results = runCorpus();

describe('checker corpus', () => {
  it('has entries in every split', () => {
    expect(new Set(results.map((r) => r.entry.split))).toEqual(new Set(['train', 'heldout']));
  });

  it('gives no error on a true text, in any split', () => {
    const wrong = results.filter((r) => r.entry.truth && r.errors.length > 0).map((r) => `${r.entry.id}: ${r.extra.join('; ')}`);
    expect(wrong).toEqual([]);
  });

  it('finds every expected error of the train split', () => {
    const missed = results.filter((r) => r.entry.split === 'train' && !r.entry.truth && r.missed.length > 0).map((r) => `${r.entry.id}: ${r.missed.join('; ')}`);
    expect(missed).toEqual([]);
  });
});
