/**
 * @module The review actions shared by the API, the web pages and the chat: write, revise, accept
 * and reject a suggested motivation, and set a goal's final level. Each loads what it needs for the
 * caller's organisation, applies the rules in domain/review, checks the text against the current
 * figures, and writes through the repository; failures are AppErrors (not found, forbidden,
 * invalid with the field, conflict with the current state).
 */
import { saveFinalLevel } from '../db/assessments';
import type { Db } from '../db/client';
import {
  acceptSuggestion,
  findSuggestionInOrg,
  rejectSuggestion,
  reviseSuggestion,
  suggestionView,
  textOriginOf,
  type SuggestionRow,
  type SuggestionView,
  type WriteResult,
} from '../db/suggestions';
import { withdrawDecision as withdrawDecision_ } from '../db/review-undo';
import type { Principal } from '../db/tokens';
import { validateOverride, type GoalAssessment } from '../domain/assessment';
import { checkText, hasErrors, type Finding, type TextOrigin } from '../domain/checker';
import { scaleOf, type ReportDocument } from '../domain/report';
import {
  acceptRule,
  editRule,
  factsDigest,
  MAX_TEXT_LENGTH,
  rejectRule,
  reviewerRule,
  roleNames,
  statusLabels,
  type Verdict,
} from '../domain/review';
import { AppError, badRequest, conflict, forbidden, notFound } from '../lib/errors';
import { swedishTime } from '../lib/time';
import { refuseLongText } from '../lib/validate';
import { storeSuggestion } from './drafting';
import { getAssessedGoal } from './reports';
import { recheckSections } from './section-stale';
import { checkInContext, loadSectionContext } from './sections';
import { recheckAfterLevel } from './stale';

