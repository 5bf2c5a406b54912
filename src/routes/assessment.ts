/** @module The computed assessment of a report, an official's final level per goal, and stateless assessment. */
import { Hono } from 'hono';
import { z } from 'zod';
import { saveFinalLevel } from '../db/assessments';
import { assessReport, validateOverride } from '../domain/assessment';
import { parseReportDocument } from '../domain/report';
import type { AppEnv } from '../deps';
import { badRequest, invalid } from '../lib/errors';
import { jsonBody, readJson } from '../lib/validate';
import { loadAssessedReport, loadGoal } from './load';

const levelBody = z.strictObject({
  level: z.string().min(1, 'ange en nivå ur rapportens skala'),
  reason: z.string().trim().max(2000, 'högst 2 000 tecken').optional(),
});

export const assessmentRoutes = new Hono<AppEnv>()
  .get('/reports/:id/assessment', async (c) => c.json((await loadAssessedReport(c, c.req.param('id'))).assessment))
  .put('/reports/:id/goals/:goalId/level', async (c) => {
    const body = await jsonBody(c, levelBody);
    const { row, doc, goalAssessment } = await loadGoal(c, c.req.param('id'), c.req.param('goalId'));
    const check = validateOverride(doc, goalAssessment, body.level, body.reason);
    if (!check.ok) throw badRequest(check.message, check.field);
    const saved = await saveFinalLevel(c.var.deps.db, {
      reportPk: row.pk,
      goalId: goalAssessment.goalId,
      computedLevel: goalAssessment.computedLevel,
      finalLevel: body.level,
      reason: body.reason || undefined,
      by: c.var.principal.name,
    });
    return c.json(saved);
  })
  .post('/assess', async (c) => {
    const parsed = parseReportDocument(await readJson(c));
    if (!parsed.ok) throw invalid(parsed.issues);
    return c.json(assessReport(parsed.doc));
  });
