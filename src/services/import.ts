/** @module Importing a report document for an organisation, and flagging the texts its new figures make stale. */
import type { Db } from '../db/client';
import { importReport, loadReportDocument } from '../db/reports';
import type { Principal } from '../db/tokens';
import type { ReportDocument } from '../domain/report';
import { forbidden } from '../lib/errors';
import { hasOpenTexts, recheckAfterImport } from './stale';

/**
 * Imports (or re-imports) a report document for the caller's organisation. On a re-import, texts
 * checked against the old figures are checked again and flagged stale, never changed; their ids
 * come back as `staleSuggestions`.
 */
export async function importReportFor(db: Db, caller: Pick<Principal, 'orgId' | 'name'>, doc: ReportDocument) {
  if (doc.organisation.id !== caller.orgId) {
    throw forbidden(`Dokumentet gäller organisationen "${doc.organisation.id}" men din token hör till "${caller.orgId}". Inget har sparats.`);
  }
  const ref = { orgId: doc.organisation.id, reportId: doc.report.id };
  const texts = await hasOpenTexts(db, ref.orgId, ref.reportId);
  const previous = texts ? await loadReportDocument(db, ref.orgId, ref.reportId) : undefined;
  const result = await importReport(db, doc);
  if (result.created) return { ...result, staleSuggestions: [] as string[] };
  const staleSuggestions = texts ? await recheckAfterImport(db, { ...ref, previous: previous?.doc, actor: caller.name }) : [];
  return { ...result, staleSuggestions };
}
