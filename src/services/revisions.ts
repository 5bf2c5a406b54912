/**
 * @module Restoring an earlier revision of a report's figures: the stored document is imported
 * again as a new revision (so the restore can itself be undone), and texts are re-checked.
 */
import type { Db } from '../db/client';
import { listRevisions, loadRevision } from '../db/revisions';
import type { Principal } from '../db/tokens';
import { parseReportDocument } from '../domain/report';
import { notFound } from '../lib/errors';
import { importReportFor } from './import';
import { getReport } from './reports';

export async function reportRevisions(db: Db, caller: Pick<Principal, 'orgId'>, reportId: string) {
  const { row } = await getReport(db, caller, reportId);
  return { current: row.revision, revisions: await listRevisions(db, row.pk) };
}

export async function restoreRevision(db: Db, caller: Pick<Principal, 'orgId' | 'name'>, input: { reportId: string; revision: number }) {
  const { row, doc } = await getReport(db, caller, input.reportId);
  const stored = await loadRevision(db, row.pk, input.revision);
  if (!stored) throw notFound(`Version ${input.revision} av rapporten "${input.reportId}" finns inte sparad.`);
  // Parsed again: the stored document is ours, but the format may have gained defaults since.
  const parsed = parseReportDocument(stored);
  if (!parsed.ok) throw new Error(`stored revision ${input.revision} no longer parses: ${JSON.stringify(parsed.issues)}`);
  const result = await importReportFor(db, caller, parsed.doc, { origin: 'restore', previous: doc });
  return { reportId: input.reportId, restored: input.revision, revision: result.revision, staleSuggestions: result.staleSuggestions };
}
