/** @module The list of reports with each one's progress, a report's overview, and its export for a signed-in person. */
import { Hono } from 'hono';
import { listReports, loadReportDocument } from '../../db/reports';
import { listEvents, listSuggestions } from '../../db/suggestions';
import type { AppEnv } from '../../deps';
import { goalReviewStatus } from '../../domain/review';
import { badRequest } from '../../lib/errors';
import { OverviewPage, progressOf } from '../../web/overview';
import { EVENT_KINDS, HistoryPage } from '../../web/history';
import { PreviewPage } from '../../web/preview';
import { ReportListPage } from '../../web/report-pages';
import { clearOverallLevel, clearRollUp, getReportSection, listReportSections, setOverallLevel, setRollUpLevel } from '../../services';
import { assessesGoals, levelsBestFirst, scaleOf } from '../../domain/report';
import { AppError } from '../../lib/errors';
import { httpStatus } from '../../lib/http-status';
import type { Notice } from '../../web/layout';
import type { Typed } from './goal';
import { differencesOf } from '../../export/section';
import { exportFormats, exportResponse, type ExportFormat } from '../export';
import { loadAssessedReport } from '../load';
import { formFields, page, reportPath, user, type Ctx } from './common';

/** A report's overview, with a notice and, after a refused roll-up form, what it held. */
async function overviewPage(c: Ctx, reportId: string, opts: { notice?: Notice | null; status?: number; typed?: Typed } = {}) {
  const { row, doc, assessment } = await loadAssessedReport(c, reportId);
  const all = await listSuggestions(c.var.deps.db, row.pk);
  const goals = doc.goals.map((g, i) => {
    const a = assessment.goals.find((x) => x.goalId === g.id)!;
    const mine = all.filter((s) => s.goalId === g.id);
    return {
      number: i + 1,
      goalId: g.id,
      title: g.title,
      area: g.area ?? null,
      councilGoal: g.councilGoal ?? null,
      computedLabel: a.computedLabel,
      finalLabel: a.label,
      overridden: a.level !== a.computedLevel,
      overriddenBy: a.override?.by ?? null,
      status: goalReviewStatus(mine),
      waiting: mine.filter((s) => s.status === 'pending').length,
    };
  });
  return page(
    c,
    OverviewPage({
      user: user(c),
      report: { id: row.reportId, title: doc.report.title ?? row.reportId },
      goals,
      areas: assessment.areas,
      councilGoals: assessment.councilGoals,
      overall: assessment.overall,
      sections: (await listReportSections(c.var.deps.db, c.var.principal, row.reportId)).map((s) => ({
        id: s.id,
        title: s.title,
        level: s.level?.label ?? null,
        status: s.status,
      })),
      differences: differencesOf(doc, assessment),
      mine: c.req.query('visa') === 'mina',
      levels: assessesGoals(doc) ? levelsBestFirst(scaleOf(doc)).map((l) => ({ id: l.id, label: l.label })) : [],
      notice: opts.notice ?? null,
      typed: opts.typed,
    }),
    opts.status ?? 200,
  );
}

