import { describe, expect, it } from 'vitest';
import { assessIndicator } from '../../src/domain/assessment';
import type { Indicator } from '../../src/domain/report';
import { CHART_SIZE, chartAltText, chartGeometry, chartOf, type IndicatorChart } from '../../src/export/chart';
import { chartPng } from '../../src/export/chart-png';
import { encodePng } from '../../src/export/png';
import { decodePng } from '../helpers/xml';

type Values = Indicator['values'];
const indicator = (over: Partial<Indicator> & { values: Values }): Indicator => ({
  id: 'i1',
  name: 'Andel nöjda brukare',
  unit: '%',
  better: 'higher',
  targets: [],
  ...over,
});
const chart = (ind: Indicator, year = 2022): IndicatorChart => chartOf(ind, assessIndicator(ind, year))!;
const years = (from: number, values: number[]): Values => values.map((value, i) => ({ period: String(from + i), value }));

describe('the text alternative of a chart', () => {
  it('names the indicator, the years and values the Swedish way, the etappmål and målvärde, and the direction', () => {
    const c = chart(
      indicator({
        values: years(2019, [71, 74, 76, 78]),
        targets: [
          { period: '2022', kind: 'etappmal', value: 80 },
          { period: '2026', kind: 'malvarde', value: 85 },
        ],
      }),
    );
    expect(chartAltText(c)).toBe(
      'Diagram: Andel nöjda brukare 2019–2022: 71, 74, 76 och 78 procent. Etappmål 2022: 80 procent. Målvärde 2026: 85 procent. ' +
        'Från 2021 till 2022 ökade värdet med 2 procentenheter, en förbättring. Från 2019 till 2022 ökade värdet med 7 procentenheter sammantaget.',
    );
  });

  it('lists the years when some are missing, groups thousands, and judges a fall where lower is better', () => {
    const c = chart(
      indicator({
        name: 'Nettokostnad',
        unit: 'kr/invånare',
        better: 'lower',
        values: [...years(2019, [2104, 1931]), { period: '2022', value: 1875 }],
      }),
    );
    expect(chartAltText(c)).toBe(
      'Diagram: Nettokostnad 2019, 2020 och 2022: 2\u00a0104, 1\u00a0931 och 1\u00a0875 kr/invånare. ' +
        'Från 2020 till 2022 minskade värdet med 56 kr/invånare, en förbättring. Från 2019 till 2022 minskade värdet med 229 kr/invånare sammantaget.',
    );
  });

  it('parts decimal values with semicolons, and says no better or worse for an indicator without a direction', () => {
    const c = chart(indicator({ name: 'Sjukfrånvaro', better: 'none', values: years(2020, [7.4, 8.1, 7.8]) }));
    expect(chartAltText(c)).toBe(
      'Diagram: Sjukfrånvaro 2020–2022: 7,4; 8,1 och 7,8 procent. Från 2021 till 2022 minskade värdet med 0,3 procentenheter. ' +
        'Från 2020 till 2022 ökade värdet med 0,4 procentenheter sammantaget.',
    );
  });

  it('compares a part-year value only with the same month, else reads the direction from the full years', () => {
    const partYear = chart(
      indicator({ name: 'Besök', unit: 'antal', values: [...years(2023, [1894, 3351]), { period: '2025-08', value: 2658 }] }),
      2025,
    );
    expect(chartAltText(partYear)).toBe(
      'Diagram: Besök 2023, 2024 och augusti 2025: 1\u00a0894, 3\u00a0351 och 2\u00a0658. Från 2023 till 2024 ökade värdet med 1\u00a0457, en förbättring.',
    );
    const sameMonth = chart(
      indicator({
        name: 'Besök',
        unit: 'antal',
        values: [
          { period: '2024-08', value: 2100 },
          { period: '2024', value: 3351 },
          { period: '2025-08', value: 2658 },
        ],
      }),
      2025,
    );
    expect(chartAltText(sameMonth)).toMatch(/Från augusti 2024 till augusti 2025 ökade värdet med 558, en förbättring\.$/);
  });

  it('gives kvinnor and män their own lines and sentences, leaves forecasts out, and has no direction for one value', () => {
    const c = chart(
      indicator({
        name: 'Sjukfrånvaro',
        better: 'lower',
        values: [
          { period: '2022', value: 7.8, breakdown: { kvinnor: 7.4, män: 9.7 } },
          { period: '2023', value: 7, kind: 'forecast' },
        ],
        targets: [{ period: '2022', kind: 'etappmal', value: 6.5 }],
      }),
    );
    expect(c.series.map((s) => s.key)).toEqual(['total', 'women', 'men']);
    expect(c.periods).toEqual(['2022']);
    expect(chartAltText(c)).toBe(
      'Diagram: Sjukfrånvaro. Totalt 2022: 7,8 procent. Kvinnor 2022: 7,4 procent. Män 2022: 9,7 procent. Etappmål 2022: 6,5 procent.',
    );
  });

  it('names the group when only kvinnor or män have values', () => {
    const c = chart(indicator({ name: 'Chefer', unit: 'antal', values: [{ period: '2022', value: null, breakdown: { kvinnor: 28 } }] }));
    expect(chartAltText(c)).toBe('Diagram: Chefer. Kvinnor 2022: 28.');
  });

  it('draws a målvärde already due once, as a målvärde', () => {
    const c = chart(indicator({ values: years(2021, [60, 70]), targets: [{ period: '2022', kind: 'malvarde', value: 75 }] }));
    expect(c.lines).toEqual([{ kind: 'goal', period: '2022', value: 75 }]);
    expect(chartAltText(c)).toContain('Målvärde 2022: 75 procent.');
    expect(chartAltText(c)).not.toContain('Etappmål');
  });

  it('is no chart at all for an indicator without a value', () => {
    const ind = indicator({ values: [{ period: '2022', value: null, note: 'Publiceras i juni' }] });
    expect(chartOf(ind, assessIndicator(ind, 2022))).toBeNull();
  });
});

