/**
 * @module An official's level for a roll-up (the samlad bedömning of a kommunfullmäktigemål or
 * målområde), as for a goal: in the scale, with a reason when it differs from the computed one,
 * stored with an event in the samlad bedömning's history; section texts resting on it are checked again.
 */
import { saveRollUpLevel } from '../db/assessments';
import type { Db } from '../db/client';
import type { Principal } from '../db/tokens';
import { validateRollUpLevel } from '../domain/assessment';
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
