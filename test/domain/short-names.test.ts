import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveShortName, proseNames } from '../../src/domain/report';
import { demoFile } from '../helpers/app';
import { generatedReports } from '../helpers/generated-reports';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';

describe('indicator names in running text', () => {
  it('turns a table name into what a person writes in a sentence', () => {
    expect(deriveShortName('Brukarbedömning missbruksvård IFO - förbättrad situation, andel')).toBe(
      'andelen med förbättrad situation enligt brukarbedömning missbruksvård IFO',
    );
    expect(deriveShortName('Andel flygresor i enlighet med riktlinjer')).toBe('andelen flygresor i enlighet med riktlinjer');
    expect(deriveShortName('Antal besök inom socialpsykiatrins förebyggande öppna insatser')).toBe(
      'antalet besök inom socialpsykiatrins förebyggande öppna insatser',
    );
    expect(deriveShortName('Sjukfrånvaro (%)')).toBe('sjukfrånvaro');
    expect(deriveShortName('HME totalt')).toBe('HME totalt');
  });

  it('uses the short name from the data, and the table name where two indicators would get the same short form', () => {
    const parsed = parseReportDocument(demoFile('vb-2022'));
    if (!parsed.ok) throw new Error('demo');
    const doc: ReportDocument = structuredClone(parsed.doc);
    const [a, b] = doc.goals[0]!.indicators;
    a!.shortName = 'kostnadsavvikelsen';
    b!.name = 'Andel placerade';
    doc.goals[1]!.indicators[0]!.name = 'Placerade, andel';
    const names = proseNames(doc);
    expect(names.get(a!.id)).toBe('kostnadsavvikelsen');
    expect(names.get(b!.id)).toBe('Andel placerade');
    expect(names.get(doc.goals[1]!.indicators[0]!.id)).toBe('Placerade, andel');
  });
});

describe('long indicator names in running text', () => {
  const report = (names: string[]): ReportDocument => {
    const parsed = parseReportDocument({
      schema: 'report-data/v1',
      organisation: { id: 'o', name: 'Nämnden' },
      report: { id: 'r', kind: 'verksamhetsberattelse', year: 2024 },
      scale: {
        levels: [
          { id: 'u', label: 'Uppfyllt', rank: 2 },
          { id: 'e', label: 'Ej uppfyllt', rank: 1 },
        ],
      },
      goals: [
        { id: 'g', title: 'Mål', indicators: names.map((name, i) => ({ id: `i${i}`, name, better: 'higher', values: [], targets: [] })) },
      ],
    });
    if (!parsed.ok) throw new Error('invalid');
    return parsed.doc;
  };
  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

  it('cuts a long name at a natural boundary to at most eight words, keeping what tells siblings apart', () => {
    const doc = report([
      'Vuxna som fått insats på beroendeenheten för sitt missbruk och efter avslutad insats nått målet med insatsen, andel',
      'Vuxna som haft insats på grund av våld i nära relation som efter avslutad insats nått målet med insatsen, andel',
      'Totala volymen barn, ungdomar och familjer som nås av tidiga insatser och det förebyggande arbetet',
    ]);
    const names = proseNames(doc);
    // What is measured ("nått målet") is kept; with it, no cut of eight words tells the two apart, so both keep their long forms.
    expect(names.get('i0')).toMatch(/^andelen vuxna som fått insats på beroendeenheten .* nått målet/);
    expect(names.get('i1')).toMatch(/^andelen vuxna som haft insats på grund av våld .* nått målet/);
    // A comma that opens a list is not a place to cut.
    expect(names.get('i2')).toBe('totala volymen barn, ungdomar och familjer som nås');
    expect(words(names.get('i2')!)).toBeLessThanOrEqual(8);
  });

  it('moves a category after the measure, and drops it only where the measure alone is unique', () => {
    const doc = report([
      'Beroendevård, andel ärenden där insats påbörjats inom två månader efter utredningens start',
      'Barn- och ungdomsvård, andel ärenden där insats påbörjats inom två månader efter utredningens start',
      'Barn- och ungdomsvård, andel som upplever att deras situation förbättrats',
    ]);
    const names = proseNames(doc);
    expect(names.get('i0')).toBe('andelen ärenden inom beroendevård där insats påbörjats');
    expect(names.get('i1')).toMatch(/^andelen ärenden inom barn- och ungdomsvård/);
    expect(names.get('i2')).toBe('andelen som upplever att deras situation förbättrats');
  });

  it('keeps the long form when no cut is unique, and joins a short tail after a comma', () => {
    const doc = report([
      'Andel elever som klarat kunskapskraven i alla ämnen i årskurs sex i kommunala skolor',
      'Andel elever som klarat kunskapskraven i alla ämnen i årskurs nio i kommunala skolor',
    ]);
    const names = proseNames(doc);
    expect(names.get('i0')).toContain('årskurs sex');
    expect(names.get('i1')).toContain('årskurs nio');
    expect(deriveShortName('Sjukfrånvaro, totalt')).toBe('sjukfrånvaro totalt');
    expect(deriveShortName('Föräldrar som anser att de fått stöd, medelvärde skala 1-5')).toBe('föräldrar som anser att de fått stöd');
  });
});

