/**
 * @module Use cases around Kolada: search KPIs, and pull a report's Kolada figures into a new
 * revision. A pull fetches the organisation's municipality, riket and the county for every linked
 * indicator, applies what fills a gap or adds groups and comparisons, leaves an overwrite of a
 * typed value until it is accepted, and stores the result through the import path (revision kept,
 * stale texts flagged). Plain arguments, domain results; no HTTP framework here.
 */
import type { Db } from '../db/client';
import type { Principal } from '../db/tokens';
import {
  accepts,
  applyChanges,
  diffPull,
  planPull,
  PullSetupError,
  type AcceptKey,
  type KoladaFigure,
  type PullChange,
  type PullPlan,
  type SkippedIndicator,
} from '../domain/kolada';
import { parseReportDocument } from '../domain/report';
import { KoladaError, type KoladaClient, type KoladaKpi } from '../kolada';
import { badRequest, conflict, koladaUnavailable } from '../lib/errors';
import { importReportFor } from './import';
import { getReport } from './reports';

export interface PullInput {
  reportId: string;
  /** Years to pull; by default every full year the linked indicators list, and the report year. */
  years?: number[];
  /** Compute and return the changes; store nothing. */
  dryRun?: boolean;
  /** Which overwrites of typed values to apply: keys, or `all`. Everything else that is not typed is always applied. */
  accept?: AcceptKey[] | 'all';
  /** The most Kolada requests this call may make (a Worker's subrequest budget); unlimited when absent. */
  maxRequests?: number;
}

export interface PulledChange extends PullChange {
  applied: boolean;
}

export interface PullResult {
  reportId: string;
  municipality: string;
  years: number[];
  comparisons: Record<string, string>;
  changes: PulledChange[];
  skipped: SkippedIndicator[];
  /** The new revision, or null when nothing was stored (a dry run, or nothing changed). */
  revision: number | null;
  previousRevision: number;
  staleSuggestions: string[];
  /** Kolada requests this pull made (pages included; answers from the cache not counted). */
  requests: number;
}

const koladaFailure = (err: KoladaError) =>
  koladaUnavailable(`Kolada gick inte att hämta från: ${err.message} Inget har ändrats; försök igen om en stund.`);

async function fetchFigures(kolada: KoladaClient, plan: PullPlan): Promise<KoladaFigure[]> {
  try {
    const [municipal, ...units] = await Promise.all([
      kolada.getData({ kpis: plan.kpis, municipalities: plan.areas, years: plan.years }),
      ...plan.units.map((u) => kolada.getUnitData({ kpi: u.kpi, ous: [u.ou], years: plan.years })),
    ]);
    return [...municipal!, ...units.flat()];
  } catch (err) {
    if (err instanceof KoladaError) throw koladaFailure(err);
    throw err;
  }
}

/** Pulls the report's Kolada figures for the caller's organisation; `caller.name` is recorded as who made the revision. */
export async function pullKolada(
  db: Db,
  kolada: KoladaClient,
  caller: Pick<Principal, 'orgId' | 'name'>,
  input: PullInput,
): Promise<PullResult> {
  const { doc, row } = await getReport(db, caller, input.reportId);
  let plan: PullPlan;
  try {
    plan = planPull(doc, input.years);
  } catch (err) {
    if (err instanceof PullSetupError) throw badRequest(err.message, err.field);
    throw err;
  }
  const base = {
    reportId: doc.report.id,
    municipality: plan.municipality,
    years: plan.years,
    comparisons: plan.comparisons,
    previousRevision: row.revision,
  };
  if (plan.kpis.length === 0) {
    return { ...base, changes: [], skipped: [], revision: null, staleSuggestions: [], requests: 0 };
  }
  const needed = kolada.requestsFor({ kpis: plan.kpis.length, municipalities: plan.areas.length, units: plan.units.length });
  if (input.maxRequests !== undefined && needed > input.maxRequests) {
    throw conflict(
      `Hämtningen behöver ${needed} anrop till Kolada, fler än de ${input.maxRequests} som ett anrop hit får göra. Kör den från kommandoraden i stället: npm run cli -- kolada pull ${doc.report.id}`,
      { requestsNeeded: needed, limit: input.maxRequests, command: `npm run cli -- kolada pull ${doc.report.id}` },
    );
  }
  const before = kolada.stats.requests;
  const figures = await fetchFigures(kolada, plan);
  const requests = kolada.stats.requests - before;
  const { changes, skipped } = diffPull(doc, plan, figures);
  const accepted = input.accept === 'all' ? () => true : accepts(input.accept ?? []);
  const marked = changes.map((c) => ({ ...c, applied: !c.typed || accepted(c) }));
  const toApply = marked.filter((c) => c.applied);
  if (input.dryRun || toApply.length === 0) {
    return {
      ...base,
      changes: input.dryRun ? marked.map((c) => ({ ...c, applied: false })) : marked,
      skipped,
      revision: null,
      staleSuggestions: [],
      requests,
    };
  }
  const next = parseReportDocument(applyChanges(doc, toApply, figures, plan));
  if (!next.ok) throw new Error(`a Kolada pull made an invalid document: ${JSON.stringify(next.issues)}`);
  const result = await importReportFor(db, caller, next.doc, { origin: 'kolada', previous: doc });
  return { ...base, changes: marked, skipped, revision: result.revision, staleSuggestions: result.staleSuggestions, requests };
}

/** KPIs whose title contains the text, for linking an indicator that has no Kolada id yet. */
export async function searchKpis(kolada: KoladaClient, title: string): Promise<KoladaKpi[]> {
  const text = title.trim();
  if (text.length < 2) throw badRequest('Skriv minst två tecken att söka efter i Koladas nyckeltal.', 'title');
  try {
    return await kolada.searchKpi(text);
  } catch (err) {
    if (err instanceof KoladaError) throw koladaFailure(err);
    throw err;
  }
}
