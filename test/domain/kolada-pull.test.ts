import { describe, expect, it } from 'vitest';
import { applyChanges, countyOf, diffPull, koladaLink, parseYears, planPull, type KoladaFigure } from '../../src/domain/kolada';
import { parseReportDocument, type ReportDocument, type ReportInput } from '../../src/domain/report';

describe('Kolada links', () => {
  it('links only a bare "Kolada <id>" source, and an explicit link wins', () => {
    expect(koladaLink({ source: 'Kolada N30001' })).toEqual({ kpi: 'N30001' });
    expect(koladaLink({ source: 'Kolada - U35544' })).toEqual({ kpi: 'U35544' });
    expect(koladaLink({ source: 'Egen beräkning utifrån Kolada U26421' })).toBeNull();
    expect(koladaLink({ source: 'Kolada U26421 (delresultatet av brukarundersökning)' })).toBeNull();
    expect(koladaLink({ source: 'Heroma' })).toBeNull();
    expect(koladaLink({ source: 'Kolada N30001', kolada: { kpi: 'U26421', ou: 'V15E012600101' } })).toEqual({
      kpi: 'U26421',
      ou: 'V15E012600101',
    });
  });

  it('derives the county from the länskod in the municipality id', () => {
    expect(countyOf('0126')).toBe('0001');
    expect(countyOf('1280')).toBe('0012');
    expect(countyOf('2584')).toBe('0025');
    expect(countyOf('0000')).toBeNull();
    expect(countyOf('0001')).toBeNull();
  });

  it('reads years as written on a command line', () => {
    expect(parseYears('2019-2022')).toEqual([2019, 2020, 2021, 2022]);
    expect(parseYears('2022,2019')).toEqual([2019, 2022]);
    expect(parseYears('2022-2019')).toBeNull();
    expect(parseYears('i år')).toBeNull();
  });
});

type Values = NonNullable<NonNullable<ReportInput['goals'][number]['indicators']>[number]['values']>;
function doc(values: Values, municipality = '1280'): ReportDocument {
  const parsed = parseReportDocument({
    schema: 'report-data/v1',
    organisation: { id: 'o', name: 'Nämnden', municipality: 'Malmö', kolada: { municipality } },
    report: { id: 'r', kind: 'verksamhetsberattelse', year: 2022 },
    scale: {
      levels: [
        { id: 'ja', label: 'Uppfyllt', rank: 2 },
        { id: 'nej', label: 'Ej uppfyllt', rank: 1 },
      ],
    },
    goals: [
      { id: 'g', title: 'Mål', indicators: [{ id: 'i', name: 'Andel', unit: '%', better: 'higher', source: 'Kolada U00001', values }] },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.doc;
}

// Synthetic figures for a made-up KPI.
const fig = (area: string, period: string, gender: 'T' | 'K' | 'M', value: number | null, status?: string): KoladaFigure => ({
  kpi: 'U00001',
  area,
  period,
  gender,
  value,
  ...(status ? { status } : {}),
});

describe('a pull’s changes', () => {
  it('compares with riket and the county of any municipality', () => {
    const plan = planPull(doc([{ period: '2022', value: 50 }]));
    expect(plan).toMatchObject({
      municipality: '1280',
      areas: ['1280', '0000', '0012'],
      comparisons: { riket: '0000', länet: '0012' },
      years: [2022],
    });
  });

  it('treats a later Kolada figure for a Kolada value as a revision, not an overwrite, and follows its status', () => {
    const d = doc([{ period: '2022', value: 50, source: { name: 'kolada', status: 'Preliminär' } }]);
    const plan = planPull(d);
    const { changes } = diffPull(d, plan, [fig('1280', '2022', 'T', 52)]);
    expect(changes).toEqual([expect.objectContaining({ field: 'value', old: 50, new: 52, typed: false })]);
    const applied = applyChanges(d, changes, [fig('1280', '2022', 'T', 52)], plan);
    expect(applied.goals[0]!.indicators[0]!.values[0]!.source).toEqual({ name: 'kolada' });

    const statusOnly = diffPull(d, plan, [fig('1280', '2022', 'T', 50)]).changes;
    expect(statusOnly).toEqual([expect.objectContaining({ field: 'status', old: 'Preliminär', new: null, typed: false })]);
  });

  it('marks an overwrite of a typed value or group figure as typed', () => {
    const d = doc([{ period: '2022', value: 50, breakdown: { kvinnor: 49 } }]);
    const { changes } = diffPull(d, planPull(d), [
      fig('1280', '2022', 'T', 51),
      fig('1280', '2022', 'K', 52),
      fig('1280', '2022', 'M', 50),
    ]);
    expect(changes.map((c) => [c.field, c.typed])).toEqual([
      ['value', true],
      ['breakdown.kvinnor', true],
      ['breakdown.män', false],
    ]);
  });

  it('never touches forecasts or rolling values, and adds a year the report did not list in order', () => {
    const d = doc([
      { period: '2020', value: 40 },
      { period: '2022', value: 50, kind: 'forecast' },
    ]);
    const plan = planPull(d, [2020, 2021, 2022]);
    const figures = [fig('1280', '2021', 'T', 45), fig('1280', '2022', 'T', 55)];
    const { changes } = diffPull(d, plan, figures);
    expect(changes.map((c) => [c.period, c.field])).toEqual([['2021', 'value']]);
    const next = applyChanges(d, changes, figures, plan);
    expect(next.goals[0]!.indicators[0]!.values.map((v) => v.period)).toEqual(['2020', '2021', '2022']);
  });

  it('says which linked indicators Kolada has nothing for', () => {
    const d = doc([{ period: '2022', value: 50 }]);
    expect(diffPull(d, planPull(d), []).skipped).toEqual([expect.objectContaining({ indicatorId: 'i', kpi: 'U00001' })]);
  });

  it('asks for the municipality id when the organisation has none', () => {
    const d = doc([]);
    delete d.organisation.kolada;
    expect(() => planPull(d)).toThrow(/organisation\.kolada\.municipality/);
  });
});

describe('a KPI measured per organisational unit', () => {
  it('takes the unit’s value and compares it with the municipality, riket and the county', () => {
    const d = doc([{ period: '2022', value: null }]);
    d.goals[0]!.indicators[0]!.kolada = { kpi: 'U00001', ou: 'V15E128000101' };
    const plan = planPull(d);
    expect(plan.units).toEqual([{ kpi: 'U00001', ou: 'V15E128000101' }]);
    expect(plan.comparisons).toEqual({ riket: '0000', länet: '0012', Malmö: '1280' });
    const figures = [fig('V15E128000101', '2022', 'T', 61), fig('1280', '2022', 'T', 58), fig('0000', '2022', 'T', 55)];
    const { changes } = diffPull(d, plan, figures);
    expect(changes.map((c) => [c.field, c.new])).toEqual([
      ['value', 61],
      ['comparisons.riket', 55],
      ['comparisons.Malmö', 58],
    ]);
  });
});
