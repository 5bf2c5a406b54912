/**
 * @module The review actions shared by the API and the web pages: write, revise, accept and reject
 * a suggested motivation. Each loads what it needs for the caller's organisation, applies the
 * rules in domain/suggestions, checks the text against the current figures, and writes through
 * the repository; failures are AppErrors (404, 403, 400, 409 with the current state).
 */
import type { Context } from 'hono';
import {
  acceptSuggestion,
  createSuggestion,
  findSuggestionInOrg,
  rejectSuggestion,
  reviseSuggestion,
  suggestionView,
  textOriginOf,
  type SuggestionRow,
  type SuggestionView,
  type WriteResult,
} from '../db/suggestions';
import type { GoalAssessment } from '../domain/assessment';
import { checkText, hasErrors, type TextOrigin } from '../domain/checker';
import type { ReportDocument } from '../domain/report';
import { acceptRule, editRule, factsDigest, MAX_TEXT_LENGTH, rejectRule, reviewerRule, statusLabels, type Verdict } from '../domain/review';
import type { AppEnv } from '../deps';
import { AppError, badRequest, conflict, forbidden, notFound } from '../lib/errors';
import { saveFinalLevel } from '../db/assessments';
import { recheckAfterLevel } from '../db/stale';
import { validateOverride } from '../domain/assessment';
import { refuseLongText } from '../lib/validate';
import { swedishTime } from '../lib/time';
import { loadGoal } from './load';

type Ctx = Context<AppEnv>;

export async function loadSuggestion(c: Ctx, id: string): Promise<{ row: SuggestionRow; reportId: string }> {
  const found = await findSuggestionInOrg(c.var.deps.db, c.var.principal.orgId, id);
  if (!found) throw notFound(`Förslaget "${id}" finns inte hos din organisation.`);
  return found;
}

function enforce(verdict: Verdict): boolean {
  if (verdict.ok) return verdict.override;
  if (verdict.kind === 'forbidden') throw forbidden(verdict.message);
  if (verdict.kind === 'invalid') throw badRequest(verdict.message, verdict.field);
  throw new AppError('conflict', verdict.message);
}

function staleVersion(base: number, current: SuggestionView | null): AppError {
  const now = current ? `nu version ${current.version}, ${statusLabels[current.status]}` : 'den finns inte längre';
  return conflict(`Förslaget har ändrats sedan du läste det (du utgick från version ${base}; ${now}). Läs in det igen och gör om ditt val.`, { current });
}

function landed(result: WriteResult, base: number) {
  if (!result.ok && result.goalAccepted !== undefined) throw goalMoved(result.current, result.goalAccepted);
  if (!result.ok) throw staleVersion(base, result.current);
  return result;
}

/** Another editor decided the goal's text first: say who and when, and give both states back. */
function goalMoved(current: SuggestionView | null, accepted: SuggestionView | null): AppError {
  const what = accepted
    ? `${accepted.updatedBy ?? accepted.createdBy} godkände ett annat förslag för målet ${swedishTime(accepted.updatedAt)}`
    : 'det godkända förslaget för målet är inte längre godkänt';
  return conflict(`Målets text har ändrats sedan du läste den: ${what}. Läs in sidan igen och gör om ditt val.`, { current, accepted });
}

export function validText(text: unknown): string {
  const t = typeof text === 'string' ? text.replace(/\r\n?/g, '\n').trim() : '';
  if (t === '') throw badRequest('Skriv en text.', 'text');
  refuseLongText(t, MAX_TEXT_LENGTH);
  return t;
}

function checkAgainst(doc: ReportDocument, goal: GoalAssessment, text: string, wordLimit: number, origin: TextOrigin) {
  return checkText({ doc, goalId: goal.goalId, text, level: goal.level, assessment: goal, wordLimit, origin });
}

/** An official's own paragraph, checked and stored pending. */
export async function writeSuggestion(c: Ctx, reportId: string, goalId: string, rawText: unknown): Promise<SuggestionView> {
  const text = validText(rawText);
  const { row, doc, goalAssessment } = await loadGoal(c, reportId, goalId);
  const findings = checkAgainst(doc, goalAssessment, text, row.wordLimit, 'person');
  return createSuggestion(c.var.deps.db, {
    reportPk: row.pk,
    goalId: goalAssessment.goalId,
    text,
    origin: 'manual',
    level: goalAssessment.level,
    verified: !hasErrors(findings),
    findings,
    factsDigest: factsDigest(doc, goalAssessment.goalId, goalAssessment.level) ?? undefined,
    createdBy: c.var.principal.name,
  });
}