describe('the chart drawn as a PNG', () => {
  const c = chart(
    indicator({
      values: years(2019, [71, 74, 76, 78]),
      targets: [
        { period: '2022', kind: 'etappmal', value: 80 },
        { period: '2026', kind: 'malvarde', value: 85 },
      ],
    }),
  );
  const g = chartGeometry(c);

  it('keeps every point and line inside the drawing, the target line level with a point of the same value', () => {
    for (const s of g.series)
      for (const p of s.points) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(CHART_SIZE.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(CHART_SIZE.height);
      }
    const higher = chartGeometry({ ...c, lines: [{ kind: 'target', period: '2022', value: 78 }] });
    expect(higher.lines[0]!.y).toBe(higher.series[0]!.points.at(-1)!.y);
  });

  it('paints the points, the dashed target lines and the labels where the geometry puts them, on white', async () => {
    const png = decodePng(await chartPng(c));
    expect(png).toMatchObject({ width: CHART_SIZE.width * 2, height: CHART_SIZE.height * 2 });
    const at = (x: number, y: number) => png.palette[png.pixels[Math.round(y * 2) * png.width + Math.round(x * 2)]!];
    for (const p of g.series[0]!.points) expect(at(p.x, p.y)).toBe('#0b5cad');
    const [target, goal] = g.lines;
    const row = (y: number) => Array.from({ length: (target!.x2 - target!.x1) * 2 }, (_, i) => at(target!.x1 + i / 2, y));
    // Dashed: the target's colour and white take turns along its row.
    const targetRow = row(target!.y);
    expect(targetRow.filter((c) => c === '#7a4a00').length).toBeGreaterThan(targetRow.length * 0.4);
    expect(targetRow.filter((c) => c === '#ffffff').length).toBeGreaterThan(targetRow.length * 0.2);
    expect(row(goal!.y)).toContain('#4a5560');
    expect(at(0, 0)).toBe('#ffffff');
    expect(at(CHART_SIZE.width - 1, CHART_SIZE.height - 1)).toBe('#ffffff');
    // The first period's label stands at the bottom left, the last one's ends at the plot's right edge.
    const labelInk = (x0: number, x1: number) => {
      let n = 0;
      for (let y = (g.axis[0]!.y - 8) * 2; y < g.axis[0]!.y * 2; y++)
        for (let x = x0 * 2; x < x1 * 2; x++) if (png.palette[png.pixels[y * png.width + x]!] !== '#ffffff') n++;
      return n;
    };
    expect(labelInk(g.axis[0]!.x, g.axis[0]!.x + 23)).toBeGreaterThan(40);
    expect(labelInk(g.axis[1]!.x - 23, g.axis[1]!.x)).toBeGreaterThan(40);
    expect(labelInk(g.axis[0]!.x + 40, g.axis[1]!.x - 40)).toBe(0);
  });

  it('encodes any palette image losslessly', async () => {
    const pixels = Uint8Array.from({ length: 7 * 5 }, (_, i) => (i * 7) % 3);
    const png = decodePng(await encodePng({ width: 7, height: 5, palette: ['#ffffff', '#000000', '#0b5cad'], pixels }));
    expect(png).toMatchObject({ width: 7, height: 5, bitDepth: 8, colourType: 3, palette: ['#ffffff', '#000000', '#0b5cad'] });
    expect([...png.pixels]).toEqual([...pixels]);
    await expect(encodePng({ width: 2, height: 2, palette: ['#ffffff'], pixels: new Uint8Array(3) })).rejects.toThrow(RangeError);
  });
});
