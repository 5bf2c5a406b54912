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
