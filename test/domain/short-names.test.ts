import { describe, expect, it } from 'vitest';
import { deriveShortName, proseNames } from '../../src/domain/report';
import { demoFile } from '../helpers/app';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';

describe('indicator names in running text', () => {
  it('turns a table name into what a person writes in a sentence', () => {
    expect(deriveShortName('Brukarbedömning missbruksvård IFO - förbättrad situation, andel')).toBe('andelen brukarbedömning missbruksvård IFO - förbättrad situation');
    expect(deriveShortName('Andel flygresor i enlighet med riktlinjer')).toBe('andelen flygresor i enlighet med riktlinjer');
    expect(deriveShortName('Antal besök inom socialpsykiatrins förebyggande öppna insatser')).toBe('antalet besök inom socialpsykiatrins förebyggande öppna insatser');
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
      scale: { levels: [{ id: 'u', label: 'Uppfyllt', rank: 2 }, { id: 'e', label: 'Ej uppfyllt', rank: 1 }] },
      goals: [{ id: 'g', title: 'Mål', indicators: names.map((name, i) => ({ id: `i${i}`, name, better: 'higher', values: [], targets: [] })) }],
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
    expect(names.get('i0')).toBe('andelen vuxna som fått insats på beroendeenheten');
    expect(names.get('i1')).toBe('andelen vuxna som haft insats');
    // A comma that opens a list is not a place to cut.
    expect(names.get('i2')).toBe('totala volymen barn, ungdomar och familjer som nås');
    for (const n of names.values()) expect(words(n)).toBeLessThanOrEqual(8);
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
    const doc = report(['Andel elever som klarat kunskapskraven i alla ämnen i årskurs sex i kommunala skolor', 'Andel elever som klarat kunskapskraven i alla ämnen i årskurs nio i kommunala skolor']);
    const names = proseNames(doc);
    expect(names.get('i0')).toContain('årskurs sex');
    expect(names.get('i1')).toContain('årskurs nio');
    expect(deriveShortName('Sjukfrånvaro, totalt')).toBe('sjukfrånvaro totalt');
    expect(deriveShortName('Föräldrar som anser att de fått stöd, medelvärde skala 1-5')).toBe('föräldrar som anser att de fått stöd');
  });
});
