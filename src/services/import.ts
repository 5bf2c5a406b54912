/** @module Importing a report document for an organisation, and flagging the texts its new figures make stale. */
import { writeTransaction, type Db } from '../db/client';
import { importReport, loadReportDocument } from '../db/reports';
import type { RevisionOrigin } from '../db/revisions';
import type { Principal } from '../db/tokens';
import type { ReportDocument } from '../domain/report';
import { forbidden } from '../lib/errors';
import { hasOpenTexts, recheckAfterImport } from './stale';

/**
 * Imports (or re-imports) a report document for the caller's organisation. On a re-import, texts
 * checked against the old figures are checked again and flagged stale, never changed; their ids
 * come back as `staleSuggestions`. The document is kept as the new revision's (`origin` says what
 * made it: an import, a Kolada pull, a restore); `previous`, the document being replaced when the
 * caller has it, is kept too if its revision was stored before revisions were kept.
 */
export async function importReportFor(
  db: Db,
  caller: Pick<Principal, 'orgId' | 'name'>,
  doc: ReportDocument,
  opts: { origin?: RevisionOrigin; previous?: ReportDocument } = {},
) {
  if (doc.organisation.id !== caller.orgId) {
    throw forbidden(
      `Dokumentet gäller organisationen "${doc.organisation.id}" men din token hör till "${caller.orgId}". Inget har sparats.`,
    );
  }
  const ref = { orgId: doc.organisation.id, reportId: doc.report.id };
  // The new figures and the stale flags they cause are written in one transaction: a process
  // killed between the two can leave neither an accepted text unflagged on new figures nor flags
  // without the figures.
  return writeTransaction(db, async (tx) => {
    const texts = await hasOpenTexts(tx, ref.orgId, ref.reportId);
    const previous = opts.previous ?? (texts ? (await loadReportDocument(tx, ref.orgId, ref.reportId))?.doc : undefined);
    const result = await importReport(tx, doc, { origin: opts.origin, actor: caller.name, previous });
    if (result.created) return { ...result, staleSuggestions: [] as string[] };
    const staleSuggestions = texts ? await recheckAfterImport(tx, { ...ref, previous, actor: caller.name }) : [];
    return { ...result, staleSuggestions };
  });
}
