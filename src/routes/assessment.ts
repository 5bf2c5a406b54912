/** @module The computed assessment of a report, an official's final level per goal, and stateless assessment. */
import { Hono } from 'hono';
import { z } from 'zod';
import { assessReportInSlices } from '../domain/assessment';
import type { AppEnv } from '../deps';
import { sharedJson } from '../lib/json-answer';
import { readReportDocument } from '../lib/report-input';
import { jsonBody } from '../lib/validate';
import { sliceYield } from '../lib/yield';
import { clearOverallLevel, clearRollUp, getAssessedReport, setFinalLevel, setOverallLevel, setRollUpLevel } from '../services';

const levelBody = z.strictObject({
  level: z.string().min(1, 'ange en nivå ur rapportens skala'),
  reason: z.string().trim().max(2000, 'högst 2 000 tecken').optional(),
});

export const assessmentRoutes = new Hono<AppEnv>()
  .get('/reports/:id/assessment', async (c) =>
    sharedJson(c, (await getAssessedReport(c.var.deps.db, c.var.principal, c.req.param('id'))).assessment),
  )
  .put('/reports/:id/goals/:goalId/level', async (c) => {
    const body = await jsonBody(c, levelBody);
    return c.json(
      await setFinalLevel(c.var.deps.db, c.var.principal, { reportId: c.req.param('id'), goalId: c.req.param('goalId'), ...body }),
    );
  })
  .post('/reports/:id/rollups/:key/level', async (c) => {
    const body = await jsonBody(c, levelBody);
    return c.json(await setRollUpLevel(c.var.deps.db, c.var.principal, { reportId: c.req.param('id'), key: c.req.param('key'), ...body }));
  })
  .delete('/reports/:id/rollups/:key/level', async (c) =>
    c.json(await clearRollUp(c.var.deps.db, c.var.principal, { reportId: c.req.param('id'), key: c.req.param('key') })),
  )
  .put('/reports/:id/level', async (c) => {
    const body = await jsonBody(c, levelBody);
    return c.json(await setOverallLevel(c.var.deps.db, c.var.principal, { reportId: c.req.param('id'), ...body }));
  })
  .delete('/reports/:id/level', async (c) =>
    c.json(await clearOverallLevel(c.var.deps.db, c.var.principal, { reportId: c.req.param('id') })),
  )
  .post('/assess', async (c) => {
    const doc = await readReportDocument(c);
    await sliceYield();
    return c.json(await assessReportInSlices(doc, [], sliceYield));
  });
