/**
 * @module Loading a report of the caller's organisation and assessing it with the officials' final
 * levels: the one way every route, page, chat turn, Slack answer and re-check gets a report.
 * Rebuilt documents are kept in a read-through cache per database handle (per isolate on Workers):
 * the report row is read every time and the cached document is used only while its revision and
 * update time are unchanged (an import bumps both), so nobody ever sees old figures. The assessment
 * of a cached document is computed again only when the officials' levels change. Concurrent
 * requests for the same revision share one load and one assessment (an in-flight promise), and
 * both hand the event loop a turn every slice, so a report at the limits holds nobody up.
 */
import { loadOverrides } from '../db/assessments';
import type { DbOrTx } from '../db/client';
import { findReport, loadReportDocument, type ReportRow } from '../db/reports';
import type { Principal } from '../db/tokens';
import {
  assessReport,
  assessReportInSlices,
  type GoalAssessment,
  type LevelOverride,
  type ReportAssessment,
  type RollUpOverride,
} from '../domain/assessment';
import { findGoal, type Goal, type ReportDocument } from '../domain/report';
import { notFound } from '../lib/errors';
import { sliceYield } from '../lib/yield';

/** Who asks: only the organisation matters for reading; the name is what an audit trail records. */
export type Caller = Pick<Principal, 'orgId'>;

export interface LoadedReport {
  row: ReportRow;
  doc: ReportDocument;
}

export interface AssessedReport extends LoadedReport {
  overrides: (LevelOverride | RollUpOverride)[];
  assessment: ReportAssessment;
}

export interface AssessedGoal extends AssessedReport {
  goal: Goal;
  goalAssessment: GoalAssessment;
}

const MAX_ENTRIES = 32;
const documents = new WeakMap<object, Map<number, { version: string; row: ReportRow; doc: ReportDocument }>>();
const loading = new WeakMap<object, Map<string, Promise<LoadedReport | undefined>>>();
const versionOf = (row: Pick<ReportRow, 'revision' | 'updatedAt'>) => `${row.revision}/${row.updatedAt}`;

/**
 * A stored report rebuilt as a document, from the cache while its revision is unchanged; undefined
 * when the organisation has no such report. `current`: the report's row as the caller has just
 * read it (Slack reads it with the workspace's link), which saves reading it again.
 */
export async function findReportDocument(
  db: DbOrTx,
  orgId: string,
  reportId: string,
  current?: Pick<ReportRow, 'pk' | 'revision' | 'updatedAt'>,
): Promise<LoadedReport | undefined> {
  const row = current ?? (await findReport(db, orgId, reportId));
  if (!row) return undefined;
  let cache = documents.get(db);
  if (!cache) documents.set(db, (cache = new Map()));
  const hit = cache.get(row.pk);
  if (hit && hit.version === versionOf(row)) return { row: hit.row, doc: hit.doc };
  // Ten requests arriving while a large report is being rebuilt wait for the one load in flight.
  let inFlight = loading.get(db);
  if (!inFlight) loading.set(db, (inFlight = new Map()));
  const key = `${row.pk}@${versionOf(row)}`;
  const running = inFlight.get(key);
  if (running) return running;
  const load = (async () => {
    const loaded = await loadReportDocument(db, orgId, reportId);
    if (!loaded) return undefined;
    cache.delete(row.pk);
    cache.set(loaded.row.pk, { version: versionOf(loaded.row), row: loaded.row, doc: loaded.doc });
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    return loaded;
  })();
  inFlight.set(key, load);
  try {
    return await load;
  } finally {
    inFlight.delete(key);
  }
}

/** A report of the caller's organisation, or a not-found error that says which. */
export async function getReport(db: DbOrTx, caller: Caller, reportId: string): Promise<LoadedReport> {
  const found = await findReportDocument(db, caller.orgId, reportId);
  if (!found) throw notFound(`Rapporten "${reportId}" finns inte hos din organisation.`);
  return found;
}

const assessments = new WeakMap<ReportDocument, { key: string; assessment: ReportAssessment }>();

/**
 * The assessment of a document with the officials' levels, kept per document until the levels
 * change. `lenient`: when stored levels no longer fit the document (after a re-import), the
 * computed levels stand in instead of an error.
 */
export function assessWithLevels(
  doc: ReportDocument,
  overrides: (LevelOverride | RollUpOverride)[],
  opts: { lenient?: boolean } = {},
): ReportAssessment {
  const key = JSON.stringify(overrides);
  const hit = assessments.get(doc);
  if (hit?.key === key) return hit.assessment;
  let assessment: ReportAssessment;
  try {
    assessment = assessReport(doc, overrides);
  } catch (err) {
    if (!opts.lenient) throw err;
    return assessReport(doc, []);
  }
  assessments.set(doc, { key, assessment });
  return assessment;
}

const assessing = new WeakMap<ReportDocument, Map<string, Promise<ReportAssessment>>>();

/**
 * `assessWithLevels` for the request path: the same answer, computed goal by goal with turns for
 * the event loop in between, and shared by concurrent requests for the same document and levels.
 */
async function assessInSlices(doc: ReportDocument, overrides: (LevelOverride | RollUpOverride)[]): Promise<ReportAssessment> {
  const key = JSON.stringify(overrides);
  const hit = assessments.get(doc);
  if (hit?.key === key) return hit.assessment;
  let inFlight = assessing.get(doc);
  if (!inFlight) assessing.set(doc, (inFlight = new Map()));
  const running = inFlight.get(key);
  if (running) return running;
  const work = assessReportInSlices(doc, overrides, sliceYield).then((assessment) => {
    assessments.set(doc, { key, assessment });
    return assessment;
  });
  inFlight.set(key, work);
  try {
    return await work;
  } finally {
    inFlight.delete(key);
  }
}

/** A loaded report with its current assessment (computed levels and the officials' final levels). */
export async function withAssessment(db: DbOrTx, found: LoadedReport): Promise<AssessedReport> {
  const overrides = await loadOverrides(db, found.row.pk);
  return { ...found, overrides, assessment: await assessInSlices(found.doc, overrides) };
}

/** A report of the caller's organisation with its current assessment. */
export async function getAssessedReport(db: DbOrTx, caller: Caller, reportId: string): Promise<AssessedReport> {
  return withAssessment(db, await getReport(db, caller, reportId));
}

/** One goal of a report with its assessment, or a not-found error naming the goal. */
export async function getAssessedGoal(db: DbOrTx, caller: Caller, reportId: string, goalId: string): Promise<AssessedGoal> {
  const found = await getAssessedReport(db, caller, reportId);
  const goal = findGoal(found.doc, goalId);
  const goalAssessment = found.assessment.goals.find((g) => g.goalId === goalId);
  if (!goal || !goalAssessment) throw notFound(`Målet "${goalId}" finns inte i rapporten "${reportId}".`);
  return { ...found, goal, goalAssessment };
}
