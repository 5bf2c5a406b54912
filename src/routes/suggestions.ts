/** @module Review API: suggested motivations per goal, their versions, the decisions on them and the report's audit trail. */
import { Hono } from 'hono';
import { z } from 'zod';
import { listEvents, listSuggestions, listVersions, suggestionView } from '../db/suggestions';
import { MAX_REASON_LENGTH, MAX_TEXT_LENGTH } from '../domain/review';
import type { AppEnv } from '../deps';
import { jsonBody, parseWith } from '../lib/validate';
import { acceptText, getReport, getSuggestion, rejectText, reviseText, withdrawDecision, writeSuggestion } from '../services';

const text = z.string().trim().min(1, 'skriv en text').max(MAX_TEXT_LENGTH, `högst ${MAX_TEXT_LENGTH} tecken`);
const version = z.number().int('ska vara ett heltal').min(1, 'ska vara minst 1');
const reason = z.string().trim().min(1, 'skriv ett skäl').max(MAX_REASON_LENGTH, `högst ${MAX_REASON_LENGTH} tecken`);

const listQuery = z.strictObject({
  goalId: z.string().min(1).optional(),
  sectionId: z.string().min(1).optional(),
  status: z
    .enum(['pending', 'accepted', 'rejected', 'superseded'], { error: 'ska vara pending, accepted, rejected eller superseded' })
    .optional(),
});
const writeBody = z.strictObject({ text });
const editBody = z.strictObject({ text, baseVersion: version });
const acceptBody = z.strictObject({
  baseVersion: version,
  override: z.strictObject({ reason }).optional(),
  /** The goal's accepted text the editor saw (null: none); another editor's acceptance since then is a 409. */
  replaces: z
    .string({ error: 'ska vara id för målets godkända text, eller null' })
    .min(1, 'ska vara id för målets godkända text, eller null')
    .nullable()
    .optional(),
});
const rejectBody = z.strictObject({ reason, baseVersion: version.optional() });
const withdrawBody = z.strictObject({ baseVersion: version });

export const suggestionRoutes = new Hono<AppEnv>()
  .get('/reports/:id/suggestions', async (c) => {
    const query = parseWith(listQuery, c.req.query());
    const { row } = await getReport(c.var.deps.db, c.var.principal, c.req.param('id'));
    return c.json({ suggestions: await listSuggestions(c.var.deps.db, row.pk, query) });
  })
  .post('/reports/:id/goals/:goalId/suggestions', async (c) => {
    const body = await jsonBody(c, writeBody);
    return c.json(
      await writeSuggestion(c.var.deps.db, c.var.principal, {
        reportId: c.req.param('id'),
        goalId: c.req.param('goalId'),
        text: body.text,
      }),
      201,
    );
  })
  .get('/reports/:id/history', async (c) => {
    const { goalId, sectionId } = parseWith(
      z.strictObject({ goalId: z.string().min(1).optional(), sectionId: z.string().min(1).optional() }),
      c.req.query(),
    );
    const { row } = await getReport(c.var.deps.db, c.var.principal, c.req.param('id'));
    return c.json({ events: await listEvents(c.var.deps.db, row.pk, goalId, sectionId) });
  })
  .get('/suggestions/:id', async (c) => {
    const { row, reportId } = await getSuggestion(c.var.deps.db, c.var.principal, c.req.param('id'));
    const versions = await listVersions(c.var.deps.db, [row.id]);
    return c.json({
      ...suggestionView(row),
      reportId,
      versions: versions.map((v) => ({
        version: v.version,
        text: v.text,
        findings: v.findings ?? [],
        createdBy: v.createdBy,
        createdAt: v.createdAt,
      })),
    });
  })
  .put('/suggestions/:id', async (c) => {
    const body = await jsonBody(c, editBody);
    return c.json(
      await reviseText(c.var.deps.db, c.var.principal, { id: c.req.param('id'), text: body.text, baseVersion: body.baseVersion }),
    );
  })
  .post('/suggestions/:id/accept', async (c) => {
    const body = await jsonBody(c, acceptBody);
    const result = await acceptText(c.var.deps.db, c.var.principal, { id: c.req.param('id'), ...body });
    return c.json({ ...result.suggestion, superseded: result.superseded });
  })
  .post('/suggestions/:id/reject', async (c) => {
    const body = await jsonBody(c, rejectBody);
    return c.json(await rejectText(c.var.deps.db, c.var.principal, { id: c.req.param('id'), ...body }));
  })
  .post('/suggestions/:id/withdraw', async (c) => {
    const body = await jsonBody(c, withdrawBody);
    return c.json(await withdrawDecision(c.var.deps.db, c.var.principal, { id: c.req.param('id'), ...body }));
  });
