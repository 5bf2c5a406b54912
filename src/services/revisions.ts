/**
 * @module Restoring an earlier revision of a report's figures: the stored document is imported
 * again as a new revision (so the restore can itself be undone), and texts are re-checked.
 */
import type { Db } from '../db/client';
import { importReport, loadReportDocument } from '../db/reports';
import { listRevisions, loadRevision } from '../db/revisions';
import { hasOpenTexts, recheckAfterImport } from '../db/stale';
import { parseReportDocument } from '../domain/report';
import { notFound } from '../lib/errors';

export async function reportRevisions(db: Db, orgId: string, reportId: string) {
  const found = await loadReportDocument(db, orgId, reportId);
  if (!found) throw notFound(`Rapporten "${reportId}" finns inte hos ${orgId}.`);
  return { current: found.row.revision, revisions: await listRevisions(db, found.row.pk) };
}

export async function restoreRevision(db: Db, input: { orgId: string; reportId: string; revision: number; actor: string }) {
  const found = await loadReportDocument(db, input.orgId, input.reportId);
  if (!found) throw notFound(`Rapporten "${input.reportId}" finns inte hos ${input.orgId}.`);
  const stored = await loadRevision(db, found.row.pk, input.revision);
  if (!stored) throw notFound(`Version ${input.revision} av rapporten "${input.reportId}" finns inte sparad.`);
  // Parsed again: the stored document is ours, but the format may have gained defaults since.
  const parsed = parseReportDocument(stored);
  if (!parsed.ok) throw new Error(`stored revision ${input.revision} no longer parses: ${JSON.stringify(parsed.issues)}`);
  const texts = await hasOpenTexts(db, input.orgId, input.reportId);
  const result = await importReport(db, parsed.doc, { origin: 'restore', actor: input.actor, previous: found.doc });
  const staleSuggestions = texts ? await recheckAfterImport(db, { orgId: input.orgId, reportId: input.reportId, previous: found.doc, actor: input.actor }) : [];
  return { reportId: input.reportId, restored: input.revision, revision: result.revision, staleSuggestions };
}
