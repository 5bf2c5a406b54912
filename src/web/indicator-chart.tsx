/**
 * @module A goal's indicators as people read them on the goal page: each with its status against
 * the etappmål, a trend arrow, and a small server-rendered SVG chart of its series with the
 * etappmål and målvärde lines (and kvinnor/män where the data has them). The chart is hidden
 * from screen readers; the same figures follow it as a table, which they read instead.
 */
import type { FC } from 'hono/jsx';
import type { IndicatorAssessment } from '../domain/assessment';
import type { Indicator } from '../domain/report';
import { formatNumber } from '../domain/sv';
import { chartOf, type IndicatorChart } from '../export/chart';
import { ChartSvg } from '../export/chart-svg';

const STATUS: Record<IndicatorAssessment['status'], string> = {
  met: 'Etappmålet nås',
  not_met: 'Etappmålet nås inte',
  missing: 'Utfall saknas',
  no_target: 'Inget etappmål',
};
const TREND: Record<IndicatorAssessment['trend'], string> = {
  improved: 'förbättrad',
  worsened: 'försämrad',
  unchanged: 'oförändrad',
  unknown: '',
};

const num = (v: number) => formatNumber(v, { maxDecimals: 4 });

/** The chart's figures as a table for screen readers (and anyone who wants the numbers). */
const ChartTable: FC<{ chart: IndicatorChart; id: string }> = ({ chart, id }) => (
  <table class="visually-hidden" aria-labelledby={id}>
    <thead>
      <tr>
        <th scope="col">Period</th>
        {chart.series.map((s) => (
          <th scope="col">{s.label}</th>
        ))}
      </tr>
    </thead>
    <tbody>
      {chart.periods.map((period, i) => (
        <tr>
          <th scope="row">{period}</th>
          {chart.series.map((s) => {
            const v = s.values[i];
            return <td>{v === null || v === undefined ? '–' : num(v)}</td>;
          })}
        </tr>
      ))}
      {chart.lines.map((l) => (
        <tr>
          <th scope="row">
            {l.kind === 'goal' ? 'Målvärde' : 'Etappmål'} {l.period}
          </th>
          <td colspan={chart.series.length}>{num(l.value)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

const arrow = (a: IndicatorAssessment) => (a.change === null ? '' : a.change > 0 ? '↑' : a.change < 0 ? '↓' : '→');

export const IndicatorCards: FC<{ indicators: Indicator[]; assessed: IndicatorAssessment[] }> = ({ indicators, assessed }) => (
  <ul class="indicator-cards">
    {indicators.map((ind, i) => {
      const a = assessed.find((x) => x.indicatorId === ind.id);
      if (!a) return null;
      const id = `ind-${i + 1}`;
      const trend = TREND[a.trend];
      const chart = chartOf(ind, a);
      return (
        <li class="indicator-card" id={`indikator-${ind.id}`}>
          <h3 id={id}>{ind.name}</h3>
          <p class="status-line">
            <span class={`ind-status ${a.status}`}>{STATUS[a.status]}</span>
            {trend ? (
              <span class={`trend ${a.trend}`}>
                <span aria-hidden="true">{arrow(a)} </span>
                {trend} sedan {a.previousPeriod}
              </span>
            ) : null}
          </p>
          {chart ? (
            <figure>
              <ChartSvg chart={chart} a11y="hidden" />
              {/* The legend is for the eye; the table after it says the same to a screen reader. */}
              <p class="chart-legend" aria-hidden="true">
                {chart.series.map((x) => (
                  <span class={`key ${x.key}`}>{x.label}</span>
                ))}
                {chart.lines.map((l) => (
                  <span class={`key ${l.kind}`}>{l.kind === 'goal' ? 'Målvärde' : 'Etappmål'}</span>
                ))}
              </p>
              <ChartTable chart={chart} id={id} />
            </figure>
          ) : null}
        </li>
      );
    })}
  </ul>
);