describe('names in prose keep what is measured', () => {
  const report = (names: string[]): ReportDocument => {
    const parsed = parseReportDocument({
      schema: 'report-data/v1',
      organisation: { id: 'o', name: 'Nämnden' },
      report: { id: 'r', kind: 'verksamhetsberattelse', year: 2024 },
      scale: {
        levels: [
          { id: 'u', label: 'Uppfyllt', rank: 2 },
          { id: 'e', label: 'Ej uppfyllt', rank: 1 },
        ],
      },
      goals: [
        { id: 'g', title: 'Mål', indicators: names.map((name, i) => ({ id: `i${i}`, name, better: 'higher', values: [], targets: [] })) },
      ],
    });
    if (!parsed.ok) throw new Error('invalid');
    return parsed.doc;
  };
  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

  it('drops the clause that says who was counted, not the one that says what was measured (socialtjänst)', () => {
    const doc = report([
      'Andel individer som haft insats på grund av våld i nära relation som upplever en positiv förändring av sin våldsutsatthet',
      'Ungdomar som fått insats för sitt missbruk inom öppenvården och som vid avslutad kontakt är drogfri, andel',
      'Avhoppare från kriminell bana som vid avslutad insats inte återfallit i kriminalitet, andel',
    ]);
    const names = proseNames(doc);
    expect(names.get('i0')).toBe('andelen individer som upplever en positiv förändring');
    expect(names.get('i1')).toBe('andelen ungdomar som är drogfri');
    expect(names.get('i2')).toBe('andelen avhoppare från kriminell bana som inte återfallit');
  });

  it('says a survey answer after a dash as the measure, with the survey after it', () => {
    expect(deriveShortName('Brukarbedömning hemtjänst äldreomsorg - trygghet, andel')).toBe(
      'andelen med trygghet enligt brukarbedömning hemtjänst äldreomsorg',
    );
    expect(deriveShortName('Brukarbedömning bibliotek - nöjd med utbudet, andel')).toBe(
      'andelen som är nöjd med utbudet enligt brukarbedömning bibliotek',
    );
    expect(deriveShortName('Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, andel')).toBe(
      'andelen där brukaren får den hjälp hen vill ha enligt brukarbedömning boendestöd SoL',
    );
    // Three siblings that differ only before the dash keep that part.
    const names = proseNames(
      report([
        'Brukarbedömning barn- och ungdomsvård IFO - förbättrad situation, andel',
        'Brukarbedömning missbruksvård IFO - förbättrad situation, andel',
        'Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare - förbättrad situation, andel',
      ]),
    );
    expect(new Set(names.values()).size).toBe(3);
    for (const n of names.values()) expect(n).toMatch(/^andelen med förbättrad situation enligt brukarbedömning /);
  });

  it('holds for other committees: äldreomsorg, skola, kultur', () => {
    const names = proseNames(
      report([
        'Andel brukare i särskilt boende som flyttat in under året och som upplever att de känner sig trygga',
        'Elever i årskurs 9 som har behörighet till yrkesprogram, andel',
        'Elever i årskurs 9 som har behörighet till högskoleförberedande program, andel',
        'Besökare på kulturhuset som deltagit i en aktivitet och som anser att utbudet är bra, andel',
        'Antal utlån per invånare',
      ]),
    );
    expect(names.get('i0')).toBe('andelen brukare i särskilt boende som upplever att de känner sig trygga');
    // Siblings that differ only at the end are not cut where that part is lost.
    expect(names.get('i1')).toContain('yrkesprogram');
    expect(names.get('i2')).toContain('högskoleförberedande');
    expect(names.get('i3')).toBe('andelen besökare på kulturhuset som anser att utbudet är bra');
    expect(names.get('i4')).toBe('antalet utlån per invånare');
  });

  it('never loses the measuring verb in the demo reports, and every name is unique', () => {
    for (const file of ['vb-2022', 'vp-2026', 'dr-2019'] as const) {
      const parsed = parseReportDocument(demoFile(file));
      if (!parsed.ok) throw new Error(file);
      const names = proseNames(parsed.doc);
      const all = parsed.doc.goals.flatMap((g) => g.indicators);
      expect(new Set([...names.values()].map((n) => n.toLocaleLowerCase('sv'))).size).toBe(
        new Set(all.map((i) => i.name.toLocaleLowerCase('sv'))).size,
      );
      for (const ind of all) {
        const derived = deriveShortName(ind.name);
        const verb = measuringVerb(derived);
        if (verb) expect(names.get(ind.id), ind.name).toContain(verb);
      }
    }
  });

  // Generated names: a head, clauses that qualify who is counted, and a clause that says what is measured.
  const HEADS = ['brukare', 'elever', 'vuxna', 'besökare', 'barn', 'medarbetare', 'deltagare'];
  const QUALIFIERS = [
    'som haft insats på grund av våld i nära relation',
    'som bor i särskilt boende',
    'som gått i årskurs 9',
    'som deltagit i en aktivitet under året',
    'som fått hemtjänst',
  ];
  const MEASURES = [
    ['upplever', 'som upplever att de blir väl bemötta'],
    ['anser', 'som anser att utbudet är bra'],
    ['nått', 'som efter avslutad insats nått målet med insatsen'],
    ['har', 'som har behörighet till gymnasiet'],
    ['känner', 'som känner sig trygga'],
  ] as const;
  const nameArb = fc
    .record({
      head: fc.constantFrom(...HEADS),
      qualifier: fc.constantFrom(...QUALIFIERS),
      measure: fc.constantFrom(...MEASURES),
      form: fc.constantFrom('lead', 'trail', 'och'),
    })
    .map(({ head, qualifier, measure, form }) => {
      const body = `${head} ${qualifier} ${form === 'och' ? 'och ' : ''}${measure[1]}`;
      return {
        name: form === 'lead' ? `Andel ${body}` : `${body.charAt(0).toUpperCase()}${body.slice(1)}, andel`,
        verb: measure[0],
        key: `${head}|${qualifier}|${measure[1]}`,
      };
    });

  it('keeps the measuring verb and a unique name for any set of generated names', () => {
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 8, selector: (n) => n.key }), (generated) => {
        const names = proseNames(report(generated.map((g) => g.name)));
        const values = generated.map((_, i) => names.get(`i${i}`)!);
        expect(new Set(values.map((v) => v.toLocaleLowerCase('sv'))).size).toBe(values.length);
        generated.forEach((g, i) => {
          expect(values[i], g.name).toMatch(new RegExp(`\\b${g.verb}\\b`));
          // A name is short, or it runs to the table name's last word: never a cut of more than eight words.
          if (words(values[i]!) > 8) expect(values[i]!.split(' ').at(-1)).toBe(deriveShortName(g.name).split(' ').at(-1));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives every indicator of any generated report a name, unique where the table names are', () => {
    fc.assert(
      fc.property(generatedReports({ indicatorNames: 'pool' }), (input) => {
        const parsed = parseReportDocument(input);
        if (!parsed.ok) return;
        const all = parsed.doc.goals.flatMap((g) => g.indicators);
        const names = proseNames(parsed.doc);
        for (const ind of all) expect(names.get(ind.id)?.length ?? 0).toBeGreaterThan(0);
        if (new Set(all.map((i) => i.name.toLocaleLowerCase('sv'))).size === all.length)
          expect(new Set([...names.values()].map((n) => n.toLocaleLowerCase('sv'))).size).toBe(all.length);
      }),
      { numRuns: 100 },
    );
  });
});

/** The verb of the clause that says what is measured (the word after the last "som"), or null. */
function measuringVerb(form: string): string | null {
  const ws = form.split(/\s+/);
  const at = ws.map((w) => w.toLocaleLowerCase('sv')).lastIndexOf('som');
  if (at < 0) return null;
  const next = ws[at + 1];
  // "som efter avslutad insats nått målet": the verb comes after the time adverbial.
  return next && ['efter', 'vid', 'under', 'inom'].includes(next) ? (ws[at + 4] ?? null) : (next ?? null);
}
