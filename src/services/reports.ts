/**
 * @module A read-through cache of rebuilt report documents, for the chat's many turns on one report:
 * the report row is read every time and the cached document is used only while its revision and
 * update time are unchanged (an import bumps both), so a turn never sees old figures.
 */
import type { ReportDocument } from '../domain/report';
import type { Db } from './client';
import { findReport, loadReportDocument, type ReportRow } from './reports';

const MAX_ENTRIES = 32;
const caches = new WeakMap<Db, Map<number, { version: string; doc: ReportDocument }>>();

export async function loadReportDocumentCached(db: Db, orgId: string, reportId: string): Promise<{ row: ReportRow; doc: ReportDocument } | undefined> {
  const row = await findReport(db, orgId, reportId);
  if (!row) return undefined;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const version = `${row.revision}/${row.updatedAt}`;
  const hit = cache.get(row.pk);
  if (hit && hit.version === version) return { row, doc: hit.doc };
  const loaded = await loadReportDocument(db, orgId, reportId);
  if (!loaded) return undefined;
  cache.delete(row.pk);
  cache.set(loaded.row.pk, { version: `${loaded.row.revision}/${loaded.row.updatedAt}`, doc: loaded.doc });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return loaded;
}
