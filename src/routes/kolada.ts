/** @module Kolada over HTTP: pull a report's Kolada figures (admin), search KPIs, list and restore revisions. */
import { Hono } from 'hono';
import { z } from 'zod';
import { parseYears } from '../domain/kolada';
import type { AppEnv } from '../deps';
import { requireRole } from '../lib/auth';
import { badRequest, invalid } from '../lib/errors';
import { parseWith } from '../lib/validate';

function parseJsonText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw invalid([{ path: '(dokumentet)', message: `ogiltig JSON: ${(e as Error).message}` }], 'Underlaget är inte giltig JSON.');
  }
}
import { pullKolada, reportRevisions, restoreRevision, searchKpis } from '../services';

const acceptKey = z.strictObject({
  indicatorId: z.string().min(1, 'ange indikatorns id'),
  period: z.string().regex(/^\d{4}$/, 'period ska vara ett år, ÅÅÅÅ'),
  field: z.string().min(1).optional(),
  goalId: z.string().min(1).optional(),
});

const pullBody = z.strictObject({
  years: z.union([z.string(), z.array(z.number().int().min(1900).max(2200))]).optional(),
  dryRun: z.boolean().optional(),
  /** The overwrites of typed values to apply, as listed in `changes`; nothing typed is applied otherwise. */
  accept: z.array(acceptKey).max(5000, 'högst 5 000 ändringar').optional(),
});

export const koladaRoutes = new Hono<AppEnv>()
  .post('/reports/:id/kolada', async (c) => {
    const principal = requireRole(c, 'admin');
    // An empty body pulls with the defaults.
    const raw = (await c.req.text()).trim();
    const body = raw === '' ? {} : parseWith(pullBody, parseJsonText(raw));
    let years: number[] | undefined;
    if (typeof body.years === 'string') {
      years = parseYears(body.years) ?? undefined;
      if (!years) throw badRequest('years ska vara ett år eller ett intervall, t.ex. "2019-2022".', 'years');
    } else if (body.years) years = [...new Set(body.years)].sort((a, b) => a - b);
    const { deps } = c.var;
    const result = await pullKolada(deps.db, deps.kolada, principal, {
      reportId: c.req.param('id'),
      years,
      dryRun: body.dryRun,
      accept: body.accept ?? [],
      maxRequests: deps.config.kolada.maxRequestsPerCall,
    });
    return c.json(result);
  })
  .get('/kolada/kpi', async (c) => {
    const kpis = await searchKpis(c.var.deps.kolada, c.req.query('title') ?? '');
    return c.json({ kpis, source: 'Källa: Kolada' });
  })
  .get('/reports/:id/revisions', async (c) => c.json(await reportRevisions(c.var.deps.db, c.var.principal, c.req.param('id'))))
  .post('/reports/:id/revisions/:revision/restore', async (c) => {
    const principal = requireRole(c, 'admin');
    const revision = Number(c.req.param('revision'));
    if (!Number.isInteger(revision) || revision < 1) throw badRequest('Versionen ska vara ett heltal från 1.', 'revision');
    return c.json(await restoreRevision(c.var.deps.db, principal, { reportId: c.req.param('id'), revision }));
  });
