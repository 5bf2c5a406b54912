/** @module Report import, export and listing: the report-data/v1 document in and out. */
import { Hono } from 'hono';
import { listReports } from '../db/reports';
import { parseReportDocument } from '../domain/report';
import type { AppEnv } from '../deps';
import { invalid } from '../lib/errors';
import { sharedJson } from '../lib/json-answer';
import { readReportJson } from '../lib/validate';
import { sliceYield } from '../lib/yield';
import { getReport, importReportFor } from '../services';

export const reportRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ reports: await listReports(c.var.deps.db, c.var.principal.orgId) }))
  .post('/', async (c) => {
    const raw = await readReportJson(c);
    // Reading, validating and storing a report at the limits each take a while: other requests
    // get a turn in between (and between the batches of rows, see src/db/reports.ts).
    await sliceYield();
    const parsed = parseReportDocument(raw);
    if (!parsed.ok) throw invalid(parsed.issues);
    await sliceYield();
    const { staleSuggestions, ...result } = await importReportFor(c.var.deps.db, c.var.principal, parsed.doc);
    if (result.created) return c.json(result, 201);
    // New figures: texts checked against the old ones were checked again and flagged, never changed.
    return c.json({ ...result, staleSuggestions }, 200);
  })
  .get('/:id', async (c) => sharedJson(c, (await getReport(c.var.deps.db, c.var.principal, c.req.param('id'))).doc));
