/**
 * The delårsrapport per 31 mars 2019 (data/dr-2019.json): every report-level text drafts clean
 * offline, and the published prose checks with no error wherever its figures are in the data.
 */
import { describe, expect, it } from 'vitest';
import { assessReport } from '../../src/domain/assessment';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';
import { checkFollowUp, checkSection, draftSection, listSections, statusClass } from '../../src/domain/sections';
import { findNumbers } from '../../src/domain/sv';
import { demoFile } from '../helpers/app';

const parsed = parseReportDocument(demoFile('dr-2019'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const doc: ReportDocument = parsed.doc;
const assessment = assessReport(doc);
const sections = listSections(doc, assessment);
const section = (id: string) => sections.find((s) => s.id === id)!;
const errors = (text: string, id: string, origin: 'person' | 'model' = 'model') =>
  checkSection(doc, assessment, section(id), text, new Map(), origin).filter((f) => f.severity === 'error');

/** The published paragraphs the extraction kept beside each economy table. */
function publishedEconomy(): string[] {
  return doc.economy!.tables.flatMap((t) => {
    const pub = (t.extra as { published?: string[] | Record<string, string[]> } | undefined)?.published;
    if (!pub) return [];
    return Array.isArray(pub) ? pub : Object.values(pub).flat();
  });
}
const tableValues = new Set(
  doc.economy!.tables.flatMap((t) =>
    t.rows.flatMap((r) =>
      Object.values(r.values)
        .filter((v): v is number => v !== null)
        .map(Math.abs),
    ),
  ),
);

describe('delårsrapport 2019: report-level texts', () => {
  it('is a report that assesses no goal: a sammanfattning and the ekonomi, nothing else', () => {
    expect(doc.scale).toBeUndefined();
    expect(sections.map((s) => s.id)).toEqual(['sammanfattning', 'ekonomi']);
  });

  it('drafts the sammanfattning and the economy paragraph offline, verified with no error', () => {
    for (const s of sections) expect(errors(draftSection(doc, assessment, s), s.id), s.id).toEqual([]);
    expect(draftSection(doc, assessment, section('ekonomi'))).toContain(
      'Prognosen för helåret är 422,9 miljoner kronor, en avvikelse mot budget på minus 4,9 miljoner kronor.',
    );
  });

  it('checks the published sammanfattning and every activity follow-up with 0 errors', () => {
    const summary = (doc.extra as { summary: { paragraphs: string[] } }).summary.paragraphs;
    expect(summary.length).toBeGreaterThan(3);
    for (const p of summary) expect(errors(p, 'sammanfattning'), p).toEqual([]);
    const acts = doc.goals.flatMap((g) => g.activities).filter((a) => a.followUp);
    expect(acts.length).toBeGreaterThan(10);
    for (const a of acts) expect(checkFollowUp(a, a.followUp!, statusClass(a.status)), a.title).toEqual([]);
  });

  it("checks the published economy prose, a person's text, with 0 errors", () => {
    const texts = publishedEconomy();
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) expect(errors(t, 'ekonomi', 'person'), t).toEqual([]);
  });

  it("as a model's text, flags only the published figures the tables do not hold", () => {
    const texts = publishedEconomy();
    let clean = 0;
    const absent: string[] = [];
    for (const t of texts) {
      const found = errors(t, 'ekonomi');
      if (found.length === 0) clean++;
      for (const f of found) {
        // Only a figure the tables do not hold may be flagged (the extraction kept it as prose only).
        expect(f.code, `${f.message} in: ${t}`).toBe('ungrounded_number');
        const m = findNumbers(t.slice(f.start, f.end))[0]!;
        expect(tableValues.has(Math.abs(m.value)), t.slice(f.start, f.end)).toBe(false);
        absent.push(t.slice(f.start, f.end));
      }
    }
    console.log(`dr-2019 economy prose: ${clean}/${texts.length} paragraphs clean; figures not in the data: ${absent.join(', ')}`);
    expect(clean).toBeGreaterThanOrEqual(texts.length - 3);
  });

  it('flags the published economy sentences when a figure, a sign or a forecast is changed', () => {
    const text =
      'Socialnämndens nettokostnader per mars månad är 100,9 miljoner kronor. Det är 9 miljoner mindre än motsvarande period 2018.';
    expect(errors(text, 'ekonomi')).toEqual([]);
    expect(errors(text.replace('100,9', '101,9'), 'ekonomi').map((f) => f.code)).toEqual(['ungrounded_number']);
    expect(errors(text.replace('mindre', 'mer'), 'ekonomi').map((f) => f.code)).toEqual(['economy_sign']);
    expect(errors('Utfallet för helåret är 422,9 miljoner kronor.', 'ekonomi').map((f) => f.code)).toEqual(['forecast_as_outcome']);
  });
});
