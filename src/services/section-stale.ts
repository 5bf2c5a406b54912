/**
 * @module Stale report-level texts: a section's accepted and pending texts rest on the goals'
 * facts and levels, their accepted texts, the activities and the economy; when that fingerprint
 * changes each is checked again and flagged for the editor. The text itself is never changed.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { assessReport } from '../domain/assessment';
import { checkSection, findSection, sectionDigest } from '../domain/sections';
import { loadOverrides } from '../db/assessments';
import type { DbOrTx } from '../db/client';
import { loadReportDocument } from '../db/reports';
import { suggestions } from '../db/schema';
import { markStale, textOriginOf } from '../db/suggestions';

/** The goals' accepted texts of a report, by goal id. */
export async function acceptedGoalTexts(db: DbOrTx, reportPk: number): Promise<Map<string, string>> {
  const rows = await db
    .select({ goalId: suggestions.goalId, sectionId: suggestions.sectionId, text: suggestions.text })
    .from(suggestions)
    .where(and(eq(suggestions.reportPk, reportPk), eq(suggestions.status, 'accepted')));
  return new Map(rows.filter((r) => r.sectionId === null).map((r) => [r.goalId, r.text]));
}

/** Checks every open section text of the report whose fingerprint changed, and flags it stale. Returns the ids flagged. */
export async function recheckSections(db: DbOrTx, input: { orgId: string; reportId: string; actor: string }): Promise<string[]> {
  const found = await loadReportDocument(db, input.orgId, input.reportId);
  if (!found) return [];
  const { row: report, doc } = found;
  const texts = await db
    .select()
    .from(suggestions)
    .where(
      and(eq(suggestions.reportPk, report.pk), inArray(suggestions.status, ['accepted', 'pending']), isNotNull(suggestions.sectionId)),
    );
  if (texts.length === 0) return [];
  let assessment;
  try {
    assessment = assessReport(doc, await loadOverrides(db, report.pk));
  } catch {
    assessment = assessReport(doc, []);
  }
  const accepted = await acceptedGoalTexts(db, report.pk);
  const changes: Parameters<typeof markStale>[2] = [];
  for (const s of texts) {
    const section = findSection(doc, assessment, s.sectionId!);
    if (!section) {
      if (!s.stale)
        changes.push({
          id: s.id,
          version: s.version,
          goalId: s.goalId,
          sectionId: s.sectionId!,
          findings: (s.findings ?? []) as unknown[],
          factsDigest: null,
          previousDigest: s.factsDigest,
          reason: 'goal_removed',
        });
      continue;
    }
    const digest = sectionDigest(doc, assessment, section, accepted);
    if (digest === s.factsDigest) continue;
    const findings = checkSection(doc, assessment, section, s.text, accepted, textOriginOf(s));
    changes.push({
      id: s.id,
      version: s.version,
      goalId: s.goalId,
      sectionId: s.sectionId!,
      findings,
      factsDigest: digest,
      previousDigest: s.factsDigest,
      reason: 'section_changed',
    });
  }
  await markStale(db, report.pk, changes, input.actor);
  return changes.map((c) => c.id);
}
