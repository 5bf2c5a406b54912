/**
 * @module `POST /reports/:id/goals/:goalId/drafts`: drafts a goal's motivation (offline or by the
 * configured model) and stores it as a pending suggestion; beside a model draft that stayed
 * unverified, the offline draft is stored too (see `services/drafting.ts`).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps';
import { jsonBody, parseWith } from '../lib/validate';
import { draftSuggestion } from '../services';

export const MAX_INSTRUCTIONS = 1000;

export const draftBody = z.strictObject({
  instructions: z.string().trim().max(MAX_INSTRUCTIONS, `högst ${MAX_INSTRUCTIONS} tecken`).optional(),
  mode: z.enum(['offline', 'llm'], { error: 'ska vara "offline" eller "llm"' }).optional(),
});

export const draftRoutes = new Hono<AppEnv>().post('/reports/:id/goals/:goalId/drafts', async (c) => {
  // An empty body asks for a draft with the defaults.
  const body = (await c.req.text()).trim() === '' ? parseWith(draftBody, {}) : await jsonBody(c, draftBody);
  const { db, openai, config } = c.var.deps;
  const { suggestion, offline } = await draftSuggestion({ db, openai, model: config.llm?.model }, c.var.principal, {
    reportId: c.req.param('id'),
    goalId: c.req.param('goalId'),
    ...body,
  });
  return c.json(
    {
      ...suggestion,
      ...(offline ? { offline: { id: offline.id, text: offline.text, findings: offline.findings, verified: offline.verified } } : {}),
    },
    201,
  );
});
