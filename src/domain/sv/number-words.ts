/** @module Swedish number words as values: "fyra" 4, "tjugoett" 21, "hundra" 100. */
import { SMALL_WORDS } from './format';

const TENS: ReadonlyArray<readonly [string, number]> = [
  ['tjugo', 20],
  ['trettio', 30],
  ['fyrtio', 40],
  ['femtio', 50],
  ['sextio', 60],
  ['sjuttio', 70],
  ['åttio', 80],
  ['nittio', 90],
];
/** Every number word a report writes in full, with its value ("sju", "tjugoen", "hundra"). */
export const WORD_VALUES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>(SMALL_WORDS.map((w, i) => [w, i]));
  m.set('ett', 1).set('aderton', 18).set('hundra', 100);
  for (const [tens, t] of TENS) {
    m.set(tens, t);
    for (let u = 1; u <= 9; u++) m.set(tens + SMALL_WORDS[u], t + u);
    m.set(`${tens}ett`, t + 1);
  }
  return m;
})();
