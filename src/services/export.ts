/** @module The report's goal section as it would be published: the assessment with each goal's accepted text. */
import type { Db } from '../db/client';
import { listSuggestions } from '../db/suggestions';
import { buildSection, type Section } from '../export/section';
import { getAssessedReport, type Caller } from './reports';

export async function getReportSection(db: Db, caller: Caller, reportId: string): Promise<Section> {
  const { row, doc, assessment } = await getAssessedReport(db, caller, reportId);
  const accepted = await listSuggestions(db, row.pk, { status: 'accepted' });
  return buildSection(
    doc,
    assessment,
    accepted.map((s) => ({
      goalId: s.goalId,
      ...(s.sectionId !== undefined ? { sectionId: s.sectionId } : {}),
      text: s.text,
      stale: s.stale,
      overrideReason: s.overrideReason,
      acceptedBy: s.updatedBy,
      acceptedAt: s.updatedAt,
    })),
  );
}
