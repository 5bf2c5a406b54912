/** @module The assessment's own rationale, written from the same data, passes the checker: on both demo reports and on any generated report. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReport } from '../../src/domain/assessment';
import { checkText } from '../../src/domain/checker';
import { parseReportDocument, type ReportDocument } from '../../src/domain/report';
import { generatedReports } from '../helpers/generated-reports';
import { demoDoc } from './checker-texts';

/** Every error the checker finds in each goal's rationale, with the words it points at. */
function rationaleErrors(doc: ReportDocument): string[] {
  return assessReport(doc).goals.flatMap((g) =>
    checkText({ doc, goalId: g.goalId, text: g.rationale, level: g.computedLevel })
      .filter((f) => f.severity === 'error')
      .map((f) => `${g.goalId} ${f.code}: «${g.rationale.slice(f.start, f.end)}» ${f.message} in: ${g.rationale}`),
  );
}

describe("the assessment's rationale", () => {
  it.each(['vb-2022', 'vp-2026'] as const)('has no error for any goal of %s', (report) => {
    const doc = demoDoc(report);
    expect(doc.goals.length).toBeGreaterThan(0);
    expect(rationaleErrors(doc)).toEqual([]);
  });

  it('has no error for any goal of a generated report', () => {
    fc.assert(
      fc.property(generatedReports({ indicatorNames: 'pool' }), (input) => {
        const parsed = parseReportDocument(input);
        if (!parsed.ok) throw new Error(`invalid generated report: ${JSON.stringify(parsed.issues)}`);
        expect(rationaleErrors(parsed.doc)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