/** A new version of the text, checked again; the suggestion is pending again. */
export async function reviseText(c: Ctx, id: string, rawText: unknown, baseVersion: number): Promise<SuggestionView> {
  const text = validText(rawText);
  const { row, reportId } = await loadSuggestion(c, id);
  enforce(editRule(row, c.var.principal.role));
  if (row.version !== baseVersion) throw staleVersion(baseVersion, suggestionView(row));
  const { row: report, doc, goalAssessment } = await loadGoal(c, reportId, row.goalId);
  const findings = checkAgainst(doc, goalAssessment, text, report.wordLimit, 'person');
  const result = await reviseSuggestion(c.var.deps.db, {
    id,
    baseVersion,
    text,
    findings,
    verified: !hasErrors(findings),
    factsDigest: factsDigest(doc, goalAssessment.goalId, goalAssessment.level),
    actor: c.var.principal.name,
  });
  return landed(result, baseVersion).suggestion;
}

/**
 * Accepts a text for the report. The text is checked again against today's figures and level;
 * errors need an override reason, which is stored with the acceptance and shown wherever the text is.
 */
export async function acceptText(c: Ctx, id: string, baseVersion: number, override?: { reason?: string }, replaces?: string | null) {
  const { row, reportId } = await loadSuggestion(c, id);
  enforce(reviewerRule(c.var.principal.role, 'godkänna'));
  if (row.version !== baseVersion) throw staleVersion(baseVersion, suggestionView(row));
  const { row: report, doc, goalAssessment } = await loadGoal(c, reportId, row.goalId);
  const findings = checkAgainst(doc, goalAssessment, row.text, report.wordLimit, textOriginOf(row));
  const overridden = enforce(acceptRule({ status: row.status, stale: row.stale, findings }, c.var.principal.role, override));
  const result = await acceptSuggestion(c.var.deps.db, {
    id,
    baseVersion,
    findings,
    factsDigest: factsDigest(doc, goalAssessment.goalId, goalAssessment.level),
    overrideReason: overridden ? override!.reason!.trim() : null,
    actor: c.var.principal.name,
    replaces,
  });
  return landed(result, baseVersion);
}

/** Rejects a text with a reason; without a baseVersion the version read now is the one rejected. */
export async function rejectText(c: Ctx, id: string, reason: string | undefined, baseVersion?: number): Promise<SuggestionView> {
  const { row } = await loadSuggestion(c, id);
  enforce(reviewerRule(c.var.principal.role, 'avvisa'));
  const base = baseVersion ?? row.version;
  if (row.version !== base) throw staleVersion(base, suggestionView(row));
  enforce(rejectRule(row, c.var.principal.role, reason));
  const result = await rejectSuggestion(c.var.deps.db, { id, baseVersion: base, reason: reason!.trim(), actor: c.var.principal.name });
  return landed(result, base).suggestion;
}

/**
 * Sets a goal's final level (a level other than the computed one needs a reason), then checks the
 * goal's accepted and pending texts against it: a text arguing for the old level is flagged stale.
 */
export async function setFinalLevel(c: Ctx, reportId: string, goalId: string, level: string, reason: string | undefined) {
  const { row, doc, goalAssessment } = await loadGoal(c, reportId, goalId);
  const check = validateOverride(doc, goalAssessment, level, reason);
  if (!check.ok) throw badRequest(check.message, check.field);
  const saved = await saveFinalLevel(c.var.deps.db, {
    reportPk: row.pk,
    goalId: goalAssessment.goalId,
    computedLevel: goalAssessment.computedLevel,
    finalLevel: level,
    reason: reason?.trim() || undefined,
    by: c.var.principal.name,
  });
  const staleSuggestions = await recheckAfterLevel(c.var.deps.db, { orgId: c.var.principal.orgId, reportId, goalId: goalAssessment.goalId, actor: c.var.principal.name });
  return { ...saved, staleSuggestions };
}
