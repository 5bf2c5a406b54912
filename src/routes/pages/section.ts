/**
 * @module A report-level section's page and its forms (draft from the data, own text). Review of a
 * section's texts (edit, accept, reject, undo) goes through the goal page's suggestion forms, which
 * come back here for a section's text.
 */
import { Hono } from 'hono';
import { listEvents, listSuggestions, listVersions } from '../../db/suggestions';
import type { AppEnv } from '../../deps';
import { parseWith } from '../../lib/validate';
import { writeBody } from '../sections';
import { goalReviewStatus } from '../../domain/review';
import { draftReportSection, loadSectionContext, writeSectionText } from '../../services';
import type { Notice } from '../../web/layout';
import { SectionPage, sectionPath } from '../../web/section-page';
import { checkedNotice, formAction, messages, type Typed } from './goal';
import { formFields, page, user, type Ctx } from './common';

export async function sectionPage(
  c: Ctx,
  reportId: string,
  sectionId: string,
  opts: { notice?: Notice | null; status?: number; typed?: Typed; checked?: { done: string; id: string } } = {},
) {
  const ctx = await loadSectionContext(c.var.deps.db, c.var.principal.orgId, reportId, sectionId);
  const db = c.var.deps.db;
  const section = ctx.section;
  const suggestions = await listSuggestions(db, ctx.row.pk, { sectionId: section.id });
  const versions = await listVersions(
    db,
    suggestions.map((s) => s.id),
  );
  const events = await listEvents(db, ctx.row.pk, undefined, section.id);
  const checked = opts.checked ? suggestions.find((s) => s.id === opts.checked!.id) : undefined;
  const notice = opts.checked
    ? checkedNotice(opts.checked.done, checked?.findings as { severity: string }[] | undefined)
    : (opts.notice ?? null);
  const goals = section.goals.map((id) => {
    const index = ctx.doc.goals.findIndex((g) => g.id === id);
    return {
      id,
      number: index + 1,
      title: ctx.doc.goals[index]?.title ?? id,
      label: ctx.assessment.goals.find((g) => g.goalId === id)?.label ?? '',
    };
  });
  return page(
    c,
    SectionPage({
      user: user(c),
      canReview: c.var.principal.role !== 'official',
      report: { id: ctx.row.reportId, title: ctx.doc.report.title ?? ctx.row.reportId },
      section: {
        id: section.id,
        title: section.title,
        kind: section.kind,
        level: section.level?.label ?? null,
        forecast: section.forecast,
      },
      goals,
      status: goalReviewStatus(suggestions),
      suggestions: suggestions.map((s) => ({ ...s, versions: versions.filter((v) => v.suggestionId === s.id) })),
      events,
      wordLimit: ctx.row.wordLimit,
      notice,
      typed: opts.typed,
      pageUrl: sectionPath(ctx.row.reportId, section.id),
    }),
    opts.status ?? 200,
  );
}

export const sectionPages = new Hono<AppEnv>()
  .get('/rapporter/:id/avsnitt/:sectionId', async (c) => {
    const done = c.req.query('klart');
    const id = c.req.query('forslag');
    const notice = done && messages[done] ? { kind: 'ok' as const, text: messages[done] } : null;
    return sectionPage(c, c.req.param('id'), c.req.param('sectionId'), { notice, ...(done && id ? { checked: { done, id } } : {}) });
  })
  .post('/rapporter/:id/avsnitt/:sectionId/utkast', async (c) => {
    const where = async () => ({ reportId: c.req.param('id'), goalId: '', sectionId: c.req.param('sectionId') });
    return formAction(c, where, async () => ({
      done: 'utkast',
      id: (await draftReportSection(c.var.deps.db, c.var.principal, c.req.param('id'), c.req.param('sectionId'))).id,
    }));
  })
  .post('/rapporter/:id/avsnitt/:sectionId/forslag', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: '', sectionId: c.req.param('sectionId') });
    return formAction(
      c,
      where,
      async () => ({
        done: 'sparad',
        id: (
          await writeSectionText(
            c.var.deps.db,
            c.var.principal,
            c.req.param('id'),
            c.req.param('sectionId'),
            parseWith(writeBody, { text: form.text ?? '' }).text,
          )
        ).id,
      }),
      { form: 'forslag', fields: form },
    );
  });
