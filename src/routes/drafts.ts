/**
 * @module Drafts a goal's motivation (offline or by the configured model) and stores it as a pending
 * suggestion; beside a model draft that stayed unverified, the offline draft is stored too.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { publishedMotivations } from '../db/published';
import { writeTransaction } from '../db/client';
import { createSuggestion } from '../db/suggestions';
import { hasErrors } from '../domain/checker';
import { factsDigest } from '../domain/review';
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
  const base = { reportPk: row.pk, goalId, level: goalAssessment.level, factsDigest: factsDigest(doc, goalId, goalAssessment.level) ?? undefined, createdBy: c.var.principal.name };
  // The model's draft and, beside one that stayed unverified, the offline draft: both stored for review, or neither.
  const { suggestion, offline } = await writeTransaction(db, async (tx) => {
    const stored = await createSuggestion(tx, {
      ...base,
      text: result.text,
      origin: result.provenance.mode,
      verified: result.verified,
      findings: result.findings,
      provenance: result.provenance,
    });
    const beside = result.offline
      ? await createSuggestion(tx, {
          ...base,
          text: result.offline.text,
          origin: 'offline',
          verified: !hasErrors(result.offline.findings),
          findings: result.offline.findings,
          provenance: { mode: 'offline', attempts: 0, tokensIn: 0, tokensOut: 0, latencyMs: 0, offeredBeside: stored.id },
        })
      : null;
    return { suggestion: stored, offline: beside };
  });
  return c.json({ ...suggestion, ...(offline ? { offline: { id: offline.id, text: offline.text, findings: offline.findings, verified: offline.verified } } : {}) }, 201);
});