export async function getSuggestion(db: Db, principal: Principal, id: string): Promise<{ row: SuggestionRow; reportId: string }> {
  const found = await findSuggestionInOrg(db, principal.orgId, id);
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
  return conflict(
    `Förslaget har ändrats sedan du läste det (du utgick från version ${base}; ${now}). Läs in det igen och gör om ditt val.`,
    { current },
  );
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

/** A person's own text is checked as a person's (a figure the data lacks is a warning), a draft as a model's (an error). */
function checkAgainst(doc: ReportDocument, goal: GoalAssessment, text: string, wordLimit: number, origin: TextOrigin) {
  return checkText({ doc, goalId: goal.goalId, text, level: goal.level, assessment: goal, wordLimit, origin });
}

/** A stored text checked against today's data: a goal's against the goal, a report-level section's against its section. */
async function checkStored(
  db: Db,
  principal: Principal,
  reportId: string,
  row: SuggestionRow,
  text: string,
  origin: TextOrigin,
): Promise<{ findings: Finding[]; digest: string | null }> {
  if (row.sectionId !== null) {
    const { findings, digest } = checkInContext(await loadSectionContext(db, principal.orgId, reportId, row.sectionId), text, origin);
    return { findings, digest };
  }
  const { row: report, doc, goalAssessment } = await getAssessedGoal(db, principal, reportId, row.goalId);
  return {
    findings: checkAgainst(doc, goalAssessment, text, report.wordLimit, origin),
    digest: factsDigest(doc, goalAssessment.goalId, goalAssessment.level),
  };
}

/** An official's own paragraph, checked and stored pending. */
export async function writeSuggestion(
  db: Db,
  principal: Principal,
  input: { reportId: string; goalId: string; text: unknown },
): Promise<SuggestionView> {
  const text = validText(input.text);
  const { row, doc, goalAssessment } = await getAssessedGoal(db, principal, input.reportId, input.goalId);
  const findings = checkAgainst(doc, goalAssessment, text, row.wordLimit, 'person');
  return storeSuggestion(db, principal, { reportPk: row.pk, doc, goal: goalAssessment, text, origin: 'manual', findings });
}

/** A new version of the text, checked again; the suggestion is pending again. */
export async function reviseText(
  db: Db,
  principal: Principal,
  input: { id: string; text: unknown; baseVersion: number },
): Promise<SuggestionView> {
  const { id, baseVersion } = input;
  const text = validText(input.text);
  const { row, reportId } = await getSuggestion(db, principal, id);
  enforce(editRule(row, principal.role));
  if (row.version !== baseVersion) throw staleVersion(baseVersion, suggestionView(row));
  // A person has edited it: from now on it is checked as a person's text.
  const { findings, digest } = await checkStored(db, principal, reportId, row, text, 'person');
  const result = await reviseSuggestion(db, {
    id,
    baseVersion,
    text,
    findings,
    verified: !hasErrors(findings),
    factsDigest: digest,
    actor: principal.name,
  });
  return landed(result, baseVersion).suggestion;
}

/**
 * Accepts a text for the report. The text is checked again against today's figures and level;
 * errors need an override reason, which is stored with the acceptance and shown wherever the text is.
 */
export async function acceptText(
  db: Db,
  principal: Principal,
  input: { id: string; baseVersion: number; override?: { reason?: string }; replaces?: string | null },
) {
  const { id, baseVersion, override, replaces } = input;
  const { row, reportId } = await getSuggestion(db, principal, id);
  enforce(reviewerRule(principal.role, 'godkänna'));
  if (row.version !== baseVersion) throw staleVersion(baseVersion, suggestionView(row));
  const { findings, digest } = await checkStored(db, principal, reportId, row, row.text, textOriginOf(row));
  const overridden = enforce(acceptRule({ status: row.status, stale: row.stale, findings }, principal.role, override));
  const result = await acceptSuggestion(db, {
    id,
    baseVersion,
    findings,
    factsDigest: digest,
    overrideReason: overridden ? override!.reason!.trim() : null,
    actor: principal.name,
    replaces,
  });
  const accepted = landed(result, baseVersion);
  // A goal's accepted text is part of what the report-level sections rest on.
  if (row.sectionId === null) await recheckSections(db, { orgId: principal.orgId, reportId, actor: principal.name });
  return accepted;
}

/**
 * Withdraws an editor's acceptance or rejection ("Ångra"): the text returns to review, and a
 * withdrawn acceptance puts back the accepted text it had superseded. Every event stays in the history.
 */
export async function withdrawDecision(db: Db, principal: Principal, input: { id: string; baseVersion: number }) {
  const { row, reportId } = await getSuggestion(db, principal, input.id);
  if (principal.role === 'official')
    throw forbidden(`Bara en redaktör kan ångra ett godkännande eller en avvisning; du är inloggad som ${roleNames.official}.`);
  if (row.version !== input.baseVersion) throw staleVersion(input.baseVersion, suggestionView(row));
  if (row.status !== 'accepted' && row.status !== 'rejected') {
    throw new AppError('conflict', `Texten är ${statusLabels[row.status]}; bara ett godkännande eller en avvisning kan ångras.`);
  }
  const result = await withdrawDecision_(db, { id: input.id, baseVersion: input.baseVersion, actor: principal.name });
  const landedResult = landed(result, input.baseVersion);
  // The goal's accepted text changed: the report-level sections rest on it.
  if (row.sectionId === null && row.status === 'accepted')
    await recheckSections(db, { orgId: principal.orgId, reportId, actor: principal.name });
  return { suggestion: landedResult.suggestion, reinstated: result.ok ? (result.reinstated ?? null) : null };
}

/** Rejects a text with a reason; without a baseVersion the version read now is the one rejected. */
export async function rejectText(
  db: Db,
  principal: Principal,
  input: { id: string; reason: string | undefined; baseVersion?: number },
): Promise<SuggestionView> {
  const { id, reason } = input;
  const { row } = await getSuggestion(db, principal, id);
  enforce(reviewerRule(principal.role, 'avvisa'));
  const base = input.baseVersion ?? row.version;
  if (row.version !== base) throw staleVersion(base, suggestionView(row));
  enforce(rejectRule(row, principal.role, reason));
  const result = await rejectSuggestion(db, { id, baseVersion: base, reason: reason!.trim(), actor: principal.name });
  return landed(result, base).suggestion;
}

/**
 * Sets a goal's final level (a level other than the computed one needs a reason), then checks the
 * goal's accepted and pending texts against it: a text arguing for the old level is flagged stale.
 */
export async function setFinalLevel(
  db: Db,
  principal: Principal,
  input: { reportId: string; goalId: string; level: string; reason?: string },
) {
  const { reportId, level, reason } = input;
  const { row, doc, goalAssessment } = await getAssessedGoal(db, principal, reportId, input.goalId);
  const check = validateOverride(doc, goalAssessment, level, reason);
  if (!check.ok) throw badRequest(check.message, check.field);
  const saved = await saveFinalLevel(db, {
    reportPk: row.pk,
    goalId: goalAssessment.goalId,
    computedLevel: goalAssessment.computedLevel,
    finalLevel: level,
    reason: reason?.trim() || undefined,
    by: principal.name,
  });
  const newLabel = scaleOf(doc).levels.find((l) => l.id === level)?.label ?? level;
  // The texts flagged stale say what changed: only the level, old → new.
  const changed = newLabel === goalAssessment.label ? undefined : [{ what: 'Slutlig nivå', from: goalAssessment.label, to: newLabel }];
  const staleSuggestions = await recheckAfterLevel(db, {
    orgId: principal.orgId,
    reportId,
    goalId: goalAssessment.goalId,
    actor: principal.name,
    changed,
  });
  return { ...saved, staleSuggestions };
}
