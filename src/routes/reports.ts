/** @module Report import, export and listing: the report-data/v1 document in and out. */
import { Hono } from 'hono';
import { listReports } from '../db/reports';
import type { AppEnv } from '../deps';
import { sharedJson } from '../lib/json-answer';
import { readReportDocument } from '../lib/report-input';
import { sliceYield } from '../lib/yield';
import { getReport, importReportFor } from '../services';

export const reportRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ reports: await listReports(c.var.deps.db, c.var.principal.orgId) }))
  .post('/', async (c) => {
    // Reading and validating a report at the limits happens off the event loop on Node (in slices
    // elsewhere), and storing it gives other requests a turn between batches of rows.
    const doc = await readReportDocument(c);
    await sliceYield();
    const { staleSuggestions, ...result } = await importReportFor(c.var.deps.db, c.var.principal, doc);
    if (result.created) return c.json(result, 201);
    // New figures: texts checked against the old ones were checked again and flagged, never changed.
    return c.json({ ...result, staleSuggestions }, 200);
  })
  .get('/:id', async (c) => sharedJson(c, (await getReport(c.var.deps.db, c.var.principal, c.req.param('id'))).doc));
