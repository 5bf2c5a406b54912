import { describe, expect, it } from 'vitest';
import { errorsOf, formatResults, isEquivalent, MUTATION_KINDS, mutantsOf, runMutants, trueTexts } from './section-mutations';

describe('mutation suite for report-level texts', () => {
  const texts = trueTexts();
  const all = texts.flatMap(mutantsOf);
  const mutants = all.filter((m) => !isEquivalent(m));

  it('starts from texts with no error at all', () => {
    expect(texts.length).toBeGreaterThan(40);
    for (const t of texts) expect({ name: t.name, errors: errorsOf(t, t.text).map((f) => f.code) }).toEqual({ name: t.name, errors: [] });
  });

  it('catches at least 95 % of each kind of mutation', () => {
    const results = runMutants(mutants);
    console.log(
      `Section mutation suite (${texts.length} true texts, ${mutants.length} mutants, ${all.length - mutants.length} equivalent left out)\n${formatResults(results)}\n` +
        results.flatMap((r) => r.missed.map((m) => `  missed ${m.kind} ${m.source.name}: ${m.what}`)).join('\n'),
    );
    expect(results.map((r) => r.kind)).toEqual(MUTATION_KINDS);
    for (const r of results) {
      expect(r.mutants).toBeGreaterThan(0);
      expect({ kind: r.kind, rate: r.rate >= 0.95 }).toEqual({ kind: r.kind, rate: true });
    }
  });
});
