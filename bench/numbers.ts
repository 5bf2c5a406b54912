/** @module Benchmark of findNumbers on a 100-word paragraph of report prose: time per call and calls per second. */
import { findNumbers } from '../src/domain/sv';

// Sentences adapted from Socialnämndens verksamhetsberättelse 2022: one paragraph of 100 words.
const PARAGRAPH = [
  'Socialnämndens nettokostnader uppgår till 420,1 miljoner kronor per 31 december.',
  'Resultatet för 2022 är positivt med 13,5 miljoner kronor eller 3,1 procent.',
  'Trots detta har den totala sjukfrånvaron ökat med 0,8 procentenheter jämfört med samma period 2021.',
  'Nämndens värde gällande prestationsnivån har ökat till 74,7 jämfört med föregående år, då värdet var 73,8.',
  'Svarsfrekvensen är 89 procent med 309 svarande av 347.',
  'Etappmålen nås med marginal för fyra av indikatorerna och för tre av dem är trenden positiv.',
  'Under perioden har sju av 18 personer avbrutit behandlingen i förtid.',
  'Nettokostnaden för familjeomsorgen var 3 926 kr/invånare och avvikelsen −16,8 procent.',
].join(' ');

const words = PARAGRAPH.split(/\s+/).length;
const figures = findNumbers(PARAGRAPH).length;

function run(iterations: number): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) sink += findNumbers(PARAGRAPH).length;
  const ms = performance.now() - t0;
  if (sink !== iterations * figures) throw new Error('findNumbers gave different results between calls');
  return ms;
}

run(2_000); // warm up the JIT before measuring
let iterations = 1_000;
while (run(iterations) < 250) iterations *= 2; // at least a quarter second per sample, so timer noise stays small
const samples = Array.from({ length: 5 }, () => run(iterations) / iterations);
samples.sort((a, b) => a - b);
const median = samples[2]!;

console.log(`paragraph: ${words} words, ${figures} figures found`);
console.log(`iterations: 5 × ${iterations}`);
console.log(`findNumbers: ${(median * 1000).toFixed(1)} µs per call (median; best ${(samples[0]! * 1000).toFixed(1)} µs)`);
console.log(`throughput: ${Math.round(1000 / median).toLocaleString('sv-SE')} calls/s`);
