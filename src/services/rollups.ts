/**
 * @module An official's level for a roll-up (the samlad bedömning of a kommunfullmäktigemål or
 * målområde), as for a goal: in the scale, with a reason when it differs from the computed one,
 * stored with an event in the samlad bedömning's history; section texts resting on it are checked again.
 */
import { clearRollUpLevel, saveRollUpLevel } from '../db/assessments';
import type { Db } from '../db/client';
import type { Principal } from '../db/tokens';
import { OVERALL_KEY, validateRollUpLevel } from '../domain/assessment';
import { assessesGoals, levelsBestFirst, scaleOf } from '../domain/report';
import { badRequest, notFound } from '../lib/errors';
import { getAssessedReport } from './reports';
import { recheckSections } from './section-stale';

export async function setRollUpLevel(
  db: Db,
  principal: Principal,
  input: { reportId: string; key: string; level: string; reason?: string },
) {
  const { row, doc, assessment } = await getAssessedReport(db, principal, input.reportId);
  if (!assessesGoals(doc))
    throw badRequest('Rapporten bedömer inte målen (den har ingen bedömningsskala), så den har ingen samlad bedömning att sätta.', 'level');
  const all = [...assessment.councilGoals, ...assessment.areas];
  const rollUp = all.find((r) => r.key === input.key);
  if (!rollUp) {
    throw notFound(
      `Den samlade bedömningen "${input.key}" finns inte i rapporten "${input.reportId}"${all.length ? ` (finns: ${[...new Set(all.map((r) => r.key))].join(', ')})` : ''}.`,
    );
  }
  const check = validateRollUpLevel(doc, rollUp, input.level, input.reason);
  if (!check.ok) throw badRequest(check.message, check.field);
  const saved = await saveRollUpLevel(db, {
    reportPk: row.pk,
    key: rollUp.key,
    sectionId: `samlad-bedomning:${rollUp.key}`,
    title: rollUp.title,
    computedLevel: rollUp.computedLevel,
    finalLevel: input.level,
    label: levelsBestFirst(scaleOf(doc)).find((l) => l.id === input.level)?.label ?? input.level,
    reason: input.reason?.trim() || undefined,
    by: principal.name,
  });
  const staleSuggestions = await recheckSections(db, { orgId: principal.orgId, reportId: input.reportId, actor: principal.name });
  return { ...saved, title: rollUp.title, staleSuggestions };
}

/** Removes a set level (404 with `notSet` when none was set) and checks the section texts resting on it again. */
async function takeBack(db: Db, principal: Principal, reportId: string, entry: Parameters<typeof clearRollUpLevel>[1], notSet: string) {
  if (!(await clearRollUpLevel(db, entry))) throw notFound(notSet);
  return recheckSections(db, { orgId: principal.orgId, reportId, actor: principal.name });
}

/** Takes back an official's level for a roll-up: the computed one (the median of its goals) applies again; the change is in the history. */
export async function clearRollUp(db: Db, principal: Principal, input: { reportId: string; key: string }) {
  const { row, assessment } = await getAssessedReport(db, principal, input.reportId);
  const rollUp = [...assessment.councilGoals, ...assessment.areas].find((r) => r.key === input.key);
  if (!rollUp) throw notFound(`Den samlade bedömningen "${input.key}" finns inte i rapporten "${input.reportId}".`);
  const staleSuggestions = await takeBack(
    db,
    principal,
    input.reportId,
    {
      reportPk: row.pk,
      key: rollUp.key,
      sectionId: `samlad-bedomning:${rollUp.key}`,
      action: 'rollup.level.cleared',
      detail: { rollUp: rollUp.key, title: rollUp.title, computedLevel: rollUp.computedLevel, label: rollUp.computedLabel },
      by: principal.name,
    },
    `Ingen har satt den samlade bedömningen för ”${rollUp.title}”; den är redan den beräknade.`,
  );
  return { key: rollUp.key, title: rollUp.title, level: rollUp.computedLevel, label: rollUp.computedLabel, staleSuggestions };
}

/** The section whose level is the whole report's: its text is checked again when the level changes, and the change is in its history. */
const OVERALL_SECTION = 'sammanfattning';

/**
 * An official's level for the whole report ("Samlad bedömning"), as for a roll-up: in the scale,
 * with a reason when it differs from the computed one (the median of the goals' final levels).
 */
export async function setOverallLevel(db: Db, principal: Principal, input: { reportId: string; level: string; reason?: string }) {
  const { row, doc, assessment } = await getAssessedReport(db, principal, input.reportId);
  if (!assessesGoals(doc))
    throw badRequest('Rapporten bedömer inte målen (den har ingen bedömningsskala), så den har ingen samlad bedömning att sätta.', 'level');
  const check = validateRollUpLevel(doc, assessment.overall, input.level, input.reason);
  if (!check.ok) throw badRequest(check.message, check.field);
  const label = levelsBestFirst(scaleOf(doc)).find((l) => l.id === input.level)?.label ?? input.level;
  const saved = await saveRollUpLevel(db, {
    reportPk: row.pk,
    key: OVERALL_KEY,
    sectionId: OVERALL_SECTION,
    title: 'hela rapporten',
    computedLevel: assessment.overall.computedLevel,
    finalLevel: input.level,
    label,
    reason: input.reason?.trim() || undefined,
    by: principal.name,
    action: 'overall.level.set',
  });
  const staleSuggestions = await recheckSections(db, { orgId: principal.orgId, reportId: input.reportId, actor: principal.name });
  const { key: _, ...rest } = saved;
  return { ...rest, label, computedLabel: assessment.overall.computedLabel, staleSuggestions };
}

/** Takes back an official's level for the whole report: the computed one applies again; the change is in the history. */
export async function clearOverallLevel(db: Db, principal: Principal, input: { reportId: string }) {
  const { row, assessment } = await getAssessedReport(db, principal, input.reportId);
  const staleSuggestions = await takeBack(
    db,
    principal,
    input.reportId,
    {
      reportPk: row.pk,
      key: OVERALL_KEY,
      sectionId: OVERALL_SECTION,
      action: 'overall.level.cleared',
      detail: { computedLevel: assessment.overall.computedLevel, label: assessment.overall.computedLabel },
      by: principal.name,
    },
    `Ingen har satt den samlade bedömningen för rapporten "${input.reportId}"; den är redan den beräknade.`,
  );
  return {
    level: assessment.overall.computedLevel,
    label: assessment.overall.computedLabel,
    computedLevel: assessment.overall.computedLevel,
    computedLabel: assessment.overall.computedLabel,
    staleSuggestions,
  };
}
