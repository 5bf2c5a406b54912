/** @module Beside each indicator on the goal page: its groups (kön, område…) and comparisons (riket, länet), preliminary figures marked, Kolada attributed. */
import type { FC } from 'hono/jsx';
import type { GroupGap } from '../domain/assessment';
import { indicatorContext, type IndicatorContext as Context } from '../domain/kolada';
import type { Indicator } from '../domain/report';
import { formatQuantity } from '../domain/sv';
import type { KoladaKpi } from '../kolada';

/** The goal page's search among Kolada's KPIs: the form's target, and the answer when one was asked. */
export interface KoladaSearchView {
  action: string;
  query?: string;
  kpis?: KoladaKpi[];
  error?: string;
}

export interface IndicatorContextProps {
  indicators: Indicator[];
  year: number;
  /** The assessment's gaps, so a notable one is marked. */
  gaps?: GroupGap[];
  search?: KoladaSearchView;
}

const q = (value: number, unit?: string) => formatQuantity(value, unit, { maxDecimals: 4 });

const Row: FC<{ indicator: Indicator; ctx: Context; notable: boolean }> = ({ indicator, ctx, notable }) => (
  <li>
    <strong>{indicator.shortName ?? indicator.name}</strong> {ctx.period}
    {ctx.preliminary ? ' (preliminärt)' : ''}:{' '}
    {ctx.breakdown.length ? (
      <span class="groups">{ctx.breakdown.map((b) => `${b.group} ${q(b.value, indicator.unit)}`).join(', ')}</span>
    ) : null}
    {ctx.breakdown.length && ctx.comparisons.length ? '; ' : null}
    {ctx.comparisons.length ? (
      <span class="comparisons">{ctx.comparisons.map((c) => `${c.label} ${q(c.value, indicator.unit)}`).join(', ')}</span>
    ) : null}
    {notable ? <span class="badge"> Skillnad att analysera</span> : null}
    {ctx.kolada ? <small class="muted"> Källa: Kolada</small> : null}
  </li>
);

const KoladaSearch: FC<{ search: KoladaSearchView }> = ({ search }) => (
  <details class="kolada-search" open={search.query !== undefined}>
    <summary>Sök nyckeltal i Kolada</summary>
    <form method="get" action={search.action}>
      <label for="kolada-sok">Ord ur nyckeltalets namn</label>{' '}
      <input id="kolada-sok" name="kolada" type="search" value={search.query ?? ''} minlength={2} maxlength={200} />{' '}
      <button type="submit">Sök</button>
    </form>
    {search.error ? <p role="alert">{search.error}</p> : null}
    {search.kpis && search.kpis.length === 0 ? <p>Inga nyckeltal i Kolada matchar "{search.query}".</p> : null}
    {search.kpis && search.kpis.length > 0 ? (
      <>
        <ul>
          {search.kpis.slice(0, 50).map((k) => (
            <li>
              <code>{k.id}</code> {k.title}
              {k.dividedByGender ? ' (kvinnor/män)' : ''}
            </li>
          ))}
        </ul>
        <p class="muted">
          Koppla en indikator genom att skriva källan som <code>Kolada ID</code> i rapportdata och hämta sedan siffrorna. Källa: Kolada.
        </p>
      </>
    ) : null}
  </details>
);

export const IndicatorContextList: FC<IndicatorContextProps> = ({ indicators, year, gaps, search }) => {
  const rows = indicators.flatMap((indicator) => {
    const ctx = indicatorContext(indicator, year);
    return ctx ? [{ indicator, ctx, notable: (gaps ?? []).some((g) => g.indicatorId === indicator.id && g.notable) }] : [];
  });
  if (rows.length === 0 && !search) return null;
  return (
    <section aria-labelledby="grupper-och-jamforelser">
      <h3 id="grupper-och-jamforelser">Grupper och jämförelser</h3>
      {rows.length ? (
        <ul class="indicator-context">
          {rows.map((r) => (
            <Row {...r} />
          ))}
        </ul>
      ) : (
        <p class="muted">Indikatorerna har inga värden per grupp eller jämförelser.</p>
      )}
      {search ? <KoladaSearch search={search} /> : null}
    </section>
  );
};
