import { describe, expect, it } from 'vitest';
import { assessReport, OVERALL_KEY, rollUpSlug } from '../../src/domain/assessment';
import { levelsBestFirst, parseReportDocument, scaleOf, type ReportDocument, type ReportInput } from '../../src/domain/report';
import { demoFile } from '../helpers/app';

function parse(input: ReportInput): ReportDocument {
  const r = parseReportDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.doc;
}

const vb = parse(demoFile('vb-2022'));
const computed = assessReport(vb).overall;
const other = levelsBestFirst(scaleOf(vb)).find((l) => l.id !== computed.computedLevel)!;
const set = (level: string, at: string, reason = 'Skäl') => ({ key: OVERALL_KEY, level, reason, by: 'Anna', at });

describe("the whole report's level with an official's level", () => {
  it('is the set level, with the computed median beside it and who set it', () => {
    const a = assessReport(vb, [set(other.id, '2026-01-01T00:00:00.000Z')]);
    expect(a.overall).toEqual({
      level: other.id,
      label: other.label,
      computedLevel: computed.computedLevel,
      computedLabel: computed.computedLabel,
      override: { reason: 'Skäl', by: 'Anna', at: '2026-01-01T00:00:00.000Z' },
    });
    // The roll-ups of kommunfullmäktigemål and målområden do not take the report's level.
    expect(a.councilGoals.map((r) => r.override)).toEqual(assessReport(vb).councilGoals.map(() => undefined));
  });

  it('takes the latest set level, and ignores one that is not in the scale', () => {
    const a = assessReport(vb, [set(computed.computedLevel, '2026-02-01T00:00:00.000Z'), set(other.id, '2026-01-01T00:00:00.000Z')]);
    expect(a.overall.level).toBe(computed.computedLevel);
    expect(assessReport(vb, [set('finns-inte', '2026-03-01T00:00:00.000Z')]).overall).toEqual(computed);
  });

  it('has a key no roll-up title can take', () => {
    for (const title of ['Rapport', ':rapport', 'Hela rapporten', '']) expect(rollUpSlug(title)).not.toBe(OVERALL_KEY);
  });
});
