import { describe, expect, it } from 'vitest';
import { assessReport, differencesToAnalyse, indicatorGaps, reportGaps } from '../../src/domain/assessment';
import { checkText } from '../../src/domain/checker';
import { parseReportDocument, type ReportDocument, type ReportInput } from '../../src/domain/report';

function report(indicators: ReportInput['goals'][number]['indicators'], rules?: ReportInput['report']['rules']): ReportDocument {
  const parsed = parseReportDocument({
    schema: 'report-data/v1',
    organisation: { id: 'org', name: 'Nämnden' },
    report: { id: 'r', kind: 'verksamhetsberattelse', year: 2022, ...(rules ? { rules } : {}) },
    scale: {
      levels: [
        { id: 'ja', label: 'Uppfyllt', rank: 2 },
        { id: 'nej', label: 'Ej uppfyllt', rank: 1 },
      ],
    },
    goals: [{ id: 'g1', title: 'Målet', indicators }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.doc;
}

const share = (breakdown: Record<string, number>, extra: object = {}) => ({
  id: 'andel',
  name: 'Andel nöjda brukare',
  unit: '%',
  better: 'higher' as const,
  values: [{ period: '2022', value: 90, breakdown }],
  targets: [{ period: '2022', kind: 'etappmal' as const, value: 85 }],
  ...extra,
});

describe('gaps between groups', () => {
  it('finds a gap of 5 procentenheter or more between kvinnor and män notable, and a smaller one not', () => {
    const [wide] = indicatorGaps(report([share({ kvinnor: 95, män: 89.5 })]).goals[0]!.indicators[0]!, 'g1', 2022);
    expect(wide).toMatchObject({
      dimension: 'kon',
      difference: 5.5,
      measure: 'points',
      notable: true,
      high: { group: 'kvinnor' },
      low: { group: 'män' },
    });
    const [narrow] = indicatorGaps(report([share({ kvinnor: 92, män: 88 })]).goals[0]!.indicators[0]!, 'g1', 2022);
    expect(narrow!.notable).toBe(false);
  });

  it('uses 10 % relative for units that are not shares, and the report’s own rule when it has one', () => {
    const cost = {
      id: 'kostnad',
      name: 'Kostnad per brukare',
      unit: 'kr',
      better: 'lower' as const,
      values: [{ period: '2022', value: 1050, breakdown: { kvinnor: 1000, män: 1100 } }],
    };
    expect(reportGaps(report([cost]))[0]).toMatchObject({ measure: 'relative', relative: 0.1, notable: true });
    expect(reportGaps(report([cost], { gap: { relative: 0.2 } }))[0]!.notable).toBe(false);
    expect(reportGaps(report([share({ kvinnor: 92, män: 88 })], { gap: { points: 3 } }))[0]!.notable).toBe(true);
  });

  it('compares kön and other groups separately when one breakdown holds both', () => {
    const gaps = reportGaps(report([share({ kvinnor: 90, män: 89, Flemingsberg: 70, Trångsund: 95 })]));
    expect(gaps.map((g) => [g.dimension, g.difference, g.notable])).toEqual([
      ['kon', 1, false],
      ['grupper', 25, true],
    ]);
  });

  it('lists the notable gaps as "Skillnader att analysera", with the report’s own equality statement beside them', () => {
    const doc = report([
      share({ kvinnor: 96, män: 84 }, { equality: { unexplainedDifferences: false, note: 'Skillnaden förklaras av urvalet.' } }),
    ]);
    const list = differencesToAnalyse(doc);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ indicatorId: 'andel', period: '2022', difference: 12, equality: { unexplainedDifferences: false } });
    expect(assessReport(doc).differences).toEqual(list);
  });

  it('names a notable gap in the goal’s rationale, in words the checker accepts', () => {
    const doc = report([share({ kvinnor: 96, män: 84 })]);
    const goal = assessReport(doc).goals[0]!;
    expect(goal.rationale).toContain('kvinnor 96 procent, män 84 procent (en skillnad att analysera)');
    const errors = checkText({ doc, goalId: 'g1', text: goal.rationale, level: goal.computedLevel }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code}: ${goal.rationale.slice(f.start, f.end)}`)).toEqual([]);
  });

  it('names a notable relative gap and the report’s own statement in words the checker accepts', () => {
    const cost = {
      id: 'kostnad',
      name: 'Kostnad per brukare',
      unit: 'kr',
      better: 'lower' as const,
      equality: { unexplainedDifferences: false },
      values: [{ period: '2022', value: 1050, breakdown: { Flemingsberg: 1200, Trångsund: 1000 } }],
    };
    const doc = report([cost]);
    const goal = assessReport(doc).goals[0]!;
    expect(goal.rationale.replace(/\s/g, ' ')).toContain(
      'Skillnad mellan grupperna för Kostnad per brukare 2022: Flemingsberg 1 200 kronor, Trångsund 1 000 kronor (en skillnad att analysera). Rapporten anger att det inte finns omotiverade skillnader.',
    );
    const errors = checkText({ doc, goalId: 'g1', text: goal.rationale, level: goal.computedLevel }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code}: ${goal.rationale.slice(f.start, f.end)}`)).toEqual([]);
  });

  it('leaves the rationale alone when there is no breakdown or the gap is small', () => {
    const plain = assessReport(report([share({})])).goals[0]!.rationale;
    const small = assessReport(report([share({ kvinnor: 91, män: 89 })])).goals[0]!.rationale;
    expect(small).toBe(plain);
    expect(plain).not.toMatch(/Skillnad/);
  });

  it('judges the report year’s breakdown, else the latest earlier one', () => {
    const ind = {
      ...share({}),
      values: [
        { period: '2021', value: 80, breakdown: { kvinnor: 70, män: 90 } },
        { period: '2022', value: 90 },
      ],
    };
    expect(reportGaps(report([ind]))[0]).toMatchObject({ period: '2021', difference: 20 });
  });
});

describe('the outcome beside its comparisons', () => {
  it('says whether the municipality is higher or lower than riket and länet, and whether that is better', () => {
    const ind = { ...share({}), values: [{ period: '2022', value: 90, comparisons: { riket: 80, länet: 92, 'liknande kommuner': 90 } }] };
    const a = assessReport(report([ind])).goals[0]!.indicators[0]!;
    expect(a.comparisons).toEqual([
      { label: 'riket', period: '2022', outcome: 90, value: 80, difference: 10, relation: 'higher', better: true },
      { label: 'länet', period: '2022', outcome: 90, value: 92, difference: -2, relation: 'lower', better: false },
      { label: 'liknande kommuner', period: '2022', outcome: 90, value: 90, difference: 0, relation: 'same' },
    ]);
    const lower = assessReport(report([{ ...ind, better: 'lower' as const }])).goals[0]!.indicators[0]!;
    expect(lower.comparisons![0]!.better).toBe(false);
    expect(assessReport(report([share({})])).goals[0]!.indicators[0]!.comparisons).toBeUndefined();
  });
});
