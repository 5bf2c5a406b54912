/**
 * @module Benchmark of the checker on one core: time per 100-word motivation paragraph and
 * paragraphs per second (target under 1 ms), and the mutation suite's detection rate per kind.
 * Run: npx tsx bench/checker.ts
 */
import { checkText } from '../src/domain/checker';
import { countedWords } from '../src/domain/checker';
import { formatResults, isEquivalent, mutantsOf, runMutants } from '../test/domain/checker-mutations';
import { ALL_TRUE, demoDoc, type TrueText } from '../test/domain/checker-texts';

/** Each goal's true texts, sentence by sentence, joined into paragraphs of about 100 words. */
function paragraphs(): TrueText[] {
  const byGoal = new Map<string, TrueText[]>();
  for (const t of ALL_TRUE) byGoal.set(`${t.report}/${t.goalId}`, [...(byGoal.get(`${t.report}/${t.goalId}`) ?? []), t]);
  const out: TrueText[] = [];
  for (const texts of byGoal.values()) {
    const sentences = texts.flatMap((t) => t.text.match(/[^.]+\.\s*/g) ?? []);
    let text = '';
    for (let i = 0; countedWords(text).length < 100; i++) text += sentences[i % sentences.length]!;
    out.push({ ...texts[0]!, text: text.trim() });
  }
  return out;
}

const paras = paragraphs();
const words = paras.reduce((n, p) => n + countedWords(p.text).length, 0) / paras.length;
const check = (p: TrueText) => checkText({ doc: demoDoc(p.report), goalId: p.goalId, text: p.text, ...(p.level ? { level: p.level } : {}) });

// Cold: the first check of a goal also builds its facts and indicator names (cached per document).
const cold: number[] = [];
for (const p of paras) {
  const t0 = performance.now();
  check(p);
  cold.push(performance.now() - t0);
}

function run(iterations: number): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) sink += check(paras[i % paras.length]!).length;
  const ms = performance.now() - t0;
  if (sink < 0) throw new Error('unreachable');
  return ms;
}

run(500); // warm up the JIT
let iterations = 200;
while (run(iterations) < 500) iterations *= 2;
const samples = Array.from({ length: 5 }, () => run(iterations) / iterations).sort((a, b) => a - b);
const median = samples[2]!;
const per100 = (median * 100) / words;

console.log(`paragraphs: ${paras.length} (one per goal with a true text), ${words.toFixed(0)} words on average`);
console.log(`iterations: 5 × ${iterations}, one core`);
console.log(`checkText: ${median.toFixed(3)} ms per paragraph (median; best ${samples[0]!.toFixed(3)} ms), ${per100.toFixed(3)} ms per 100 words`);
console.log(`throughput: ${Math.round(1000 / median).toLocaleString('sv-SE')} paragraphs/s`);
console.log(`first check of a goal (builds its facts): median ${cold.sort((a, b) => a - b)[Math.floor(cold.length / 2)]!.toFixed(2)} ms, max ${Math.max(...cold).toFixed(2)} ms`);
console.log(`target: under 1 ms per 100-word paragraph — ${per100 < 1 ? 'met' : 'NOT met'}`);

const all = ALL_TRUE.flatMap(mutantsOf);
const mutants = all.filter((m) => !isEquivalent(m));
const t0 = performance.now();
const results = runMutants(mutants);
console.log(`\nmutation suite: ${ALL_TRUE.length} true texts, ${mutants.length} mutants (${all.length - mutants.length} equivalent left out), ${(performance.now() - t0).toFixed(0)} ms`);
console.log(formatResults(results));
console.log('published texts only:');
console.log(formatResults(runMutants(mutants.filter((m) => m.source.source === 'published'))));
