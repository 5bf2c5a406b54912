/**
 * @module One indicator's chart as data: its series (totalt, and kvinnor/män where the data has
 * them), the etappmål and målvärde lines, the geometry every renderer draws (the SVG on the goal
 * page and in the exports, the PNG fallback in Word), and the Swedish text alternative that says
 * what the chart shows. Plain data, so a section with its charts crosses to the export thread.
 */
import { difference, type IndicatorAssessment } from '../domain/assessment';
import type { Indicator } from '../domain/report';
import { changeUnit, formatNumber, formatQuantity, periodText } from '../domain/sv';

export type SeriesKey = 'total' | 'women' | 'men';
export type LineKind = 'target' | 'goal';

export interface ChartSeries {
  key: SeriesKey;
  label: string;
  /** Aligned with the chart's periods; null where this series has no value. */
  values: (number | null)[];
}

/**
 * A chart as it travels with the section: flat arrays rather than an object a point, since a
 * report at the limits sends 3 000 of them to the export thread by structured clone.
 */
export interface IndicatorChart {
  indicatorId: string;
  name: string;
  unit?: string;
  better: Indicator['better'];
  /** Every period with a value in some series, in order. */
  periods: string[];
  series: ChartSeries[];
  /** The etappmål line (or a målvärde already due, as the assessment judges it) and the later målvärde. */
  lines: { kind: LineKind; period: string; value: number }[];
}

export interface ChartPoint {
  period: string;
  value: number;
}

/** A series' values with their periods, the missing ones left out. */
export const pointsOf = (c: IndicatorChart, s: ChartSeries): ChartPoint[] =>
  c.periods.flatMap((period, i) => {
    const value = s.values[i];
    return value === null || value === undefined ? [] : [{ period, value }];
  });

export const lineLabel = (kind: LineKind) => (kind === 'goal' ? 'målvärde' : 'etappmål');

/** The drawing's size in SVG user units; the PNG is drawn at a multiple of it. */
export const CHART_SIZE = { width: 320, height: 130 } as const;
const PAD = { left: 8, right: 56, top: 12, bottom: 22 };

/** Colours and dashes, the same as the goal page's stylesheet (which wins over them there), and how a legend names them. */
export const CHART_STYLE = {
  total: { color: '#0b5cad', dash: null, line: 'blå linje' },
  women: { color: '#7a2e8e', dash: [5, 3], line: 'lila streckad linje' },
  men: { color: '#2f6b3a', dash: [2, 3], line: 'grön prickad linje' },
  target: { color: '#7a4a00', dash: [6, 4], line: 'brun streckad linje' },
  goal: { color: '#4a5560', dash: [6, 4], line: 'grå streckad linje' },
  text: { color: '#4a5560', dash: null, line: '' },
} as const satisfies Record<SeriesKey | LineKind | 'text', { color: string; dash: readonly number[] | null; line: string }>;
export const SERIES_WIDTH = 2.2;
export const LINE_WIDTH = 1.4;
export const POINT_RADIUS = 2.8;
export const FONT_SIZE = 11;

const GROUPS = /^(kvinnor|män|flickor|pojkar)$/i;

/** The chart of one indicator as assessed (outcomes only, no forecasts), or null when it has no value to draw. */
export function chartOf(ind: Indicator, a: IndicatorAssessment): IndicatorChart | null {
  const values = ind.values.filter((v) => v.kind !== 'forecast');
  const groups = [...new Set(values.flatMap((v) => Object.keys(v.breakdown ?? {})))].filter((k) => GROUPS.test(k));
  const known = (x: number | null | undefined): x is number => x !== null && x !== undefined;
  const periods = [
    ...new Set(values.filter((v) => known(v.value) || groups.some((g) => known(v.breakdown?.[g]))).map((v) => v.period)),
  ].sort();
  if (periods.length === 0) return null;
  const at = new Map(values.map((v) => [v.period, v]));
  const series: ChartSeries[] = [
    { key: 'total' as const, label: 'Totalt', values: periods.map((p) => at.get(p)?.value ?? null) },
    ...groups.map((g) => ({
      key: /^(kvinnor|flickor)$/i.test(g) ? ('women' as const) : ('men' as const),
      label: g.charAt(0).toUpperCase() + g.slice(1),
      values: periods.map((p) => at.get(p)?.breakdown?.[g] ?? null),
    })),
  ].filter((s) => s.values.some(known));
  const lines: IndicatorChart['lines'] = [];
  if (a.target?.value !== undefined)
    lines.push({ kind: a.target.kind === 'malvarde' ? 'goal' : 'target', period: a.target.period, value: a.target.value });
  const lt = a.longTermTarget;
  if (lt?.value !== undefined && !lines.some((l) => l.period === lt.period && l.value === lt.value)) {
    lines.push({ kind: 'goal', period: lt.period, value: lt.value });
  }
  return {
    indicatorId: ind.id,
    name: ind.name,
    ...(ind.unit !== undefined ? { unit: ind.unit } : {}),
    better: ind.better,
    periods,
    series,
    lines,
  };
}

/** The legend for the eye, when there is more than one line of values: "Totalt: blå linje. Kvinnor: lila streckad linje." */
export function chartLegend(c: IndicatorChart): string {
  if (c.series.length < 2) return '';
  return c.series.map((s) => `${s.label}: ${CHART_STYLE[s.key].line}.`).join(' ');
}

