/**
 * @module How the outcome compares with other populations (riket, länet, liknande kommuner):
 * for the outcome's own period, each comparison's value, the difference and whether the
 * municipality is better by the indicator's direction. Data for the drafter ("högre än riket")
 * and the pages; no wording here.
 */
import type { Indicator } from '../report';
import type { Better } from './rules';

export interface OutcomeComparison {
  label: string;
  period: string;
  /** The report's own outcome for the period. */
  outcome: number;
  value: number;
  /** outcome − value, in the indicator's unit (procentenheter for %). */
  difference: number;
  relation: 'higher' | 'lower' | 'same';
  /** By the indicator's direction; absent for `better: none`. */
  better?: boolean;
}

export function outcomeComparisons(indicator: Indicator, period: string | null, outcome: number | null): OutcomeComparison[] {
  if (period === null || outcome === null) return [];
  const v = indicator.values.find((x) => x.period === period);
  const better = indicator.better as Better;
  return Object.entries(v?.comparisons ?? {}).flatMap(([label, value]) => {
    if (value === null) return [];
    const difference = Number((outcome - value).toFixed(10));
    const relation = difference > 0 ? 'higher' : difference < 0 ? 'lower' : 'same';
    return [
      {
        label,
        period,
        outcome,
        value,
        difference,
        relation,
        ...(better === 'none' || relation === 'same' ? {} : { better: (relation === 'higher') === (better === 'higher') }),
      },
    ];
  });
}
