/**
 * @module Stale texts after a re-import or a new final level: every accepted and pending text whose
 * facts changed is checked again and flagged for the editor, with the new findings and an event.
 * The text itself is never changed.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { loadOverrides } from '../db/assessments';
import type { DbOrTx } from '../db/client';
import { reports, suggestions } from '../db/schema';
import { markStale, textOriginOf, type ChangeNote, type StaleChange } from '../db/suggestions';
import { checkText } from '../domain/checker';
import { goalDataChanges, type ReportDocument } from '../domain/report';
import { canonicalJson, DIGEST_PREFIX, factsDigest } from '../domain/review';
import { assessWithLevels, findReportDocument } from './reports';
import { recheckSections } from './section-stale';

/** When stored levels no longer fit the document, texts are checked against the computed levels. */
const assess = (doc: ReportDocument, overrides: Parameters<typeof assessWithLevels>[1]) =>
  assessWithLevels(doc, overrides, { lenient: true });

/** Whether a report has any accepted or pending text a re-import could make stale: a cheap look before loading whole documents. */
export async function hasOpenTexts(db: DbOrTx, orgId: string, reportId: string): Promise<boolean> {
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
export function recheckAfterImport(
  db: DbOrTx,
  input: { orgId: string; reportId: string; previous?: ReportDocument | null; actor: string },
): Promise<string[]> {
  return recheckTexts(db, { ...input, reason: 'facts_changed' });
}

/**
 * After an official set a goal's final level: the goal's accepted and pending texts argue for a
 * level, so each is checked against the new one and flagged when its verdict may have changed.
 */
export function recheckAfterLevel(
  db: DbOrTx,
  input: { orgId: string; reportId: string; goalId: string; actor: string; changed?: ChangeNote[] },
): Promise<string[]> {
  return recheckTexts(db, { ...input, reason: 'level_changed' });
}

async function recheckTexts(
  db: DbOrTx,
  input: {
    orgId: string;
    reportId: string;
    previous?: ReportDocument | null;
    actor: string;
    goalId?: string;
    reason: 'facts_changed' | 'level_changed';
    changed?: ChangeNote[];
  },
): Promise<string[]> {
  const found = await findReportDocument(db, input.orgId, input.reportId);
  if (!found) return [];
  // The report-level texts rest on the goals' facts, levels and accepted texts.
  const sections = await recheckSections(db, { orgId: input.orgId, reportId: input.reportId, actor: input.actor });
  const { row: report, doc } = found;
  const texts = await db
    .select()
    .from(suggestions)
    .where(
      and(
        eq(suggestions.reportPk, report.pk),
        inArray(suggestions.status, ['accepted', 'pending']),
        // Report-level sections are checked by recheckSections.
        isNull(suggestions.sectionId),
        input.goalId !== undefined ? eq(suggestions.goalId, input.goalId) : undefined,
      ),
    );
  if (texts.length === 0) return sections;
  const overrides = await loadOverrides(db, report.pk);
  const assessment = assess(doc, overrides);
  const before = input.previous ? assess(input.previous, overrides) : null;

  const changes: StaleChange[] = [];
  for (const s of texts) {
    const goal = assessment.goals.find((g) => g.goalId === s.goalId);
    const stored = s.factsDigest?.startsWith(DIGEST_PREFIX) ? s.factsDigest : null;
    const previousLevel = before?.goals.find((g) => g.goalId === s.goalId)?.level;
    const baseline = stored ?? (input.previous ? factsDigest(input.previous, s.goalId, previousLevel) : null);
    if (!goal) {
      if (!s.stale)
        changes.push({
          id: s.id,
          version: s.version,
          goalId: s.goalId,
          findings: (s.findings ?? []) as unknown[],
          factsDigest: null,
          previousDigest: baseline,
          reason: 'goal_removed',
        });
      continue;
    }
    const digest = factsDigest(doc, s.goalId, goal.level);
    if (digest === baseline) continue;
    const findings = checkText({
      doc,
      goalId: s.goalId,
      text: s.text,
      level: goal.level,
      assessment: goal,
      wordLimit: report.wordLimit,
      origin: textOriginOf(s),
    });
    // With nothing to compare against, only a different verdict on the text shows that its facts moved.
    if (baseline === null && sameFindings(findings, s.findings)) continue;
    const changed = input.changed ?? (input.previous ? goalDataChanges(input.previous, doc, s.goalId) : undefined);
    changes.push({
      id: s.id,
      version: s.version,
      goalId: s.goalId,
      findings,
      factsDigest: digest,
      previousDigest: baseline,
      reason: input.reason,
      changed,
    });
  }
  await markStale(db, report.pk, changes, input.actor);
  return [...changes.map((c) => c.id), ...sections];
}
