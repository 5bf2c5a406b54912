/** @module Report import, export and listing: the report-data/v1 document in and out. */
import { Hono } from 'hono';
import { listReports } from '../db/reports';
import { importReportFlaggingStale } from '../db/stale';
import { parseReportDocument } from '../domain/report';
import type { AppEnv } from '../deps';
import { forbidden, invalid } from '../lib/errors';
import { readReportJson } from '../lib/validate';
import { loadReport } from './load';

export const reportRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ reports: await listReports(c.var.deps.db, c.var.principal.orgId) }))
  .post('/', async (c) => {
    const parsed = parseReportDocument(await readReportJson(c));
    if (!parsed.ok) throw invalid(parsed.issues);
    const { doc } = parsed;
    if (doc.organisation.id !== c.var.principal.orgId) {
      throw forbidden(
        `Dokumentet gäller organisationen "${doc.organisation.id}" men din token hör till "${c.var.principal.orgId}". Inget har sparats.`,
      );
    }
    // Figures and stale flags in one transaction (src/db/stale.ts).
    const { staleSuggestions, ...result } = await importReportFlaggingStale(c.var.deps.db, doc, c.var.principal.name);
    if (result.created) return c.json(result, 201);
    return c.json({ ...result, staleSuggestions }, 200);
  })
  .get('/:id', async (c) => c.json((await loadReport(c, c.req.param('id'))).doc));
