/** @module Shared look-ups for routes: a report of the caller's organisation, or a 404 that says which. */
import type { Context } from 'hono';
import { loadOverrides } from '../db/assessments';
import { assessCached, loadReportDocumentCached } from '../db/report-cache';
import { findGoal } from '../domain/report';
import type { AppEnv } from '../deps';
import { notFound } from '../lib/errors';

export async function loadReport(c: Context<AppEnv>, reportId: string) {
  // Cached per report revision (src/db/report-cache.ts): a large report is rebuilt once, not per request.
  const found = await loadReportDocumentCached(c.var.deps.db, c.var.principal.orgId, reportId);
  if (!found) throw notFound(`Rapporten "${reportId}" finns inte hos din organisation.`);
  return found;
}

/** A report with its current assessment (computed levels and the officials' final levels). */
export async function loadAssessedReport(c: Context<AppEnv>, reportId: string) {
  const found = await loadReport(c, reportId);
  const overrides = await loadOverrides(c.var.deps.db, found.row.pk);
  return { ...found, overrides, assessment: assessCached(found.doc, overrides) };
}

export async function loadGoal(c: Context<AppEnv>, reportId: string, goalId: string) {
  const found = await loadAssessedReport(c, reportId);
  const goal = findGoal(found.doc, goalId);
  const goalAssessment = found.assessment.goals.find((g) => g.goalId === goalId);
  if (!goal || !goalAssessment) throw notFound(`Målet "${goalId}" finns inte i rapporten "${reportId}".`);
  return { ...found, goal, goalAssessment };
}
