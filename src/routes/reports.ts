/** @module Report import, export and listing: the report-data/v1 document in and out. */
import { Hono } from 'hono';
import { importReport, listReports, loadReportDocument } from '../db/reports';
import { hasOpenTexts, recheckAfterImport } from '../db/stale';
import { parseReportDocument } from '../domain/report';
import type { AppEnv } from '../deps';
import { forbidden, invalid } from '../lib/errors';
import { readJson } from '../lib/validate';
import { loadReport } from './load';

export const reportRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ reports: await listReports(c.var.deps.db, c.var.principal.orgId) }))
  .post('/', async (c) => {
    const parsed = parseReportDocument(await readJson(c));
    if (!parsed.ok) throw invalid(parsed.issues);
    const { doc } = parsed;
    if (doc.organisation.id !== c.var.principal.orgId) {
      throw forbidden(
        `Dokumentet gäller organisationen "${doc.organisation.id}" men din token hör till "${c.var.principal.orgId}". Inget har sparats.`,
      );
    }
    const { db } = c.var.deps;
    const ref = { orgId: doc.organisation.id, reportId: doc.report.id };
    const texts = await hasOpenTexts(db, ref.orgId, ref.reportId);
    const previous = texts ? await loadReportDocument(db, ref.orgId, ref.reportId) : undefined;
    const result = await importReport(db, doc);
    if (result.created) return c.json(result, 201);
    // New figures: texts checked against the old ones are checked again and flagged, never changed.
    const stale = texts ? await recheckAfterImport(db, { ...ref, previous: previous?.doc, actor: c.var.principal.name }) : [];
    return c.json({ ...result, staleSuggestions: stale }, 200);
  })
  .get('/:id', async (c) => c.json((await loadReport(c, c.req.param('id'))).doc));
