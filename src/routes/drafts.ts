/** @module Drafts a goal's motivation (offline or by the configured model) and stores it as a pending suggestion. */
import { Hono } from 'hono';
import { z } from 'zod';
import { publishedMotivations } from '../db/published';
import { createSuggestion } from '../db/suggestions';
import { factsDigest } from '../domain/suggestions';
import type { AppEnv } from '../deps';
import { usableExamples } from '../llm/draft-prompt';
import { draftMotivation, styleExamplesFor } from '../llm/drafting';
import { jsonBody, parseWith } from '../lib/validate';
import { loadGoal } from './load';

export const MAX_INSTRUCTIONS = 1000;

const draftBody = z.strictObject({
  instructions: z.string().trim().max(MAX_INSTRUCTIONS, `högst ${MAX_INSTRUCTIONS} tecken`).optional(),
  mode: z.enum(['offline', 'llm'], { error: 'ska vara "offline" eller "llm"' }).optional(),
});

export const draftRoutes = new Hono<AppEnv>().post('/reports/:id/goals/:goalId/drafts', async (c) => {
  // An empty body asks for a draft with the defaults.
  const body = (await c.req.text()).trim() === '' ? parseWith(draftBody, {}) : await jsonBody(c, draftBody);
  const { row, doc, goalAssessment } = await loadGoal(c, c.req.param('id'), c.req.param('goalId'));
  const { db, openai, config } = c.var.deps;
  const goalId = goalAssessment.goalId;
  let styleExamples = styleExamplesFor(doc, goalId);
  // A plan has no published texts yet: the organisation's earlier reports show its style.
  if (styleExamples.length === 0 && openai && body.mode !== 'offline') {
    styleExamples = usableExamples(await publishedMotivations(db, c.var.principal.orgId, row.pk));
  }
  const result = await draftMotivation(
    openai,
    { doc, goalId, assessment: goalAssessment, instructions: body.instructions || undefined, mode: body.mode, styleExamples },
    { model: config.llm?.model },
  );
  const suggestion = await createSuggestion(db, {
    reportPk: row.pk,
    goalId,
    text: result.text,
    origin: result.provenance.mode,
    level: goalAssessment.level,
    verified: result.verified,
    findings: result.findings,
    provenance: result.provenance,
    factsDigest: factsDigest(doc, goalId, goalAssessment.level) ?? undefined,
    createdBy: c.var.principal.name,
  });
  return c.json({ ...suggestion, ...(result.offline ? { offline: result.offline } : {}) }, 201);
});
