/**
 * @module What pages, exports and Slack show beside an indicator: the groups and comparisons of
 * its outcome for the report year (else the latest earlier one that has them), whether the figure
 * is preliminary, and whether it is attributed to Kolada ("Källa: Kolada", as Kolada's terms ask).
 */
import { formatQuantity } from '../sv';
import type { Indicator, IndicatorValue } from '../report';
import { koladaLink } from './links';
import { isKoladaSource, isPreliminary, koladaStatus } from './pull';

export interface IndicatorContext {
  period: string;
  breakdown: { group: string; value: number }[];
  comparisons: { label: string; value: number }[];
  preliminary: boolean;
  /** The indicator is a Kolada key figure, or this value came from Kolada. */
  kolada: boolean;
}

const entries = (r: Record<string, number | null> | undefined) =>
  Object.entries(r ?? {}).flatMap(([k, v]) => (v === null ? [] : [{ key: k, value: v }]));

const hasContext = (v: IndicatorValue) => entries(v.breakdown).length > 0 || entries(v.comparisons).length > 0;

/** The context of the indicator for the report year, or null when it has no groups or comparisons. */
export function indicatorContext(indicator: Indicator, year: number): IndicatorContext | null {
  const candidates = indicator.values
    .filter((v) => v.kind !== 'forecast' && Number(v.period.slice(0, 4)) <= year && hasContext(v))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const v = candidates.pop();
  if (!v) return null;
  return {
    period: v.period,
    breakdown: entries(v.breakdown).map(({ key, value }) => ({ group: key, value })),
    comparisons: entries(v.comparisons).map(({ key, value }) => ({ label: key, value })),
    preliminary: isPreliminary(koladaStatus(v.source)),
    kolada: koladaLink(indicator) !== null || isKoladaSource(v.source),
  };
}

const q = (value: number, unit?: string) => formatQuantity(value, unit, { maxDecimals: 4 });

/** "2022: kvinnor 96 procent, män 84 procent; riket 80 procent, länet 82 procent (preliminärt). Källa: Kolada." */
export function contextText(indicator: Indicator, ctx: IndicatorContext, opts: { attribution?: boolean } = {}): string {
  const parts: string[] = [];
  if (ctx.breakdown.length) parts.push(ctx.breakdown.map((b) => `${b.group} ${q(b.value, indicator.unit)}`).join(', '));
  if (ctx.comparisons.length) parts.push(ctx.comparisons.map((c) => `${c.label} ${q(c.value, indicator.unit)}`).join(', '));
  return `${ctx.period}: ${parts.join('; ')}${ctx.preliminary ? ' (preliminärt)' : ''}.${ctx.kolada && opts.attribution !== false ? ' Källa: Kolada.' : ''}`;
}

/** Whether any figure of the indicator is Kolada's: it is a Kolada key figure, or a value was pulled from Kolada. */
export function usesKolada(indicator: Indicator): boolean {
  return koladaLink(indicator) !== null || indicator.values.some((v) => isKoladaSource(v.source));
}
