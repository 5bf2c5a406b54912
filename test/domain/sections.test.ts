import { describe, expect, it } from 'vitest';
import { assessReport } from '../../src/domain/assessment';
import { parseReportDocument, type ReportDocument, type ReportInput } from '../../src/domain/report';
import { checkFollowUp, checkSection, draftSection, listSections, statusClass } from '../../src/domain/sections';
import { demoFile } from '../helpers/app';
import { partYearReport } from '../helpers/part-year';

function parse(input: ReportInput): ReportDocument {
  const r = parseReportDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.doc;
}
const errors = <T extends { severity: string }>(f: T[]) => f.filter((x) => x.severity === 'error');

describe('report-level sections', () => {
  const vb = parse(demoFile('vb-2022'));
  const vbA = assessReport(vb);

  it('lists a samlad bedömning per kommunfullmäktigemål, then sammanfattning and förbättringsområden, with levels', () => {
    const sections = listSections(vb, vbA);
    expect(sections.map((s) => s.kind)).toEqual([
      'samlad-bedomning',
      'samlad-bedomning',
      'samlad-bedomning',
      'samlad-bedomning',
      'samlad-bedomning',
      'sammanfattning',
      'forbattringsomraden',
    ]);
    expect(sections[0]!.id).toBe('samlad-bedomning:skattemedel-anvands-effektivt');
    expect(sections.find((s) => s.id === 'sammanfattning')!.level?.label).toBe(vbA.overall.label);
  });

  it('drafts every section of the demo report offline, verified with no errors', () => {
    for (const s of listSections(vb, vbA)) {
      const text = draftSection(vb, vbA, s);
      expect(errors(checkSection(vb, vbA, s, text)), `${s.id}: ${text}`).toEqual([]);
    }
  });

  it('drafts the delårsrapport per 31 mars: sammanfattning of activities and the economy paragraph, clean', () => {
    const dr = parse(partYearReport());
    const a = assessReport(dr);
    const sections = listSections(dr, a);
    expect(sections.map((s) => s.id)).toEqual(['sammanfattning', 'ekonomi']);
    for (const s of sections) {
      const text = draftSection(dr, a, s);
      expect(errors(checkSection(dr, a, s, text)), `${s.id}: ${text}`).toEqual([]);
    }
    const eco = draftSection(dr, a, sections[1]!);
    expect(eco).toContain('Prognosen för helåret är 422,9 miljoner kronor, en avvikelse mot budget på minus 4,9 miljoner kronor.');
  });

  it('grounds the published economy prose, rounding included ("9 miljoner" for 9,1), and catches a wrong sign or a forecast called an outcome', () => {
    const dr = parse(partYearReport());
    const a = assessReport(dr);
    const eco = listSections(dr, a).find((s) => s.id === 'ekonomi')!;
    const published =
      'Socialnämndens nettokostnader per mars månad är 100,9 miljoner kronor. Det är 9 miljoner mindre än motsvarande period 2018. ' +
      'Riktpunkten för mars månad är 25 procent av 2019 års budget, vilket ligger i linje med socialnämndens nettokostnader. ' +
      'Prognosen pekar på att verksamhetens kostnader är en miljon högre än budget.';
    expect(errors(checkSection(dr, a, eco, published))).toEqual([]);
    expect(errors(checkSection(dr, a, eco, 'Det är 9 miljoner mer än motsvarande period 2018.')).map((f) => f.code)).toEqual([
      'economy_sign',
    ]);
    expect(errors(checkSection(dr, a, eco, 'Riktpunkten för mars är 30 procent av budgeten.')).map((f) => f.code)).toEqual([
      'ungrounded_number',
    ]);
    expect(errors(checkSection(dr, a, eco, 'Kostnaderna för helåret blev 422,9 miljoner kronor.')).map((f) => f.code)).toEqual([
      'forecast_as_outcome',
    ]);
  });

  it('checks counts of goals per level and roll-up levels', () => {
    const summary = listSections(vb, vbA).find((s) => s.id === 'sammanfattning')!;
    const hog = vbA.goals.filter((g) => g.level === 'hog').length;
    const wrong = hog === 3 ? 'två' : 'tre';
    const found = errors(
      checkSection(vb, vbA, summary, `${wrong[0]!.toUpperCase()}${wrong.slice(1)} av fem nämndmål bedöms som i hög grad uppfyllt.`),
    );
    expect(found.map((f) => f.code)).toEqual(['rollup_count']);
    const other = vbA.overall.level === 'ej' ? 'helt uppfyllt' : 'ej uppfyllt';
    expect(errors(checkSection(vb, vbA, summary, `Nämndens samlade måluppfyllelse bedöms som ${other}.`)).map((f) => f.code)).toEqual([
      'section_level',
    ]);
  });

  it("checks the verksamhetsberättelse 2022's published sammanfattning (seed) with no error", () => {
    const summary = listSections(vb, vbA).find((s) => s.id === 'sammanfattning')!;
    const published = [
      'Socialnämndens samlade måluppfyllelse har under 2022 i hög grad uppfyllts.',
      'Den totala sjukfrånvaron har ökat jämfört med föregående år. Däremot har resultaten i medarbetarenkäten förbättrats, vilket gör att målet om att vara en attraktiv arbetsgivare delvis får anses vara uppnått.',
      'Måluppfyllnaden för nämndens mål inom det sociala hållbarhetsmålet har uppnåtts i hög grad.',
      'Nämndens måluppfyllnad inom det ekologiska hållbarhetsmålet är inte uppfyllt då utfasningen av fossildrivna fordon inte följts enligt beslutad avvecklingsplan. Nämndens etappmål för 2022, skjuts på till 2023.',
    ];
    for (const p of published) expect(errors(checkSection(vb, vbA, summary, p)), p).toEqual([]);
    // The whole report's level stated wrongly is still caught.
    expect(
      errors(checkSection(vb, vbA, summary, 'Socialnämndens samlade måluppfyllelse har under 2022 inte uppfyllts.')).map((f) => f.code),
    ).toEqual(['section_level']);
  });

  it('reads activity status claims through the map; an unknown status never gives an error', () => {
    expect(statusClass('Troligen klart i år')).toBe('on-track');
    expect(statusClass('Ej påbörjad')).toBe('not-started');
    expect(statusClass('Ej klart i år')).toBe('delayed');
    expect(statusClass('Grön')).toBeNull();
    const a = { title: 'Rutin för kundfakturor', status: 'Ej påbörjad' };
    expect(checkFollowUp(a, 'Arbetet med aktiviteten kommer att påbörjas under hösten.', statusClass(a.status))).toEqual([]);
    expect(checkFollowUp(a, 'Arbetet löper enligt plan.', statusClass(a.status)).map((f) => f.code)).toEqual(['activity_status']);
    expect(checkFollowUp({ title: 'x', status: 'Grön' }, 'Arbetet har inte påbörjats.', statusClass('Grön'))).toEqual([]);
  });
});
