/**
 * @module Stale texts after a re-import or a new final level: every accepted and pending text whose
 * facts changed is checked again and flagged for the editor, with the new findings and an event.
 * The text itself is never changed.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { assessReport, type LevelOverride, type ReportAssessment } from '../domain/assessment';
import { checkText } from '../domain/checker';
import type { ReportDocument } from '../domain/report';
import { canonicalJson, DIGEST_PREFIX, factsDigest } from '../domain/review';
import { loadOverrides } from './assessments';
import type { Db } from './client';
import { loadReportDocument } from './reports';
import { reports, suggestions } from './schema';
import { markStale, textOriginOf } from './suggestions';

/** The assessment of a document, or null when stored levels no longer fit it (then texts are checked against computed levels). */
function assess(doc: ReportDocument, overrides: LevelOverride[]): ReportAssessment {
  try {
    return assessReport(doc, overrides);
  } catch {
    return assessReport(doc, []);
  }
}

/** Whether a report has any accepted or pending text a re-import could make stale: a cheap look before loading whole documents. */
export async function hasOpenTexts(db: Db, orgId: string, reportId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: suggestions.id })
    .from(suggestions)
    .innerJoin(reports, eq(reports.pk, suggestions.reportPk))
    .where(and(eq(reports.orgId, orgId), eq(reports.reportId, reportId), inArray(suggestions.status, ['accepted', 'pending'])))
    .limit(1);
  return row !== undefined;
}

const sameFindings = (a: unknown, b: unknown) => canonicalJson(a ?? []) === canonicalJson(b ?? []);

/**
 * After a re-import: checks every accepted and pending text of the report again wherever the facts
 * it was checked against have changed, and flags it stale with the new findings. Never touches
 * the text. `previous` is the document before the import; it stands in for texts stored without
 * a digest of ours. Returns the ids flagged.
 */
export function recheckAfterImport(db: Db, input: { orgId: string; reportId: string; previous?: ReportDocument | null; actor: string }): Promise<string[]> {
  return recheckTexts(db, { ...input, reason: 'facts_changed' });
}

/**
 * After an official set a goal's final level: the goal's accepted and pending texts argue for a
 * level, so each is checked against the new one and flagged when its verdict may have changed.
 */
export function recheckAfterLevel(db: Db, input: { orgId: string; reportId: string; goalId: string; actor: string }): Promise<string[]> {
  return recheckTexts(db, { ...input, reason: 'level_changed' });
}

async function recheckTexts(
  db: Db,
  input: { orgId: string; reportId: string; previous?: ReportDocument | null; actor: string; goalId?: string; reason: 'facts_changed' | 'level_changed' },
): Promise<string[]> {
  const found = await loadReportDocument(db, input.orgId, input.reportId);
  if (!found) return [];
  const { row: report, doc } = found;
  const texts = await db
    .select()
    .from(suggestions)
    .where(
      and(
        eq(suggestions.reportPk, report.pk),
        inArray(suggestions.status, ['accepted', 'pending']),
        input.goalId !== undefined ? eq(suggestions.goalId, input.goalId) : undefined,
      ),
    );
  if (texts.length === 0) return [];
  const overrides = await loadOverrides(db, report.pk);
  const assessment = assess(doc, overrides);
  const before = input.previous ? assess(input.previous, overrides) : null;

  const changes: Parameters<typeof markStale>[2] = [];
  for (const s of texts) {
    const goal = assessment.goals.find((g) => g.goalId === s.goalId);
    const stored = s.factsDigest?.startsWith(DIGEST_PREFIX) ? s.factsDigest : null;
    const previousLevel = before?.goals.find((g) => g.goalId === s.goalId)?.level;
    const baseline = stored ?? (input.previous ? factsDigest(input.previous, s.goalId, previousLevel) : null);
    if (!goal) {
      if (!s.stale) changes.push({ id: s.id, version: s.version, goalId: s.goalId, findings: (s.findings ?? []) as unknown[], factsDigest: null, previousDigest: baseline, reason: 'goal_removed' });
      continue;
    }
    const digest = factsDigest(doc, s.goalId, goal.level);
    if (digest === baseline) continue;
    const findings = checkText({ doc, goalId: s.goalId, text: s.text, level: goal.level, assessment: goal, wordLimit: report.wordLimit, origin: textOriginOf(s) });
    // With nothing to compare against, only a different verdict on the text shows that its facts moved.
    if (baseline === null && sameFindings(findings, s.findings)) continue;
    changes.push({ id: s.id, version: s.version, goalId: s.goalId, findings, factsDigest: digest, previousDigest: baseline, reason: input.reason });
  }
  await markStale(db, report.pk, changes, input.actor);
  return changes.map((c) => c.id);
}
