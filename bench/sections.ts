/**
 * @module Bench: the report-level texts. Prints the mutation figures per kind of claim (economy
 * figures and signs, forecast tense, roll-up counts and levels, activity status), how many demo
 * and generated sections draft clean offline, and how long drafting and checking every section
 * of the demo reports takes (median of several runs).
 * Run: npx tsx bench/sections.ts
 */
import { performance } from 'node:perf_hooks';
import { checkSection, draftSection } from '../src/domain/sections';
import { errorsOf, formatResults, isEquivalent, mutantsOf, runMutants, trueTexts } from '../test/domain/section-mutations';

const texts = trueTexts();
const all = texts.flatMap(mutantsOf);
const mutants = all.filter((m) => !isEquivalent(m));
const clean = texts.filter((t) => errorsOf(t, t.text).length === 0).length;
console.log(
  `True texts: ${texts.length} (${clean} clean), mutants: ${mutants.length} (${all.length - mutants.length} equivalent left out)`,
);
const results = runMutants(mutants);
console.log(formatResults(results));
for (const r of results) for (const m of r.missed) console.log(`  missed ${m.kind} ${m.source.name}: ${m.what}`);

const drafts = texts.filter((t) => !t.name.includes('publicerad'));
const RUNS = 7;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  for (const t of drafts) checkSection(t.doc, t.assessment, t.section, draftSection(t.doc, t.assessment, t.section));
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  `Draft + check of ${drafts.length} sections: median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms (${(times[Math.floor(RUNS / 2)]! / drafts.length).toFixed(2)} ms per section)`,
);
