// Writes test/corpus/seeds-train.jsonl and test/corpus/heldout.jsonl.
// Seed sentences are split deterministically in document order: the 1st, 4th, 7th, … go to the
// held-out file, the rest to training. Every written sentence goes to the held-out file.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedSentences } from './seeds.mjs';
import { written } from './written.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..');

const ABBR = {
  date: 'date', 'paragraph-ref': 'ref', 'clock-time': 'clock', 'year-range': 'yrange', 'plan-year': 'planyear', age: 'age',
  'threshold-in-name': 'threshold', 'list-number': 'list', comparison: 'cmp', 'number-word': 'numword', fraction: 'frac',
  approximation: 'approx', range: 'range', 'change-indicator': 'changeind', 'signed-change': 'signed', procentenheter: 'pe',
  'money-scale': 'money', 'from-to-years': 'fromto', 'purpose-clause': 'purpose', 'wish-clause': 'wish', 'plan-future': 'future',
  conditional: 'cond', negation: 'neg', 'inverted-level': 'invlevel', 'bedomer-att-level': 'bedomer', 'paraphrased-trend': 'para',
  breakdown: 'breakdown', personnummer: 'pnr',
};

const pad = (n) => String(n).padStart(3, '0');
function entry(e) {
  const o = { id: e.id, split: e.split, source: e.source, phenomenon: e.phenomenon, truth: e.truth, origin: e.origin ?? 'person', report: e.report, goalId: e.goalId };
  if (e.level) o.level = e.level;
  o.text = e.text;
  o.expect = e.expect ?? [];
  return JSON.stringify(o);
}

const heldout = [];
const train = [];
seedSentences.forEach((s, i) => {
  const base = { ...s, phenomenon: 'published', truth: true, origin: 'person', expect: [] };
  if (i % 3 === 0) heldout.push({ ...base, split: 'heldout', id: `heldout-published-${pad(heldout.length + 1)}` });
  else train.push({ ...base, split: 'train', id: `train-published-${pad(train.length + 1)}` });
});
const counters = new Map();
for (const w of written) {
  const key = `${ABBR[w.phenomenon]}-${w.truth ? 't' : 'f'}`;
  if (!ABBR[w.phenomenon]) throw new Error(`unknown phenomenon ${w.phenomenon}`);
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  heldout.push({ ...w, split: 'heldout', source: 'written', id: `heldout-${key}-${String(n).padStart(2, '0')}` });
}
writeFileSync(join(out, 'heldout.jsonl'), heldout.map(entry).join('\n') + '\n');
writeFileSync(join(out, 'seeds-train.jsonl'), train.map(entry).join('\n') + '\n');
console.log(`heldout.jsonl: ${heldout.length} lines; seeds-train.jsonl: ${train.length} lines`);