export const reportPages = new Hono<AppEnv>()
  .get('/rapporter', async (c) => {
    const { db } = c.var.deps;
    const list = await listReports(db, c.var.principal.orgId);
    // Each report's progress: its goals' text status, from its document and its texts.
    const reports = await Promise.all(
      list.map(async (r) => {
        const found = await loadReportDocument(db, c.var.principal.orgId, r.id);
        if (!found) return { ...r, progress: null };
        const all = await listSuggestions(db, found.row.pk);
        return {
          ...r,
          progress: progressOf(found.doc.goals.map((g) => ({ status: goalReviewStatus(all.filter((s) => s.goalId === g.id)) }))),
        };
      }),
    );
    return page(c, ReportListPage({ user: user(c), reports }));
  })
  .get('/rapporter/:id', async (c) => {
    const done = c.req.query('klart');
    const notice =
      done === 'samlad'
        ? { kind: 'ok' as const, text: 'Den samlade bedömningen är sparad och står i historiken.' }
        : done === 'aterstalld'
          ? { kind: 'ok' as const, text: 'Den samlade bedömningen för hela rapporten är den beräknade igen; ändringen står i historiken.' }
          : done === 'samlad-aterstalld'
            ? { kind: 'ok' as const, text: 'Den samlade bedömningen är den beräknade igen; ändringen står i historiken.' }
            : null;
    return overviewPage(c, c.req.param('id'), { notice });
  })
  .post('/rapporter/:id/samlad/:key/niva', async (c) => {
    const form = await formFields(c);
    const reportId = c.req.param('id');
    try {
      await setRollUpLevel(c.var.deps.db, c.var.principal, {
        reportId,
        key: c.req.param('key'),
        level: form.level ?? '',
        reason: form.reason,
      });
      return c.redirect(`${reportPath(reportId)}?klart=samlad`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code === 'not_found' || httpStatus(err) >= 500) throw err;
      return overviewPage(c, reportId, {
        notice: { kind: 'error', text: err.message },
        status: httpStatus(err),
        typed: { form: `samlad:${c.req.param('key')}`, fields: form },
      });
    }
  })
  .post('/rapporter/:id/samlad/:key/niva/aterstall', async (c) => {
    const reportId = c.req.param('id');
    await clearRollUp(c.var.deps.db, c.var.principal, { reportId, key: c.req.param('key') });
    return c.redirect(`${reportPath(reportId)}?klart=samlad-aterstalld`, 303);
  })
  .post('/rapporter/:id/samlad-niva', async (c) => {
    const form = await formFields(c);
    const reportId = c.req.param('id');
    try {
      await setOverallLevel(c.var.deps.db, c.var.principal, { reportId, level: form.level ?? '', reason: form.reason });
      return c.redirect(`${reportPath(reportId)}?klart=samlad`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code === 'not_found' || httpStatus(err) >= 500) throw err;
      return overviewPage(c, reportId, {
        notice: { kind: 'error', text: err.message },
        status: httpStatus(err),
        typed: { form: 'overall', fields: form },
      });
    }
  })
  .post('/rapporter/:id/samlad-niva/aterstall', async (c) => {
    const reportId = c.req.param('id');
    await clearOverallLevel(c.var.deps.db, c.var.principal, { reportId });
    return c.redirect(`${reportPath(reportId)}?klart=aterstalld`, 303);
  })
  .get('/rapporter/:id/export', async (c) => {
    const format = c.req.query('format') ?? '';
    if (!(exportFormats as readonly string[]).includes(format))
      throw badRequest(`Okänt format "${format}"; välj ${exportFormats.join(', ')}.`, 'format');
    return exportResponse(c, c.req.param('id'), format as ExportFormat, c.req.query('visa') ? 'inline' : 'attachment');
  })
  .get('/rapporter/:id/forhandsvisning', async (c) => {
    const section = await getReportSection(c.var.deps.db, c.var.principal, c.req.param('id'));
    const { doc } = await loadAssessedReport(c, c.req.param('id'));
    const numbers = Object.fromEntries(doc.goals.map((g, i) => [g.id, i + 1]));
    return page(c, PreviewPage({ user: user(c), section, numbers }));
  })
  .get('/rapporter/:id/historik', async (c) => {
    const { row, doc } = await loadAssessedReport(c, c.req.param('id'));
    const all = await listEvents(c.var.deps.db, row.pk);
    const filter = {
      actor: c.req.query('vem') || undefined,
      goalId: c.req.query('mal') || undefined,
      kind: c.req.query('typ') || undefined,
    };
    const kind = filter.kind ? EVENT_KINDS[filter.kind] : undefined;
    const events = all.filter(
      (e) =>
        (!filter.actor || e.actor === filter.actor) &&
        (!filter.goalId || e.goalId === filter.goalId) &&
        (!kind || kind.actions.includes(e.action)),
    );
    return page(
      c,
      HistoryPage({
        user: user(c),
        report: { id: row.reportId, title: doc.report.title ?? row.reportId },
        goals: doc.goals.map((g, i) => ({ id: g.id, number: i + 1, title: g.title })),
        events,
        actors: [...new Set(all.map((e) => e.actor))].sort((a, b) => a.localeCompare(b, 'sv')),
        filter,
      }),
    );
  });
