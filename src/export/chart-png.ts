/**
 * @module The indicator chart as a PNG, drawn from the same geometry as the SVG (src/export/chart.ts):
 * Word needs a bitmap beside an SVG for applications that cannot show SVG. A small rasteriser for
 * what our charts hold and nothing more — straight strokes (solid or dashed, anti-aliased by their
 * distance to the pixel), round points and a pixel font — into a palette of each colour's
 * shades over white.
 */
import { CHART_STYLE, chartGeometry, LINE_WIDTH, POINT_RADIUS, SERIES_WIDTH, type IndicatorChart } from './chart';
import { encodePngRows } from './png';
import { GLYPH, GLYPHS, textWidth } from './pixel-font';

type Ink = keyof typeof CHART_STYLE;
const INKS = Object.keys(CHART_STYLE) as Ink[];
/** Shades a colour gets between white and itself. */
const LEVELS = 8;

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');
function shade(color: string, level: number): string {
  const f = level / LEVELS;
  const ch = (at: number) => hex(255 + (parseInt(color.slice(at, at + 2), 16) - 255) * f);
  return `#${ch(1)}${ch(3)}${ch(5)}`;
}
/** White, then each ink's shades from faint to full. */
const PALETTE = ['#ffffff', ...INKS.flatMap((ink) => Array.from({ length: LEVELS }, (_, l) => shade(CHART_STYLE[ink].color, l + 1)))];

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * The image as PNG rows: each row a filter byte (0) and a palette index a pixel, where 0 is white
 * and 1 + ink × LEVELS + (level − 1) one of an ink's shades, so the rows go to the encoder as they are.
 */
class Raster {
  readonly rows: Uint8Array<ArrayBuffer>;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.rows = new Uint8Array((width + 1) * height);
  }

  /** Paints over what is there unless that is more opaque: later drawings lie on top, as in SVG. */
  paint(x: number, y: number, ink: number, coverage: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const level = Math.round(coverage * LEVELS);
    if (level === 0) return;
    const i = y * (this.width + 1) + 1 + x;
    const now = this.rows[i]!;
    if (now !== 0 && level < ((now - 1) % LEVELS) + 1) return;
    this.rows[i] = 1 + ink * LEVELS + level - 1;
  }

  /** A straight stroke from a to b; butt ends for dashes, round ends (and so round joins) for a solid line. */
  segment(ax: number, ay: number, bx: number, by: number, halfWidth: number, ink: number, round: boolean): void {
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    const reach = halfWidth + 1;
    const x0 = Math.floor(Math.min(ax, bx) - reach);
    const x1 = Math.ceil(Math.max(ax, bx) + reach);
    const y0 = Math.floor(Math.min(ay, by) - reach);
    const y1 = Math.ceil(Math.max(ay, by) + reach);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5 - ax;
        const py = y + 0.5 - ay;
        const along = len === 0 ? 0 : (px * dx + py * dy) / len;
        let coverage: number;
        if (round || len === 0) {
          const t = len === 0 ? 0 : Math.min(Math.max(along / len, 0), 1);
          coverage = clamp01(halfWidth + 0.5 - Math.hypot(px - t * dx, py - t * dy));
        } else {
          const across = Math.abs(px * dy - py * dx) / len;
          coverage = clamp01(halfWidth + 0.5 - across) * clamp01(Math.min(along, len - along) + 0.5);
        }
        if (coverage > 0) this.paint(x, y, ink, coverage);
      }
    }
  }

  /** A polyline, dashed as SVG dashes it: the pattern runs on across the corners. */
  polyline(points: readonly { x: number; y: number }[], width: number, ink: number, dash: readonly number[] | null): void {
    const half = width / 2;
    if (!dash) {
      for (let i = 1; i < points.length; i++) this.segment(points[i - 1]!.x, points[i - 1]!.y, points[i]!.x, points[i]!.y, half, ink, true);
      return;
    }
    let k = 0;
    let left = dash[0]!;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      let at = 0;
      while (at < len) {
        const step = Math.min(left, len - at);
        if (k % 2 === 0) {
          const f0 = at / len;
          const f1 = (at + step) / len;
          this.segment(a.x + (b.x - a.x) * f0, a.y + (b.y - a.y) * f0, a.x + (b.x - a.x) * f1, a.y + (b.y - a.y) * f1, half, ink, false);
        }
        at += step;
        left -= step;
        if (left <= 1e-9) {
          k = (k + 1) % dash.length;
          left = dash[k]!;
        }
      }
    }
  }

  disc(cx: number, cy: number, r: number, ink: number): void {
    for (let y = Math.floor(cy - r - 1); y <= Math.ceil(cy + r + 1); y++) {
      for (let x = Math.floor(cx - r - 1); x <= Math.ceil(cx + r + 1); x++) {
        const coverage = clamp01(r + 0.5 - Math.hypot(x + 0.5 - cx, y + 0.5 - cy));
        if (coverage > 0) this.paint(x, y, ink, coverage);
      }
    }
  }

  /** Text in the pixel font, one font cell `cell` pixels square, standing on the baseline y. */
  text(text: string, x: number, baseline: number, anchor: 'start' | 'end', cell: number, ink: number): void {
    let left = Math.round(anchor === 'end' ? x - textWidth(text) * cell : x);
    const top = Math.round(baseline - GLYPH.ascent * cell);
    for (const ch of text) {
      for (const [col, row] of GLYPHS.get(ch) ?? []) {
        for (let dy = 0; dy < cell; dy++)
          for (let dx = 0; dx < cell; dx++) this.paint(left + col * cell + dx, top + row * cell + dy, ink, 1);
      }
      left += GLYPH.advance * cell;
    }
  }
}

/** Pixels per SVG user unit: sharp when Word shows the chart at one and a half times its user size. */
export const PNG_SCALE = 2;

/** One raster reused by every chart of a size: the encoder copies the rows before it awaits, and a fresh 170 kB a chart kept the collector busy. */
let shared: Raster | undefined;

export async function chartPng(chart: IndicatorChart, scale = PNG_SCALE): Promise<Uint8Array> {
  const g = chartGeometry(chart);
  if (shared?.width !== g.width * scale || shared.height !== g.height * scale) shared = new Raster(g.width * scale, g.height * scale);
  const r = shared;
  r.rows.fill(0);
  const s = (p: { x: number; y: number }) => ({ x: p.x * scale, y: p.y * scale });
  const text = INKS.indexOf('text');
  for (const l of g.lines) {
    const ink = INKS.indexOf(l.kind);
    r.polyline([s({ x: l.x1, y: l.y }), s({ x: l.x2, y: l.y })], LINE_WIDTH * scale, ink, scaled(CHART_STYLE[l.kind].dash, scale));
    r.text(l.label.text, l.label.x * scale, l.label.y * scale, 'start', scale, text);
  }
  for (const line of g.series) {
    const ink = INKS.indexOf(line.key);
    r.polyline(line.points.map(s), SERIES_WIDTH * scale, ink, scaled(CHART_STYLE[line.key].dash, scale));
    for (const p of line.points) r.disc(p.x * scale, p.y * scale, POINT_RADIUS * scale, ink);
  }
  for (const a of g.axis) r.text(a.text, a.x * scale, a.y * scale, a.anchor, scale, text);
  return encodePngRows(r.width, r.height, PALETTE, r.rows);
}

const scaled = (dash: readonly number[] | null, scale: number) => (dash ? dash.map((d) => d * scale) : null);
