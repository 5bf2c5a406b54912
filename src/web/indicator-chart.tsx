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

const W = 320;
const H = 130;
const PAD = { left: 8, right: 56, top: 12, bottom: 22 };
const num = (v: number) => formatNumber(v, { maxDecimals: 4 });

interface Series {
  key: string;
  label: string;
  points: { period: string; value: number }[];
}

function seriesOf(ind: Indicator): Series[] {
  const values = ind.values.filter((v) => v.kind !== 'forecast');
  const total: Series = {
    key: 'total',
    label: 'Totalt',
    points: values.flatMap((v) => (v.value === null ? [] : [{ period: v.period, value: v.value }])),
  };
  const groups = [...new Set(values.flatMap((v) => Object.keys(v.breakdown ?? {})))].filter((k) =>
    /^(kvinnor|män|flickor|pojkar)$/i.test(k),
  );
  const parts = groups.map((g) => ({
    key: g.toLowerCase() === 'kvinnor' || g.toLowerCase() === 'flickor' ? 'women' : 'men',
    label: g.charAt(0).toUpperCase() + g.slice(1),
    points: values.flatMap((v) => {
      const x = v.breakdown?.[g];
      return x === null || x === undefined ? [] : [{ period: v.period, value: x }];
    }),
  }));
  return [total, ...parts].filter((s) => s.points.length > 0);
}

/** The chart: one line per series, dashed lines for the etappmål and målvärde, the first and last period under it. */
const Chart: FC<{ ind: Indicator; a: IndicatorAssessment }> = ({ ind, a }) => {
  const series = seriesOf(ind);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  if (periods.length === 0) return null;
  const target = a.target?.value;
  const goal = a.longTermTarget?.value;
  const all = [
    ...series.flatMap((s) => s.points.map((p) => p.value)),
    ...(target !== undefined ? [target] : []),
    ...(goal !== undefined ? [goal] : []),
  ];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const span = hi - lo;
  lo -= span * 0.1;
  hi += span * 0.1;
  const x = (period: string) =>
    PAD.left +
    (periods.length === 1 ? (W - PAD.left - PAD.right) / 2 : (periods.indexOf(period) / (periods.length - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const line = (v: number, cls: string, label: string) => (
    <g class={cls}>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(v).toFixed(1)} y2={y(v).toFixed(1)} />
      <text x={W - PAD.right + 4} y={(y(v) + 4).toFixed(1)}>
        {label}
      </text>
    </g>
  );
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {target !== undefined ? line(target, 'target', 'etappmål') : null}
      {goal !== undefined ? line(goal, 'goal', 'målvärde') : null}
      {series.map((s) => (
        <g class={`series ${s.key}`}>
          <polyline points={s.points.map((p) => `${x(p.period).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')} />
          {s.points.map((p) => (
            <circle cx={x(p.period).toFixed(1)} cy={y(p.value).toFixed(1)} r="2.8" />
          ))}
        </g>
      ))}
      <text class="axis" x={PAD.left} y={H - 6}>
        {periods[0]}
      </text>
      {periods.length > 1 ? (
        <text class="axis end" x={W - PAD.right} y={H - 6}>
          {periods[periods.length - 1]}
        </text>
      ) : null}
    </svg>
  );
};

/** The chart's figures as a table for screen readers (and anyone who wants the numbers). */
const ChartTable: FC<{ ind: Indicator; a: IndicatorAssessment; id: string }> = ({ ind, a, id }) => {
  const series = seriesOf(ind);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  return (
    <table class="visually-hidden" aria-labelledby={id}>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {series.map((s) => (
            <th scope="col">{s.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {periods.map((period) => (
          <tr>
            <th scope="row">{period}</th>
            {series.map((s) => {
              const p = s.points.find((q) => q.period === period);
              return <td>{p ? num(p.value) : '–'}</td>;
            })}
          </tr>
        ))}
        {a.target?.value !== undefined ? (
          <tr>
            <th scope="row">Etappmål {a.target.period}</th>
            <td colspan={series.length}>{num(a.target.value)}</td>
          </tr>
        ) : null}
        {a.longTermTarget?.value !== undefined ? (
          <tr>
            <th scope="row">Målvärde {a.longTermTarget.period}</th>
            <td colspan={series.length}>{num(a.longTermTarget.value)}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
};

const arrow = (a: IndicatorAssessment) => (a.change === null ? '' : a.change > 0 ? '↑' : a.change < 0 ? '↓' : '→');

export const IndicatorCards: FC<{ indicators: Indicator[]; assessed: IndicatorAssessment[] }> = ({ indicators, assessed }) => (
  <ul class="indicator-cards">
    {indicators.map((ind, i) => {
      const a = assessed.find((x) => x.indicatorId === ind.id);
      if (!a) return null;
      const id = `ind-${i + 1}`;
      const trend = TREND[a.trend];
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
          <figure>
            <Chart ind={ind} a={a} />
            {/* The legend is for the eye; the table after it says the same to a screen reader. */}
            <p class="chart-legend" aria-hidden="true">
              {seriesOf(ind).map((x) => (
                <span class={`key ${x.key}`}>{x.label}</span>
              ))}
              {a.target?.value !== undefined ? <span class="key target">Etappmål</span> : null}
              {a.longTermTarget?.value !== undefined ? <span class="key goal">Målvärde</span> : null}
            </p>
            <ChartTable ind={ind} a={a} id={id} />
          </figure>
        </li>
      );
    })}
  </ul>
);
