import { describe, expect, it } from 'vitest';
import { assessReport } from '../../src/domain/assessment';
import { parseReportDocument, type ReportInput } from '../../src/domain/report';
import { checkSection, draftSection, listSections } from '../../src/domain/sections';

const doc = (kind: 'delarsrapport' | 'verksamhetsberattelse'): ReportInput => ({
  schema: 'report-data/v1',
  organisation: { id: 'o', name: 'Socialnämnden' },
  report: { id: 'r', kind, year: 2025, asOf: '2025-08-31' },
  scale: {
    levels: [
      { id: 'u', label: 'Uppfyllt', rank: 3 },
      { id: 'd', label: 'Delvis uppfyllt', rank: 2 },
      { id: 'e', label: 'Ej uppfyllt', rank: 1 },
    ],
  },
  goals: [
    {
      id: 'g1',
      councilGoal: 'Huddinge ska vara tryggt',
      title: 'Fler får stöd i tid',
      indicators: [
        {
          id: 'i1',
          name: 'Andel nöjda',
          unit: '%',
          better: 'higher',
          values: [
            { period: '2024', value: 70 },
            { period: '2025-08', value: 74, label: 'Utfall augusti 2025' },
            { period: '2025', value: 76, kind: 'forecast', label: 'Prognos helår' },
          ],
          targets: [{ period: '2025', kind: 'etappmal', value: 72 }],
        },
      ],
    },
  ],
});

describe('a delårsrapport per 31 augusti', () => {
  it('assesses the part-year outcome, names the forecast beside it and calls the level a forecast', () => {
    const p = parseReportDocument(doc('delarsrapport'));
    if (!p.ok) throw new Error('invalid');
    const a = assessReport(p.doc);
    const i = a.goals[0]!.indicators[0]!;
    expect(i.period).toBe('2025-08');
    expect(i.outcome).toBe(74);
    expect(i.forecast).toEqual({ period: '2025', value: 76 });
    expect(a.goals[0]!.rationale).toContain('Nivån är en prognos för helåret');
    expect(a.goals[0]!.rationale).toContain('Prognos för helåret: Andel nöjda 76 procent.');
  });

  it('writes the samlad bedömning as a forecast, and flags a level written as if the year were over', () => {
    const p = parseReportDocument(doc('delarsrapport'));
    if (!p.ok) throw new Error('invalid');
    const a = assessReport(p.doc);
    const s = listSections(p.doc, a).find((x) => x.kind === 'samlad-bedomning')!;
    const text = draftSection(p.doc, a, s);
    expect(text).toContain('bedöms bli uppfyllt');
    expect(checkSection(p.doc, a, s, text).filter((f) => f.severity === 'error')).toEqual([]);
    const past = text.replace('bedöms bli uppfyllt', 'har uppfyllts');
    expect(checkSection(p.doc, a, s, past).map((f) => f.code)).toContain('forecast_tense');
  });

  it('uses the forecast only when there is no part-year outcome, and says so', () => {
    const input = doc('verksamhetsberattelse');
    input.goals[0]!.indicators![0]!.values = [
      { period: '2024', value: 70 },
      { period: '2025', value: 76, kind: 'forecast' },
    ];
    const p = parseReportDocument(input);
    if (!p.ok) throw new Error('invalid');
    const i = assessReport(p.doc).goals[0]!.indicators[0]!;
    expect(i.outcome).toBe(76);
    expect(i.outcomeIsForecast).toBe(true);
    expect(assessReport(p.doc).goals[0]!.rationale).toContain('(prognos för helåret)');
  });
});
