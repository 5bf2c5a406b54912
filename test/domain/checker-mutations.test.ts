import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/domain/checker';
import { EQUIVALENT, formatResults, isEquivalent, MUTATION_KINDS, mutantsOf, runMutants, withCheckDigit } from './checker-mutations';
import { ALL_TRUE, demoDoc } from './checker-texts';

describe('mutation suite', () => {
  const all = ALL_TRUE.flatMap(mutantsOf);
  const mutants = all.filter((m) => !isEquivalent(m));

  it('starts from texts with no error at all', () => {
    for (const t of ALL_TRUE) {
      const findings = checkText({ doc: demoDoc(t.report), goalId: t.goalId, text: t.text, ...(t.level ? { level: t.level } : {}) });
      expect({
        text: `${t.report} ${t.goalId} ${t.source}`,
        errors: findings.filter((f) => f.severity === 'error').map((f) => f.code),
      }).toEqual({
        text: `${t.report} ${t.goalId} ${t.source}`,
        errors: [],
      });
    }
  });

  it('lists every equivalent mutant it leaves out, and each exists', () => {
    for (const e of EQUIVALENT) expect(all.filter((m) => isEquivalent(m) && m.text.includes(e.says))).toHaveLength(1);
  });

  it('catches at least 97 % of each kind of mutation', () => {
    const results = runMutants(mutants);
    const published = runMutants(mutants.filter((m) => m.source.source === 'published'));
    console.log(
      `Mutation suite (${ALL_TRUE.length} true texts, ${mutants.length} mutants, ${all.length - mutants.length} equivalent left out)\n` +
        `all texts:\n${formatResults(results)}\npublished texts only:\n${formatResults(published)}\n` +
        results
          .flatMap((r) => r.missed.map((m) => `  missed ${m.kind} ${m.source.report} ${m.source.goalId} (${m.source.source}): ${m.what}`))
          .join('\n'),
    );
    expect(results.map((r) => r.kind)).toEqual(MUTATION_KINDS);
    for (const r of results) {
      expect(r.mutants).toBeGreaterThan(0);
      expect({ kind: r.kind, rate: r.rate >= 0.97 }).toEqual({ kind: r.kind, rate: true });
    }
  });

  it('catches any valid personnummer or samordningsnummer wherever it is inserted', () => {
    const number = fc
      .record({
        year: fc.integer({ min: 1920, max: 2024 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        samordning: fc.boolean(),
        serial: fc.integer({ min: 0, max: 999 }),
        form: fc.constantFrom('long', 'short', 'plain'),
      })
      .map((r) => {
        const ten = withCheckDigit(
          `${String(r.year).slice(2)}${String(r.month).padStart(2, '0')}${String(r.day + (r.samordning ? 60 : 0)).padStart(2, '0')}${String(r.serial).padStart(3, '0')}`,
        );
        if (r.form === 'long') return `${String(r.year).slice(0, 2)}${ten.slice(0, 6)}-${ten.slice(6)}`;
        if (r.form === 'short') return `${ten.slice(0, 6)}-${ten.slice(6)}`;
        return ten;
      });
    fc.assert(
      fc.property(fc.constantFrom(...ALL_TRUE), number, fc.nat(), (t, pnr, at) => {
        const cuts = [0, ...[...t.text.matchAll(/\. /g)].map((m) => m.index + 2)];
        const cut = cuts[at % cuts.length]!;
        const text = `${t.text.slice(0, cut)}Ärendet gäller ${pnr}. ${t.text.slice(cut)}`;
        const findings = checkText({ doc: demoDoc(t.report), goalId: t.goalId, text, ...(t.level ? { level: t.level } : {}) });
        return findings.some((f) => f.code === 'personal_identity_number' && f.severity === 'error' && text.slice(f.start, f.end) === pnr);
      }),
      { seed: 20221231, numRuns: 300 },
    );
  });
});
