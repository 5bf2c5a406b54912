import { describe, expect, it } from 'vitest';
import { assessReport } from '../../src/domain/assessment';
import { parseReportDocument } from '../../src/domain/report';
import { factsJson } from '../../src/llm/draft-prompt';

// Synthetic figures.
const parsed = parseReportDocument({
  schema: 'report-data/v1',
  organisation: { id: 'o', name: 'Nämnden', kolada: { municipality: '0126' } },
  report: { id: 'r', kind: 'verksamhetsberattelse', year: 2022 },
  scale: {
    levels: [
      { id: 'ja', label: 'Uppfyllt', rank: 2 },
      { id: 'nej', label: 'Ej uppfyllt', rank: 1 },
    ],
  },
  goals: [
    {
      id: 'g',
      title: 'Mål',
      indicators: [
        {
          id: 'i',
          name: 'Andel nöjda',
          unit: '%',
          better: 'higher',
          source: 'Kolada U00001',
          values: [{ period: '2022', value: 90, breakdown: { kvinnor: 96, män: 84 }, comparisons: { riket: 80, länet: 82 } }],
          targets: [{ period: '2022', kind: 'etappmal', value: 85 }],
        },
      ],
    },
  ],
});

describe('the model’s facts', () => {
  it('carry the kön groups with a notable gap marked, and the comparisons', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const facts = JSON.parse(factsJson(parsed.doc, 'g', assessReport(parsed.doc).goals[0]!)) as { indikatorer: Record<string, string>[] };
    expect(facts.indikatorer[0]).toMatchObject({
      kön: 'kvinnor 96 procent, män 84 procent (2022; skillnad att analysera)',
      jämförelser: 'riket 80 procent, länet 82 procent (2022)',
    });
  });
});
