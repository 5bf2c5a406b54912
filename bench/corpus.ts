/**
 * @module The checker's scores on its corpus, per split and phenomenon: true-text precision and
 * false-text recall (see test/domain/corpus.ts). Lists what failed with --details.
 * Run: npx tsx bench/corpus.ts [--details]
 */
import { formatScores, runCorpus } from '../test/domain/corpus';

const t0 = performance.now();
const results = runCorpus();
const ms = performance.now() - t0;
console.log(`checker corpus: ${results.length} entries in ${ms.toFixed(0)} ms`);
console.log(formatScores(results));
if (process.argv.includes('--details')) {
  console.log('\nfalse errors on true texts:');
  for (const r of results.filter((x) => x.entry.truth && x.errors.length > 0)) console.log(`  ${r.entry.id}: ${r.extra.join(' | ')}`);
  console.log('\nmissed expected errors:');
  for (const r of results.filter((x) => !x.entry.truth && x.missed.length > 0))
    console.log(`  ${r.entry.id}: ${r.missed.join(' | ')}   [got: ${r.extra.join(' | ') || 'nothing'}]`);
}
