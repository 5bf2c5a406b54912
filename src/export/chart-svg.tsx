/**
 * @module The indicator chart as SVG, drawn from the one chart geometry (src/export/chart.ts): on
 * the goal page (hidden from screen readers, its figures follow as a table), in the HTML export
 * and the preview (an image labelled with its text alternative) and in Word (a standalone file beside its PNG).
 * Colours are presentation attributes, so the drawing stands alone; the goal page's stylesheet
 * overrides them.
 */
import type { FC } from 'hono/jsx';
import {
  CHART_STYLE,
  chartAltText,
  chartGeometry,
  chartLegend,
  FONT_SIZE,
  LINE_WIDTH,
  POINT_RADIUS,
  SERIES_WIDTH,
  type IndicatorChart,
} from './chart';

import { indicatorLabel } from './section';

const FONT = 'Calibri, Arial, "Liberation Sans", sans-serif';
const dash = (d: readonly number[] | null) => (d ? d.join(' ') : undefined);

export interface ChartSvgProps {
  chart: IndicatorChart;
  /** "hidden" when a table beside it says the same; "labelled" makes it an image named by its text alternative. */
  a11y: 'hidden' | 'labelled';
  /** A file of its own (Word): the namespace, a size and the font; inline SVG takes them from the page. */
  standalone?: boolean;
  /** The text alternative when the caller has it already (else it is written here, when labelled). */
  alt?: string;
}

export const ChartSvg: FC<ChartSvgProps> = ({ chart, a11y, standalone, alt }) => {
  const g = chartGeometry(chart);
  const label = a11y === 'labelled' ? (alt ?? chartAltText(chart)) : '';
  const text = (x: number, y: number, t: string, cls: string, anchor?: 'end') => (
    <text
      class={cls}
      x={x}
      y={y}
      fill={CHART_STYLE.text.color}
      font-size={FONT_SIZE}
      font-family={standalone ? FONT : undefined}
      text-anchor={anchor}
    >
      {t}
    </text>
  );
  return (
    <svg
      class="chart"
      xmlns={standalone ? 'http://www.w3.org/2000/svg' : undefined}
      width={standalone ? g.width : undefined}
      height={standalone ? g.height : undefined}
      viewBox={`0 0 ${g.width} ${g.height}`}
      {...(a11y === 'hidden' ? { 'aria-hidden': 'true', focusable: 'false' } : { role: 'img', 'aria-label': label })}
    >
      {a11y === 'labelled' ? <title>{label}</title> : null}
      {g.lines.map((l) => (
        <g class={l.kind}>
          <line
            x1={l.x1}
            x2={l.x2}
            y1={l.y}
            y2={l.y}
            stroke={CHART_STYLE[l.kind].color}
            stroke-width={LINE_WIDTH}
            stroke-dasharray={dash(CHART_STYLE[l.kind].dash)}
          />
          {text(l.label.x, l.label.y, l.label.text, 'label')}
        </g>
      ))}
      {g.series.map((s) => (
        <g class={`series ${s.key}`}>
          <polyline
            points={s.points.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke={CHART_STYLE[s.key].color}
            stroke-width={SERIES_WIDTH}
            stroke-dasharray={dash(CHART_STYLE[s.key].dash)}
          />
          {s.points.map((p) => (
            <circle cx={p.x} cy={p.y} r={POINT_RADIUS} fill={CHART_STYLE[s.key].color} />
          ))}
        </g>
      ))}
      {g.axis.map((a) => text(a.x, a.y, a.text, a.anchor === 'end' ? 'axis end' : 'axis', a.anchor === 'end' ? 'end' : undefined))}
    </svg>
  );
};

/** A chart as a figure in a printed page (the HTML export, the preview): the indicator's name, the image named by its text alternative, a legend for the eye. */
export const ChartFigure: FC<{ chart: IndicatorChart }> = ({ chart }) => {
  const legend = chartLegend(chart);
  return (
    <figure class="chart">
      <figcaption>{indicatorLabel(chart)}</figcaption>
      <ChartSvg chart={chart} a11y="labelled" />
      {/* For the eye: the text alternative already names each line's values. */}
      {legend ? (
        <p class="chart-legend" aria-hidden="true">
          {legend}
        </p>
      ) : null}
    </figure>
  );
};

/** The chart as a standalone SVG file's text (for Word). */
export function chartSvgFile(chart: IndicatorChart, alt = chartAltText(chart)): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${(<ChartSvg chart={chart} a11y="labelled" standalone alt={alt} />).toString()}`;
}
