/**
 * @module A read-through cache of rebuilt report documents, for the chat's many turns on one report:
 * the report row is read every time and the cached document is used only while its revision and
 * update time are unchanged (an import bumps both), so a turn never sees old figures.
 */
import { assessReport, type LevelOverride, type ReportAssessment } from '../domain/assessment';
import type { ReportDocument } from '../domain/report';
import type { Db } from './client';
import { findReport, loadReportDocument, type ReportRow } from './reports';

const MAX_ENTRIES = 32;
const caches = new WeakMap<Db, Map<number, { version: string; doc: ReportDocument }>>();
const inFlight = new Map<string, Promise<{ row: ReportRow; doc: ReportDocument } | undefined>>();
const assessments = new WeakMap<ReportDocument, { key: string; assessment: ReportAssessment }>();

/**
 * The assessment of a cached document with the given final levels, computed once per document
 * and set of levels: repeated look-ups of a large report (the overview, exports, ten officials at
 * once) cost a comparison, not a second of CPU on the event loop.
 */
export function assessCached(doc: ReportDocument, overrides: LevelOverride[]): ReportAssessment {
  const key = JSON.stringify(overrides);
  const hit = assessments.get(doc);
  if (hit && hit.key === key) return hit.assessment;
  const assessment = assessReport(doc, overrides);
  assessments.set(doc, { key, assessment });
  return assessment;
}

export async function loadReportDocumentCached(db: Db, orgId: string, reportId: string): Promise<{ row: ReportRow; doc: ReportDocument } | undefined> {
  const row = await findReport(db, orgId, reportId);
  if (!row) return undefined;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const version = `${row.revision}/${row.updatedAt}`;
  const hit = cache.get(row.pk);
  if (hit && hit.version === version) return { row, doc: hit.doc };
  // Ten requests for one report at once load it once.
  const key = `${row.pk}@${version}`;
  let flight = inFlight.get(key);
  if (!flight) {
    flight = loadReportDocument(db, orgId, reportId).finally(() => inFlight.delete(key));
    inFlight.set(key, flight);
  }
  const loaded = await flight;
  if (!loaded) return undefined;
  cache.delete(row.pk);
  cache.set(loaded.row.pk, { version: `${loaded.row.revision}/${loaded.row.updatedAt}`, doc: loaded.doc });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return loaded;
}
