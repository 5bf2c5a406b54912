/** @module Report-level sections (samlad bedömning, sammanfattning, förbättringsområden, ekonomi): list, draft and write, beside the goal routes. */
import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../domain/review';
import type { AppEnv } from '../deps';
import { jsonBody, parseWith } from '../lib/validate';
import { draftSectionSuggestion, listActivities, listReportSections, writeSectionText } from '../services';

const draftBody = z.strictObject({
  mode: z.enum(['offline', 'llm'], { error: 'ska vara "offline" eller "llm"' }).optional(),
  instructions: z.string().trim().max(1000, 'högst 1000 tecken').optional(),
});
export const writeBody = z.strictObject({
  text: z.string().trim().min(1, 'skriv en text').max(MAX_TEXT_LENGTH, `högst ${MAX_TEXT_LENGTH} tecken`),
});

export const sectionRoutes = new Hono<AppEnv>()
  .get('/reports/:id/sections', async (c) =>
    c.json({ sections: await listReportSections(c.var.deps.db, c.var.principal, c.req.param('id')) }),
  )
  .get('/reports/:id/activities', async (c) =>
    c.json({ activities: await listActivities(c.var.deps.db, c.var.principal, c.req.param('id')) }),
  )
  .post('/reports/:id/sections/:sectionId/drafts', async (c) => {
    // An empty body asks for a draft with the defaults: by the model when one is configured, else offline.
    const body = (await c.req.text()).trim() === '' ? parseWith(draftBody, {}) : await jsonBody(c, draftBody);
    const { db, openai, config } = c.var.deps;
    const { suggestion, offline } = await draftSectionSuggestion({ db, openai, model: config.llm?.model }, c.var.principal, {
      reportId: c.req.param('id'),
      sectionId: c.req.param('sectionId'),
      ...body,
    });
    return c.json(
      {
        ...suggestion,
        ...(offline ? { offline: { id: offline.id, text: offline.text, findings: offline.findings, verified: offline.verified } } : {}),
      },
      201,
    );
  })
  .post('/reports/:id/sections/:sectionId/suggestions', async (c) => {
    const body = await jsonBody(c, writeBody);
    return c.json(await writeSectionText(c.var.deps.db, c.var.principal, c.req.param('id'), c.req.param('sectionId'), body.text), 201);
  });
