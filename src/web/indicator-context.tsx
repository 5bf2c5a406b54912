/** @module Beside each indicator on the goal page: its groups (kön, område…) and comparisons (riket, länet), preliminary figures marked, Kolada attributed. */
import type { FC } from 'hono/jsx';
import type { GroupGap } from '../domain/assessment';
import { indicatorContext, type IndicatorContext as Context } from '../domain/kolada';
import type { Indicator } from '../domain/report';
import { formatQuantity } from '../domain/sv';

export interface IndicatorContextProps {
  indicators: Indicator[];
  year: number;
  /** The assessment's gaps, so a notable one is marked. */
  gaps?: GroupGap[];
}

const q = (value: number, unit?: string) => formatQuantity(value, unit, { maxDecimals: 4 });

const Row: FC<{ indicator: Indicator; ctx: Context; notable: boolean }> = ({ indicator, ctx, notable }) => (
  <li>
    <strong>{indicator.shortName ?? indicator.name}</strong> {ctx.period}
    {ctx.preliminary ? ' (preliminärt)' : ''}:{' '}
    {ctx.breakdown.length ? <span class="groups">{ctx.breakdown.map((b) => `${b.group} ${q(b.value, indicator.unit)}`).join(', ')}</span> : null}
    {ctx.breakdown.length && ctx.comparisons.length ? '; ' : null}
    {ctx.comparisons.length ? <span class="comparisons">{ctx.comparisons.map((c) => `${c.label} ${q(c.value, indicator.unit)}`).join(', ')}</span> : null}
    {notable ? <span class="badge"> Skillnad att analysera</span> : null}
    {ctx.kolada ? <small class="muted"> Källa: Kolada</small> : null}
  </li>
);

export const IndicatorContextList: FC<IndicatorContextProps> = ({ indicators, year, gaps }) => {
  const rows = indicators.flatMap((indicator) => {
    const ctx = indicatorContext(indicator, year);
    return ctx ? [{ indicator, ctx, notable: (gaps ?? []).some((g) => g.indicatorId === indicator.id && g.notable) }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="grupper-och-jamforelser">
      <h3 id="grupper-och-jamforelser">Grupper och jämförelser</h3>
      <ul class="indicator-context">
        {rows.map((r) => (
          <Row {...r} />
        ))}
      </ul>
    </section>
  );
};
