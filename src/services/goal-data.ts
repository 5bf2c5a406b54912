/**
 * @module Data edited in the app: an official adds or corrects a goal's notes and activities, an
 * admin corrects a figure. Each edit is a new revision of the report, an event in the history with
 * what changed (old → new), and the texts it touches are checked again and flagged stale, as after
 * a re-import.
 */
import type { Db } from '../db/client';
import { recordEvent } from '../db/review-undo';
import type { Principal } from '../db/tokens';
import { goalDataChanges, parseReportDocument, type DataChange, type ReportDocument } from '../domain/report';
import { roleNames } from '../domain/review';
import { badRequest, forbidden, invalid, notFound } from '../lib/errors';
import { importReportFor } from './import';
import { getReport } from './reports';

export type GoalDataEdit =
  | { kind: 'notes'; notes: string[]; activities: { title: string; status?: string }[] }
  | { kind: 'figure'; indicatorId: string; period: string; value: number | null };

const MAX_LINES = 200;
const MAX_LINE = 2000;

function edited(doc: ReportDocument, goalId: string, edit: GoalDataEdit): unknown {
  const copy = structuredClone(doc) as ReportDocument;
  const goal = copy.goals.find((g) => g.id === goalId);
  if (!goal) throw notFound(`Målet "${goalId}" finns inte i rapporten.`);
  if (edit.kind === 'notes') {
    if (edit.notes.length + edit.activities.length > MAX_LINES) throw badRequest(`Högst ${MAX_LINES} rader.`, 'notes');
    if ([...edit.notes, ...edit.activities.map((a) => a.title)].some((l) => l.length > MAX_LINE))
      throw badRequest(`En rad får vara högst ${MAX_LINE} tecken.`, 'notes');
    goal.notes = edit.notes;
    // Activities keep what else the data said about them (kind, follow-up) when the title is unchanged.
    goal.activities = edit.activities.map((a) => ({
      ...(goal.activities.find((x) => x.title === a.title) ?? {}),
      title: a.title,
      ...(a.status ? { status: a.status } : { status: undefined }),
    }));
    return copy;
  }
  const ind = goal.indicators.find((i) => i.id === edit.indicatorId);
  if (!ind) throw badRequest(`Indikatorn "${edit.indicatorId}" finns inte under målet.`, 'indicatorId');
  if (!/^\d{4}(-\d{2})?$/.test(edit.period)) throw badRequest('Perioden ska vara ett år (2022) eller en månad (2022-08).', 'period');
  const value = ind.values.find((v) => v.period === edit.period);
  if (value) value.value = edit.value;
  else ind.values.push({ period: edit.period, value: edit.value });
  return copy;
}

/** Applies an edit to a goal's data; returns what changed and the texts flagged stale. */
export async function editGoalData(db: Db, principal: Principal, input: { reportId: string; goalId: string; edit: GoalDataEdit }) {
  if (input.edit.kind === 'figure' && principal.role !== 'admin') {
    throw forbidden(`Bara en administratör kan rätta en siffra; du är inloggad som ${roleNames[principal.role]}.`);
  }
  const { doc } = await getReport(db, principal, input.reportId);
  const parsed = parseReportDocument(edited(doc, input.goalId, input.edit));
  if (!parsed.ok) throw invalid(parsed.issues);
  const changes: DataChange[] = goalDataChanges(doc, parsed.doc, input.goalId);
  if (changes.length === 0) return { changes, staleSuggestions: [] as string[] };
  const result = await importReportFor(db, principal, parsed.doc, { previous: doc });
  await recordEvent(db, {
    orgId: principal.orgId,
    reportId: input.reportId,
    goalId: input.goalId,
    actor: principal.name,
    action: input.edit.kind === 'figure' ? 'data.figure' : 'data.notes',
    detail: { changed: changes, revision: result.revision, stale: result.staleSuggestions.length },
  });
  return { changes, staleSuggestions: result.staleSuggestions };
}
