import { describe, expect, it } from 'vitest';
import { checkText, type Finding } from '../../src/domain/checker';
import { parseReportDocument } from '../../src/domain/report';

/** A one-goal report of any committee: one indicator with the values and targets given. */
function docWith(indicator: Record<string, unknown>) {
  const parsed = parseReportDocument({
    schema: 'report-data/v1',
    organisation: { id: 'exempel-namnd', name: 'Exempelnämnden', municipality: 'Exempelby' },
    report: { id: 'vb-2024', kind: 'verksamhetsberattelse', year: 2024 },
    scale: {
      id: 'tre',
      levels: [
        { id: 'helt', label: 'Helt uppfyllt', rank: 3 },
        { id: 'delvis', label: 'Delvis uppfyllt', rank: 2 },
        { id: 'ej', label: 'Ej uppfyllt', rank: 1 },
      ],
    },
    goals: [{ id: 'm1', title: 'Verksamheten utvecklas', indicators: [{ id: 'i1', ...indicator }] }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.doc;
}
const errors = (doc: ReturnType<typeof docWith>, text: string) =>
  checkText({ doc, goalId: 'm1', text, origin: 'person' })
    .filter((x: Finding) => x.severity === 'error')
    .map((x) => `${x.code}: ${text.slice(x.start, x.end)}`);

describe('a wish written as "det är önskvärt att …"', () => {
  const doc = docWith({
    name: 'Väntetid till särskilt boende, dagar',
    unit: 'dagar',
    better: 'lower',
    values: [
      { period: '2023', value: 55 },
      { period: '2024', value: 61 },
    ],
  });

  it('is no claim that the indicator moved that way', () => {
    expect(errors(doc, 'Det är önskvärt att väntetiden till särskilt boende minskar.')).toEqual([]);
    expect(errors(doc, 'Det är angeläget att väntetiden till särskilt boende minskar.')).toEqual([]);
  });

  it('leaves the statement after it checked', () => {
    expect(errors(doc, 'Väntetiden till särskilt boende har minskat till 61 dagar.')).toEqual(['wrong_trend_claim: minskat']);
  });
});

describe('a change written with its sign', () => {
  const doc = docWith({
    name: 'Antal besök i idrottshallar',
    unit: 'st',
    better: 'higher',
    values: [
      { period: '2023', value: 148200 },
      { period: '2024', value: 151700 },
    ],
  });

  it('is held to the change between the years, not to the outcome', () => {
    expect(errors(doc, 'Antal besök i idrottshallar: 151 700, vilket är +3 500 jämfört med 2023.')).toEqual([]);
    expect(errors(doc, 'Förändringen av antalet besök i idrottshallar mellan 2023 och 2024 är +3 500.')).toEqual([]);
    expect(errors(doc, 'Antal besök i idrottshallar: 151 700, vilket är +4 500 jämfört med 2023.')).toEqual(['wrong_value: +4 500']);
  });
});

describe('"etappmålet för <det som mäts> är X"', () => {
  const doc = docWith({
    name: 'Genomsnittligt meritvärde i årskurs 9',
    unit: 'poäng',
    better: 'higher',
    values: [{ period: '2023', value: 221.4 }],
    targets: [{ period: '2024', kind: 'etappmal', value: 225 }],
  });

  it('is held to the target, not to the outcome', () => {
    expect(errors(doc, 'Under året har arbetet fortsatt; etappmålet för meritvärdet är 225.')).toEqual([]);
    expect(errors(doc, 'Under året har arbetet fortsatt; etappmålet för meritvärdet är 228.')).toEqual(['wrong_value: 228']);
  });
});

describe('what a plan or purpose leads to', () => {
  const doc = docWith({
    name: 'Antal platser i särskilt boende',
    unit: 'st',
    better: 'higher',
    values: [{ period: '2024', value: 412 }],
    targets: [
      { period: '2024', kind: 'etappmal', value: 440 },
      { period: '2030', kind: 'malvarde', value: 500 },
    ],
  });

  it('is no claim that the target is reached', () => {
    expect(errors(doc, 'Ett nytt boende planeras, vilket gör att antalet platser når etappmålet 440.')).toEqual([]);
    expect(errors(doc, 'Nämnden bygger ut så att antalet platser ökar och når etappmålet 440.')).toEqual([]);
  });

  it('"behöver" sets a need, not an outcome', () => {
    expect(errors(doc, 'Till 2030 behöver antalet platser öka till 500.')).toEqual([]);
  });

  it('leaves the claim checked when it stands on its own', () => {
    expect(errors(doc, 'Antalet platser i särskilt boende når etappmålet 440.')).toEqual(['wrong_target_claim: når']);
    expect(errors(doc, 'Nämnden har byggt ut, och antalet platser når etappmålet 440.')).toEqual(['wrong_target_claim: når']);
  });
});

describe('the size of a surplus or deficit', () => {
  const doc = docWith({
    name: 'Resultat mot budget, mnkr',
    unit: 'mnkr',
    better: 'higher',
    values: [
      { period: '2023', value: 2.1 },
      { period: '2024', value: 13.5 },
    ],
  });

  it('is the outcome, at the scale it is written in', () => {
    expect(errors(doc, 'Resultatet mot budget visar ett överskott med 13,5 miljoner kronor.')).toEqual([]);
    expect(errors(doc, 'Resultatet mot budget visar ett överskott med 15,3 miljoner kronor.')).toEqual([
      'wrong_value: 15,3 miljoner kronor',
    ]);
  });
});

describe('a change told in a fronted adverbial ("Efter en nedgång … ökade …")', () => {
  const doc = docWith({
    name: 'Antal genomförda tillsynsbesök',
    unit: 'antal',
    better: 'higher',
    values: [
      { period: '2022', value: 230 },
      { period: '2023', value: 205 },
      { period: '2024', value: 262 },
    ],
  });

  it('leaves the earlier years to the adverbial, so the verb is judged on the latest change', () => {
    expect(errors(doc, 'Efter en nedgång från 230 besök 2022 till 205 besök 2023 ökade antalet tillsynsbesök till 262.')).toEqual([]);
    expect(errors(doc, 'Trots en minskning från 230 till 205 mellan 2022 och 2023 har antalet tillsynsbesök ökat under året.')).toEqual([]);
  });

  it('still finds a verb the latest change contradicts', () => {
    expect(errors(doc, 'Efter en ökning från 205 besök 2023 minskade antalet tillsynsbesök till 262 år 2024.')).toContain(
      'wrong_trend_claim: minskade',
    );
  });
});

describe('an indicator of changes, with an earlier change fronted', () => {
  const doc = docWith({
    name: 'Förändring av antal barn och unga i familjehem jämfört med föregående år, %',
    unit: '%',
    better: 'lower',
    values: [
      { period: '2023', value: 5.1 },
      { period: '2024', value: -2.7 },
    ],
  });

  it('reads "minskade … med 2,7 procent 2024" as −2,7 for 2024', () => {
    expect(errors(doc, 'Efter en ökning med 5,1 procent 2023 minskade antalet barn och unga i familjehem med 2,7 procent 2024.')).toEqual(
      [],
    );
  });

  it('finds the wrong direction or size', () => {
    expect(errors(doc, 'Efter en ökning med 5,1 procent 2023 ökade antalet barn och unga i familjehem med 2,7 procent 2024.')).not.toEqual(
      [],
    );
    expect(errors(doc, 'Efter en ökning med 5,1 procent 2023 minskade antalet barn och unga i familjehem med 3,7 procent 2024.')).toEqual([
      'wrong_value: 3,7 procent',
    ]);
  });
});

describe('trend verbs beyond öka and minska', () => {
  const doc = docWith({
    name: 'Handläggningstid för bygglov, veckor',
    unit: 'veckor',
    better: 'lower',
    values: [
      { period: '2023', value: 7.5 },
      { period: '2024', value: 5.9 },
    ],
  });

  it('reads "har kortats", "har gått ned" and "gick upp" by their direction', () => {
    expect(errors(doc, 'Handläggningstiden för bygglov har kortats till 5,9 veckor.')).toEqual([]);
    expect(errors(doc, 'Handläggningstiden för bygglov har gått ned under året.')).toEqual([]);
    expect(errors(doc, 'Handläggningstiden för bygglov har förlängts till 5,9 veckor.')).toEqual(['wrong_trend_claim: förlängts']);
    expect(errors(doc, 'Handläggningstiden för bygglov gick upp under året.')).toEqual(['wrong_trend_claim: upp']);
  });
});
