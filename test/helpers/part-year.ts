/**
 * @module A small delårsrapport per 31 mars as a test document: no scale (it assesses no goal),
 * activities with status and follow-up, and the economy tables, with figures taken from the
 * delårsrapport 2019 seed (Socialnämnden, Huddinge) so the published sentences read true.
 */
import type { ReportInput } from '../../src/domain/report';

export function partYearReport(id = 'dr-test'): ReportInput {
  return {
    schema: 'report-data/v1',
    organisation: { id: 'huddinge-socialnamnden', name: 'Socialnämnden', municipality: 'Huddinge' },
    report: { id, kind: 'delarsrapport', year: 2019, title: 'Delårsrapport 1 2019', asOf: '2019-03-31' },
    goals: [
      {
        id: 'goda-forutsattningar',
        area: 'Attraktiv arbetsgivare',
        title: 'Goda förutsättningar',
        notes: [],
        indicators: [
          {
            id: 'sjukfranvaro-total',
            name: 'Sjukfrånvaro (total)',
            unit: '%',
            better: 'lower',
            values: [
              { period: '2018-02', value: 5.3, rolling: true },
              { period: '2019-02', value: 5.7, rolling: true, breakdown: { kvinnor: 5.7, män: 5.2 } },
            ],
            targets: [{ period: '2019', kind: 'etappmal', change: 'keep' }],
          },
        ],
        activities: [
          {
            title: 'Ta fram struktur för arbetssätt med ny företagshälsovård',
            kind: 'aktivitet',
            status: 'Löper enligt plan',
            followUp: 'Arbetet med denna aktivitet löper enligt plan.',
          },
        ],
      },
      {
        id: 'budgethallning',
        area: 'Sund ekonomi',
        title: 'Budgethållning',
        indicators: [],
        notes: [],
        activities: [
          {
            title: 'Arbeta fram en ny rutin kring processen obetalda kundfakturor',
            kind: 'aktivitet',
            status: 'Ej påbörjad',
            followUp: 'Arbetet med aktiviteten kommer att påbörjas under hösten.',
          },
          {
            title: 'Fortsatt arbete kring arbetssättet för den ekonomiska styrningen',
            kind: 'aktivitet',
            status: 'Löper enligt plan',
            followUp: 'Arbetet med aktiviteten löper enligt plan.',
          },
        ],
      },
      {
        id: 'okad-delaktighet',
        area: 'Bra att leva och bo',
        title: 'Ökad delaktighet',
        indicators: [],
        notes: [],
        activities: [
          {
            title: 'Utbildningsinsatser som ökar förutsättningarna till digital delaktighet',
            kind: 'aktivitet',
            status: 'Försenad',
            followUp: 'Arbetet har blivit något försenat då den aktivitetsplan som skulle ha tagits fram för året ännu inte är klar.',
          },
        ],
      },
    ],
    economy: {
      unit: 'mnkr',
      tables: [
        {
          id: 'resultatrakning',
          title: 'Resultaträkning',
          columns: [
            { id: 'utfall-2019-03', label: 'Ackumulerat utfall januari–mars 2019', kind: 'outcome', period: '2019-03' },
            { id: 'utfall-2018-03', label: 'Ackumulerat utfall januari–mars 2018', kind: 'outcome', period: '2018-03' },
          ],
          rows: [
            { id: 'intakter', name: 'Verksamhetens intäkter', values: { 'utfall-2019-03': 20.9, 'utfall-2018-03': 21.5 } },
            { id: 'kostnader', name: 'Verksamhetens kostnader', values: { 'utfall-2019-03': 121.8, 'utfall-2018-03': 131.5 } },
            { id: 'nettokostnad', name: 'Nettokostnad', values: { 'utfall-2019-03': 100.9, 'utfall-2018-03': 110 } },
          ],
        },
        {
          id: 'drift',
          title: 'Driftredovisning',
          columns: [
            { id: 'budget-2019', label: 'Budget helår', kind: 'budget', period: '2019' },
            { id: 'prognos-2019', label: 'Prognos helår', kind: 'forecast', period: '2019' },
            { id: 'avvikelse-2019', label: 'Avvikelse prognos/budget', kind: 'deviation', period: '2019' },
            { id: 'atgarder-2019', label: 'Åtgärder', kind: 'measures', period: '2019' },
            { id: 'efter-atgarder-2019', label: 'Avvikelse efter åtgärder', kind: 'deviation-after-measures', period: '2019' },
            { id: 'budget-2019-03', label: 'Ackumulerad budget', kind: 'budget', period: '2019-03' },
            { id: 'utfall-2019-03', label: 'Utfall', kind: 'outcome', period: '2019-03' },
            { id: 'avvikelse-2019-03', label: 'Avvikelse utfall/budget', kind: 'deviation', period: '2019-03' },
          ],
          rows: [
            {
              id: 'socialpsykiatri',
              name: 'Socialpsykiatri och beroende',
              values: {
                'budget-2019': 36.2,
                'prognos-2019': 38.8,
                'avvikelse-2019': -2.6,
                'atgarder-2019': 0,
                'efter-atgarder-2019': -2.6,
                'budget-2019-03': 8.8,
                'utfall-2019-03': 8.6,
                'avvikelse-2019-03': 0.2,
              },
            },
            {
              id: 'vard-behandling',
              name: 'Vård och behandling',
              values: {
                'budget-2019': 340.2,
                'prognos-2019': 343.7,
                'avvikelse-2019': -3.5,
                'atgarder-2019': 0,
                'efter-atgarder-2019': -3.5,
                'budget-2019-03': 82.6,
                'utfall-2019-03': 86.8,
                'avvikelse-2019-03': -4.2,
              },
            },
            {
              id: 'namnd-ledning',
              name: 'Nämnd, ledning och administration',
              values: {
                'budget-2019': 38.7,
                'prognos-2019': 37.9,
                'avvikelse-2019': 0.8,
                'atgarder-2019': 0,
                'efter-atgarder-2019': 0.8,
                'budget-2019-03': 9.4,
                'utfall-2019-03': 8.6,
                'avvikelse-2019-03': 0.8,
              },
            },
            {
              id: 'summa',
              name: 'Summa nämnd',
              values: {
                'budget-2019': 418,
                'prognos-2019': 422.9,
                'avvikelse-2019': -4.9,
                'atgarder-2019': 3.9,
                'efter-atgarder-2019': -1,
                'budget-2019-03': 100.8,
                'utfall-2019-03': 101,
                'avvikelse-2019-03': -0.2,
              },
            },
          ],
        },
      ],
    },
  };
}