// ---------------------------------------------------------------- the text alternative

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const listOf = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} och ${xs.at(-1)}`);
const isYear = (p: string) => /^\d{4}$/.test(p);

/** "2019–2022" for consecutive years, else each period: "2019, 2021 och augusti 2022". */
function periodsText(periods: string[]): string {
  const consecutive = periods.length > 1 && periods.every((p, i) => isYear(p) && (i === 0 || Number(p) === Number(periods[i - 1]) + 1));
  return consecutive ? `${periods[0]}–${periods.at(-1)}` : listOf(periods.map(periodText));
}

/** "71, 74, 76 och 78 procent"; after a decimal comma the values are parted by semicolons ("7,4; 8 och 7,8 procent"). */
function valuesText(values: number[], unit: string | undefined): string {
  const written = values.map((v) => formatNumber(v));
  const sep = written.slice(0, -2).some((w) => w.includes(',')) ? '; ' : ', ';
  const last = formatQuantity(values.at(-1)!, unit);
  return written.length < 2 ? last : `${written.slice(0, -1).join(sep)} och ${last}`;
}

/**
 * The points a direction may be read from: like with like. A part-year value ("augusti 2025") is
 * compared with the same month of an earlier year; without one, the direction is read from the
 * full years alone, since a count so far in a year is not comparable with a whole year's.
 */
function comparablePoints(points: ChartPoint[]): ChartPoint[] {
  const last = points.at(-1);
  if (!last) return [];
  const month = isYear(last.period) ? null : last.period.slice(4);
  const same = points.filter((p) => (month === null ? isYear(p.period) : p.period.slice(4) === month));
  return same.length >= 2 ? same : points.filter((p) => isYear(p.period));
}

const changeWords = (change: number, unit: string | undefined) =>
  `${change > 0 ? 'ökade' : 'minskade'} värdet med ${formatQuantity(Math.abs(change), changeUnit(unit))}`;

/**
 * The direction: the latest step between comparable values, judged against the way the indicator
 * should go (as the goal page's trend is), then the whole series' change when it is longer.
 */
function directionText(all: ChartPoint[], unit: string | undefined, better: Indicator['better']): string {
  const points = comparablePoints(all);
  if (points.length < 2) return '';
  const [prev, last] = points.slice(-2) as [ChartPoint, ChartPoint];
  const step = difference(last.value, prev.value);
  const to = periodText(last.period);
  const judged = better === 'none' || step === 0 ? '' : step > 0 === (better === 'higher') ? ', en förbättring' : ', en försämring';
  const out = [
    step === 0
      ? `Värdet var detsamma ${to} som ${periodText(prev.period)}.`
      : `Från ${periodText(prev.period)} till ${to} ${changeWords(step, unit)}${judged}.`,
  ];
  if (points.length > 2) {
    const first = points[0]!;
    const whole = difference(last.value, first.value);
    out.push(
      whole === 0
        ? `${to} var värdet detsamma som ${periodText(first.period)}.`
        : `Från ${periodText(first.period)} till ${to} ${changeWords(whole, unit)} sammantaget.`,
    );
  }
  return out.join(' ');
}

/** What the chart shows, in Swedish: the alt text in Word and the label of the SVG in HTML. */
export function chartAltText(c: IndicatorChart): string {
  const seriesText = (s: ChartSeries) => {
    const points = pointsOf(c, s);
    return `${periodsText(points.map((p) => p.period))}: ${valuesText(
      points.map((p) => p.value),
      c.unit,
    )}.`;
  };
  const parts =
    c.series.length === 1 && c.series[0]!.key === 'total'
      ? [`Diagram: ${c.name} ${seriesText(c.series[0]!)}`]
      : [`Diagram: ${c.name}.`, ...c.series.map((s) => `${s.label} ${seriesText(s)}`)];
  for (const l of c.lines) parts.push(`${capitalise(lineLabel(l.kind))} ${periodText(l.period)}: ${formatQuantity(l.value, c.unit)}.`);
  const total = c.series.find((s) => s.key === 'total') ?? c.series[0]!;
  const direction = directionText(pointsOf(c, total), c.unit, c.better);
  if (direction) parts.push(direction);
  return parts.join(' ');
}

// ---------------------------------------------------------------- the geometry

export interface ChartGeometry {
  width: number;
  height: number;
  lines: { kind: LineKind; x1: number; x2: number; y: number; label: { text: string; x: number; y: number } }[];
  series: { key: SeriesKey; points: { x: number; y: number }[] }[];
  /** The first and last period under the plot. */
  axis: { text: string; x: number; y: number; anchor: 'start' | 'end' }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Where everything goes, in user units: the scale spans every value and line, with a tenth of room above and below. */
export function chartGeometry(c: IndicatorChart): ChartGeometry {
  const { width: W, height: H } = CHART_SIZE;
  const all = [...c.series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...c.lines.map((l) => l.value)];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const span = hi - lo;
  lo -= span * 0.1;
  hi += span * 0.1;
  const n = c.periods.length;
  const plotW = W - PAD.left - PAD.right;
  const x = (i: number) => round1(PAD.left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW));
  const y = (v: number) => round1(PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom));
  const axis: ChartGeometry['axis'] = [{ text: c.periods[0]!, x: PAD.left, y: H - 6, anchor: 'start' }];
  if (n > 1) axis.push({ text: c.periods[n - 1]!, x: W - PAD.right, y: H - 6, anchor: 'end' });
  return {
    width: W,
    height: H,
    lines: c.lines.map((l) => ({
      kind: l.kind,
      x1: PAD.left,
      x2: W - PAD.right,
      y: y(l.value),
      label: { text: lineLabel(l.kind), x: W - PAD.right + 4, y: round1(y(l.value) + 4) },
    })),
    series: c.series.map((s) => ({
      key: s.key,
      points: s.values.flatMap((v, i) => (v === null ? [] : [{ x: x(i), y: y(v) }])),
    })),
    axis,
  };
}
