/**
 * @module Figures about another population than the committee's own ("rikssnittet 11 dagar",
 * "länet (87,2 procent)", "4,2 procentenheter under rikssnittet"): held to the indicator's
 * comparison facts (`values[].comparisons`) where the data has them.
 */
import { difference } from '../assessment';
import type { Fact, Finding } from './checker';
import { periodText, type GoalModel, type IndicatorModel } from './facts';
import { matchesFact } from './binding';
import { keyOfPopulation, populationOf } from './lexicon';
import { fitsIndicator } from './roles';
import { laterInSentence, type Subjects } from './subjects';
import { periodsNear, type TextModel, type Word } from './text';
import { changeUnit, formatQuantity, type NumberMention } from '../sv';

type Population = NonNullable<ReturnType<typeof populationOf>>;

/** The population named within a few words of a figure in its clause, the nearest first. */
export function populationNear(clause: Word[], i: number, m: NumberMention, segEnd: number, reach = 8): Population | null {
  if (i < 0) return null;
  // After the figure, counted from the end of its unit ("88 procent i hela landet"), within its segment and before any "än".
  let j = i;
  while (j + 1 < clause.length && clause[j + 1]!.start < m.end) j++;
  let last = j;
  // "74 procent jämfört med länets 71 procent": what a figure is compared with is not what it is about.
  while (last + 1 < clause.length && last - j < 3 && clause[last + 1]!.start < segEnd && !AGAINST.test(clause[last + 1]!.lower)) last++;
  // "4,2 procentenheter lägre än i riket": a distance to the population, read past the "än".
  if (isDistance(clause, j) && clause[j + 1]!.start < segEnd) last = Math.min(clause.length - 1, j + 5);
  // "…, medan kommunens andel var 74 procent": the committee's own population stands nearer.
  let ownBefore = false;
  let ownAfter = false;
  for (let d = 1; d <= reach; d++) {
    // The word d before the figure, then the word d after it (no list per step: this runs for every figure).
    for (let side = 0, k = i - d; side < 2; side++, k = j + d) {
      if (k < 0 || k >= clause.length || k > last || (k < i ? ownBefore : ownAfter)) continue;
      if (OWN.has(clause[k]!.lower)) {
        if (k < i) ownBefore = true;
        else ownAfter = true;
        continue;
      }
      const p = populationOf(clause, k);
      if (p) return p;
    }
  }
  return null;
}

const AGAINST = /^(?:än|jämfört|jämföra|mot|medan|gentemot)$/;

/** Words for the committee's own population. */
const OWN = new Set(['kommunen', 'kommunens', 'nämnden', 'nämndens', 'vår', 'vårt', 'våra', 'egen', 'eget', 'egna']);

const DISTANCE = /^(?:under|över|lägre|högre|mer|mindre|fler|färre|kortare|längre|bättre|sämre)$/;

/** Whether the words right after a figure (ending at word j) measure it against something: "4,2 procentenheter under rikssnittet". */
const isDistance = (words: Word[], j: number) => DISTANCE.test(words[j + 1]?.lower ?? '');

/** The indicator a figure about a population is about when the words do not say: named earlier or later in the sentence, or the only one compared with that population. */
export function populationSubject(
  t: TextModel,
  subjects: Subjects,
  si: number,
  model: GoalModel,
  population: Population,
  m: NumberMention,
  close: boolean,
): IndicatorModel | undefined {
  const seg = t.segments[si]!;
  // "…, att jämföra med rikssnittet 13 dagar": the indicator named earlier in the sentence.
  for (let k = si - 1; k >= 0 && t.segments[k]!.sentence === seg.sentence; k--) {
    const named = subjects.mentions[k]!.at(-1);
    if (named) return model.indicators[named.indicator];
  }
  // "Snittet för länet var 81 procent, medan andelen i kommunen …": else the one named later.
  const later = laterInSentence(t, subjects, si);
  if (later !== null) return model.indicators[later];
  // "Rikssnittet var 86 procent": the one indicator the data compares with that population, where the population stands right by the figure.
  if (!close) return undefined;
  // A figure that is that indicator's own value is the committee's, written beside the population it is compared with.
  const compared = model.indicators.filter(
    (ind) =>
      fitsIndicator(m, ind) &&
      ind.facts.some((f) => f.kind === 'comparison' && keyOfPopulation(f.population ?? '', population)) &&
      !ind.facts.some((f) => f.kind === 'outcome' && matchesFact(m, f)),
  );
  return compared.length === 1 ? compared[0] : undefined;
}

type Verdict = 'grounded' | Pick<Finding, 'code' | 'message' | 'facts' | 'expected'> | null;

/** A figure about a population against the comparison facts: its value, or its distance from the indicator's own value. */
export function judgeAgainstPopulation(
  m: NumberMention,
  ind: IndicatorModel,
  population: Population,
  words: Word[],
  mentions: NumberMention[],
): Verdict {
  if (!fitsIndicator(m, ind)) return null;
  const comps = ind.facts.filter((f) => f.kind === 'comparison' && keyOfPopulation(f.population ?? '', population));
  if (comps.length === 0) return null;
  const j = words.filter((w) => w.start < m.end).length - 1;
  if (m.unit === 'procentenheter' || isDistance(words, j)) return judgeDistance(m, ind, comps);
  if (comps.some((f) => matchesFact(m, f))) return 'grounded';
  const near = periodsNear(m, words, mentions).at;
  const right = comps.filter((f) => !near || f.period === near).pop() ?? comps[comps.length - 1]!;
  return {
    code: 'wrong_value',
    message: `Enligt underlaget var ${right.population} ${formatQuantity(right.value!, right.unit)} ${periodText(right.period!)} för ${ind.name}, inte ${m.text.trim()}.`,
    facts: comps,
    expected: formatQuantity(right.value!, right.unit),
  };
}

/** "4,2 procentenheter under rikssnittet": the distance between the indicator's value and the population's, the same period. */
function judgeDistance(m: NumberMention, ind: IndicatorModel, comps: Fact[]): Verdict {
  // "4 procent lägre än riket" may be a relative difference: not judged.
  if (m.unit === 'procent' && ind.unitClass === 'percent') return 'grounded';
  const unit = changeUnit(ind.unit);
  const distances = comps.flatMap((c): Fact[] => {
    const own = ind.facts.find((f) => f.kind === 'outcome' && f.period === c.period);
    if (own?.value === undefined) return [];
    const value = Math.abs(difference(own.value, c.value!));
    return [
      {
        kind: 'difference',
        label: `Skillnad mot ${c.population} ${periodText(c.period!)} för ${ind.name}`,
        value,
        period: c.period!,
        ...(unit !== undefined ? { unit } : {}),
      },
    ];
  });
  if (distances.length === 0 || distances.some((f) => matchesFact(m, f))) return 'grounded';
  const right = distances[distances.length - 1]!;
  return {
    code: 'wrong_value',
    message: `${right.label} är ${formatQuantity(right.value!, right.unit)}, inte ${m.text.trim()}.`,
    facts: [...comps, right],
    expected: formatQuantity(right.value!, right.unit),
  };
}
