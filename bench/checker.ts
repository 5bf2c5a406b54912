/**
 * @module Benchmark of the checker on one core: time per 100-word motivation paragraph and
 * paragraphs per second (target under 1 ms); large inputs (100 KB of notes with a 2 500-word text, first
 * check and warm, "1 1 1 …" of 20 000 characters, 32 000 note sentences with a short text and with
 * 20 000 characters of trend sentences); and the mutation suite's
 * detection rate per kind.
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
const check = (p: TrueText) =>
  checkText({ doc: demoDoc(p.report), goalId: p.goalId, text: p.text, ...(p.level ? { level: p.level } : {}) });

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
console.log(
  `checkText: ${median.toFixed(3)} ms per paragraph (median; best ${samples[0]!.toFixed(3)} ms), ${per100.toFixed(3)} ms per 100 words`,
);
console.log(`throughput: ${Math.round(1000 / median).toLocaleString('sv-SE')} paragraphs/s`);
console.log(
  `first check of a goal (builds its facts): median ${cold.sort((a, b) => a - b)[Math.floor(cold.length / 2)]!.toFixed(2)} ms, max ${Math.max(...cold).toFixed(2)} ms`,
);
console.log(`target: under 1 ms per 100-word paragraph — ${per100 < 1 ? 'met' : 'NOT met'}`);

// ---------------------------------------------------------------- cost on large inputs

/**
 * Medians of a few runs of `f`: wall time (what a caller waits on a quiet machine), the best run,
 * and CPU time of the process (user + system; it counts the collector's helper threads too, and
 * on a machine shared with other work it does not count the waiting).
 */
function timed(f: (run: number) => void, runs = 5): { wall: number; best: number; cpu: number } {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f(i);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: mid(wall), best: Math.min(...wall), cpu: mid(cpu) };
}
const ms = (t: { wall: number; best: number; cpu: number }) =>
  `${t.wall.toFixed(1)} ms wall (best ${t.best.toFixed(1)}, ${t.cpu.toFixed(1)} ms CPU)`;

const vb = demoDoc('vb-2022');
const sentences = ALL_TRUE.filter((t) => t.report === 'vb-2022' && t.goalId === 'g2').flatMap((t) => t.text.match(/[^.]+\.\s*/g) ?? []);
let long = '';
for (let i = 0; countedWords(long).length < 2500; i++) long += sentences[i % sentences.length]!;
long = long.slice(0, 19_999);
/** A copy of the report whose goal g2 has the given notes (a new document: nothing of it is cached yet). */
function withNotes(notes: string[]): typeof vb {
  const doc = structuredClone(vb);
  doc.goals.find((g) => g.id === 'g2')!.notes = notes;
  return doc;
}
/** Notes as an official writes them, with figures, until the goal holds 100 KB of them. */
const notes100k: string[] = [];
for (let i = 0, size = 0; size < 100_000; i++) {
  const n = `Inom enhet ${i % 97} var personalomsättningen ${(i % 40) + 0.5} procent och ${i % 13} medarbetare slutade under ${2019 + (i % 4)}.`;
  notes100k.push(n);
  size += Buffer.byteLength(n);
}
// The first check of a document builds the goal's facts: each run gets a document built beforehand, outside the clock.
const fresh = Array.from({ length: 7 }, () => withNotes(notes100k));
const bigFirst = timed((i) => checkText({ doc: fresh[i]!, goalId: 'g2', text: long, origin: 'model' }), 7);
const bigWarm = timed(() => checkText({ doc: fresh[0]!, goalId: 'g2', text: long, origin: 'model' }), 7);
console.log(`\nlarge inputs (medians):`);
console.log(
  `100 KB of notes (${notes100k.length} notes) + a ${countedWords(long).length}-word text (${long.length} characters): first check ${ms(bigFirst)}, warm ${ms(bigWarm)} — target under 50 ms wall including the first check: ${bigFirst.wall < 50 ? 'met' : 'NOT met'}`,
);
const ones = '1 '.repeat(9_999) + '1';
const onesT = timed(() => checkText({ doc: vb, goalId: 'g2', text: ones, origin: 'model' }));
console.log(`"1 1 1 …" of ${ones.length} characters: ${ms(onesT)}`);
const notes32k = Array.from({ length: 32_000 }, (_, i) => `Antalet ärenden ökade till ${i} under ${2019 + (i % 4)}.`);
const many = Array.from({ length: 3 }, () => withNotes(notes32k));
const shortText = 'Sjukfrånvaron var 7,8 procent 2022 och antalet ärenden ökade till 17.';
const manyFirst = timed((i) => checkText({ doc: many[i]!, goalId: 'g2', text: shortText, origin: 'model' }), 3);
const manyWarm = timed(() => checkText({ doc: many[0]!, goalId: 'g2', text: shortText, origin: 'model' }));
console.log(`32 000 note sentences + a one-sentence text: first check ${ms(manyFirst)}, warm ${ms(manyWarm)}`);
// Trend claims about no indicator, against many notes that hold trend words and share words with them: each
// claim is judged against the notes' trends.
const trendText = 'Andelen ökade. Antalet ärenden har ökat. '.repeat(500).slice(0, 19_999);
const manyTrend = Array.from({ length: 3 }, () => withNotes(notes32k));
const trendFirst = timed((i) => checkText({ doc: manyTrend[i]!, goalId: 'g2', text: trendText, origin: 'model' }), 3);
const trendWarm = timed(() => checkText({ doc: manyTrend[0]!, goalId: 'g2', text: trendText, origin: 'model' }));
console.log(
  `32 000 note sentences + ${trendText.length} characters of trend sentences: first check ${ms(trendFirst)}, warm ${ms(trendWarm)}`,
);

const all = ALL_TRUE.flatMap(mutantsOf);
const mutants = all.filter((m) => !isEquivalent(m));
const t0 = performance.now();
const results = runMutants(mutants);
console.log(
  `\nmutation suite: ${ALL_TRUE.length} true texts, ${mutants.length} mutants (${all.length - mutants.length} equivalent left out), ${(performance.now() - t0).toFixed(0)} ms`,
);
console.log(formatResults(results));
console.log('published texts only:');
console.log(formatResults(runMutants(mutants.filter((m) => m.source.source === 'published'))));
