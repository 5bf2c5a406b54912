/**
 * @module The goal page and its forms. Forms post here and go through the same review services
 * as the API; success redirects (post/redirect/get) with a notice, a refusal shows the page again
 * with the reason and everything the form held.
 */
import { Hono } from 'hono';
import { listEvents, listSuggestions, listVersions } from '../../db/suggestions';
import { goalReviewStatus } from '../../domain/review';
import { levelsBestFirst, proseNames, scaleOf } from '../../domain/report';
import type { AppEnv } from '../../deps';
import { indicatorTable } from '../../export/section';
import { AppError, badRequest } from '../../lib/errors';
import { httpStatus } from '../../lib/http-status';
import { parseWith } from '../../lib/validate';
import { draftSuggestion, editGoalData, searchKpis } from '../../services';
import { parseNumber } from '../../domain/sv';
import type { KoladaSearchView } from '../../web/indicator-context';
import { GoalPage } from '../../web/goal-page';
import type { Notice } from '../../web/layout';
import { draftBody as draftWishes } from '../drafts';
import { loadGoal } from '../load';
import { acceptText, loadSuggestion, rejectText, reviseText, setFinalLevel, withdrawDecision, writeSuggestion } from '../review-actions';
import { formFields, goalPath, page, user, type Ctx } from './common';
import { sectionPage } from './section';
import { sectionPath } from '../../web/section-page';

type Place = { reportId: string; goalId: string; sectionId?: string };
const placePath = (w: Place) => (w.sectionId ? sectionPath(w.reportId, w.sectionId) : goalPath(w.reportId, w.goalId));

export const messages: Record<string, string> = {
  utkast: 'Ett nytt utkast är skrivet och kontrollerat mot underlaget.',
  'utkast-modell': 'Språkmodellen har skrivit ett utkast, och det är kontrollerat mot underlaget.',
  'utkast-overifierat':
    'Språkmodellens utkast har fel mot underlaget även efter rättning och är inte verifierat. Utkastet utan språkmodell ligger bredvid det.',
  'utkast-reserv': 'Språkmodellen gick inte att använda just nu, så utkastet är skrivet utan språkmodell och kontrollerat mot underlaget.',
  sparad: 'Texten är sparad och kontrollerad mot underlaget.',
  redigerad: 'En ny version är sparad och kontrollerad mot underlaget.',
  godkand: 'Texten är godkänd och ingår nu i rapporten.',
  avvisad: 'Texten är avvisad.',
  underlag: 'Underlaget är sparat och ändringen står i historiken.',
  varde: 'Siffran är rättad och ändringen står i historiken.',
  'underlag-inaktuell':
    'Underlaget är sparat. Texter som bygger på det är kontrollerade på nytt och markerade som inaktuella, med vad som ändrades.',
  angrad: 'Beslutet är ångrat: texten väntar på granskning igen.',
  'angrad-aterstalld': 'Godkännandet är ångrat: texten väntar på granskning igen, och den text den hade ersatt är godkänd igen.',
  niva: 'Den slutliga nivån är sparad.',
  'niva-inaktuell':
    'Den slutliga nivån är sparad. Texter som argumenterar för en annan nivå är kontrollerade mot den nya och markerade som inaktuella.',
};

/** The goal page's Kolada search (`?kolada=…`), for linking an indicator that has no Kolada id yet. */
async function koladaSearchFor(c: Ctx, action: string): Promise<KoladaSearchView> {
  const query = c.req.query('kolada')?.trim();
  if (!query) return { action };
  try {
    return { action, query, kpis: await searchKpis(c.var.deps.kolada, query) };
  } catch (err) {
    if (err instanceof AppError) return { action, query, error: err.message };
    throw err;
  }
}

/** What a form held when it was refused: which form (`niva`, `utkast`, `forslag`, `redigera:<id>` …) and its fields, shown again as typed. */
export interface Typed {
  form: string;
  fields: Record<string, string>;
}

/** The banner after a text was saved or drafted: how many errors and warnings its check found, in the colour they deserve. */
export function checkedNotice(done: string, findings: { severity: string }[] | undefined): Notice | null {
  const base = messages[done];
  if (!base) return null;
  if (!findings || !CHECKED.has(done)) return { kind: 'ok', text: base };
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors === 0 && warnings === 0) return { kind: 'ok', text: `${base} Kontrollen hittade inga fel.` };
  const parts = [
    errors ? (errors === 1 ? 'ett fel' : `${errors} fel`) : '',
    warnings ? (warnings === 1 ? 'en varning' : `${warnings} varningar`) : '',
  ].filter(Boolean);
  const saved = CHECKED_SAVED[done] ?? base;
  return {
    kind: errors ? 'error' : 'warn',
    text: `${saved} Kontrollen mot underlaget hittade ${parts.join(' och ')}; se markeringarna i texten nedan.`,
  };
}

async function goalPage(
  c: Ctx,
  reportId: string,
  goalId: string,
  opts: { notice?: Notice | null; status?: number; typed?: Typed; checked?: { done: string; id: string } } = {},
) {
  const { row, doc, goal, goalAssessment } = await loadGoal(c, reportId, goalId);
  const db = c.var.deps.db;
  const suggestions = await listSuggestions(db, row.pk, { goalId: goal.id });
  const versions = await listVersions(
    db,
    suggestions.map((s) => s.id),
  );
  const events = await listEvents(db, row.pk, goal.id);
  const index = doc.goals.findIndex((g) => g.id === goal.id);
  const neighbour = (i: number) => {
    const g = doc.goals[i];
    return g ? { id: g.id, number: i + 1, title: g.title } : null;
  };
  const checked = opts.checked ? suggestions.find((s) => s.id === opts.checked!.id) : undefined;
  const notice = opts.checked
    ? checkedNotice(opts.checked.done, checked?.findings as { severity: string }[] | undefined)
    : (opts.notice ?? null);
  const props = {
    user: user(c),
    canReview: c.var.principal.role !== 'official',
    report: { id: row.reportId, title: doc.report.title ?? row.reportId },
    goal: { id: goal.id, title: goal.title, area: goal.area ?? null, councilGoal: goal.councilGoal ?? null },
    levels: {
      computedLabel: goalAssessment.computedLabel,
      basis: goalAssessment.basis,
      finalLabel: goalAssessment.label,
      rationale: goalAssessment.rationale,
      ...(goalAssessment.override ? { override: { reason: goalAssessment.override.reason, by: goalAssessment.override.by } } : {}),
    },
    levelChoice: {
      levels: levelsBestFirst(scaleOf(doc)).map((l) => ({ id: l.id, label: l.label })),
      computed: goalAssessment.computedLevel,
      final: goalAssessment.level,
    },
    status: goalReviewStatus(suggestions),
    table: indicatorTable(goal.indicators, doc.report.year),
    indicators: { data: goal.indicators, assessed: goalAssessment.indicators },
    indicatorContext: {
      indicators: goal.indicators,
      year: doc.report.year,
      gaps: goalAssessment.indicators.flatMap((i) => i.gaps ?? []),
      search: await koladaSearchFor(c, goalPath(row.reportId, goal.id)),
    },
    notes: goal.notes,
    activities: goal.activities.map((a) => ({ title: a.title, ...(a.status ? { status: a.status } : {}) })),
    number: index + 1,
    isAdmin: c.var.principal.role === 'admin',
    neighbours: { previous: neighbour(index - 1), next: neighbour(index + 1) },
    suggestions: suggestions.map((s) => ({ ...s, versions: versions.filter((v) => v.suggestionId === s.id) })),
    events,
    wordLimit: row.wordLimit,
    notice,
    typed: opts.typed,
    pageUrl: goalPath(row.reportId, goal.id),
    draftHint: draftHint(goal.indicators.map((i) => proseNames(doc).get(i.id) ?? i.name)),
  };
  return page(c, GoalPage(props), opts.status ?? 200);
}

/** Notices about a text that was just checked: the banner then says what the check found. */
const CHECKED = new Set(['utkast', 'utkast-modell', 'utkast-reserv', 'sparad', 'redigerad']);
const CHECKED_SAVED: Record<string, string> = {
  sparad: 'Texten är sparad.',
  redigerad: 'En ny version är sparad.',
  utkast: 'Ett nytt utkast är skrivet.',
  'utkast-modell': 'Språkmodellen har skrivit ett utkast.',
  'utkast-reserv': 'Språkmodellen gick inte att använda just nu, så utkastet är skrivet utan språkmodell.',
};

const FORM_FIELDS: Record<string, string> = {
  instructions: 'Önskemål',
  text: 'Texten',
  reason: 'Skäl',
  level: 'Nivå',
  overrideReason: 'Skäl',
};

/** The draft field's example wish, from the goal's own indicators (never another goal's subject). */
function draftHint(indicatorNames: string[]): string {
  const first = indicatorNames[0];
  return first ? `t.ex. kortare, nämn ${first}` : 't.ex. kortare';
}

/**
 * Runs a form's action; a refusal (400, 403, 409) shows the goal page again, with the reason, the
 * current state and everything the form held. A success redirects to the goal page (post/redirect/get),
 * naming the text it touched so the banner can say what its check found.
 */
export async function formAction(
  c: Ctx,
  where: () => Promise<Place>,
  act: () => Promise<string | { done: string; id: string }>,
  typed?: Typed,
) {
  try {
    const result = await act();
    const place = await where();
    const query = typeof result === 'string' ? `klart=${result}` : `klart=${result.done}&forslag=${encodeURIComponent(result.id)}`;
    return c.redirect(`${placePath(place)}?${query}`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.code === 'not_found' || httpStatus(err) >= 500) throw err;
    const { reportId, goalId, sectionId } = await where();
    // A form's fields by the names on the page: "Önskemål: högst 1000 tecken".
    const issues = err.extra.issues?.map((i) => `${FORM_FIELDS[i.path] ?? i.path}: ${i.message}`).join('; ');
    const message = issues ? `${err.message} ${issues}.` : err.message;
    const text = err.code === 'conflict' ? `Någon annan hann före. ${message}` : message;
    const opts = { notice: { kind: 'error' as const, text }, status: httpStatus(err), typed };
    return sectionId ? sectionPage(c, reportId, sectionId, opts) : goalPage(c, reportId, goalId, opts);
  }
}

/**
 * "Skriv utkast" drafts through the same service as the drafts API (with the official's wishes, in
 * the default mode: the model when one is configured, else offline) as the signed-in person, so a
 * draft from the page is stored exactly as one from the API: same drafter, checks and provenance.
 * Returns the notice to show and the draft's id.
 */
async function draftThroughApi(
  c: Ctx,
  reportId: string,
  goalId: string,
  instructions: string | undefined,
): Promise<{ done: string; id: string }> {
  const { db, openai, config } = c.var.deps;
  const wishes = parseWith(draftWishes, instructions?.trim() ? { instructions: instructions.trim() } : {});
  const draft = await draftSuggestion({ db, openai, model: config.llm?.model }, c.var.principal, { reportId, goalId, ...wishes });
  const id = draft.suggestion.id;
  if (draft.offline) return { done: 'utkast-overifierat', id };
  const provenance = draft.suggestion.provenance as { mode: string; fallbackReason?: string };
  if (provenance.fallbackReason) return { done: 'utkast-reserv', id };
  return { done: provenance.mode === 'llm' ? 'utkast-modell' : 'utkast', id };
}

function baseVersionOf(form: Record<string, string>): number {
  const n = Number(form.baseVersion);
  if (!Number.isInteger(n) || n < 1) throw badRequest('Formuläret saknar versionsnummer; läs in sidan igen.', 'baseVersion');
  return n;
}

async function suggestionPlace(c: Ctx, id: string) {
  const { row, reportId } = await loadSuggestion(c, id);
  return { reportId, goalId: row.goalId, ...(row.sectionId ? { sectionId: row.sectionId } : {}) };
}

export const goalPages = new Hono<AppEnv>()
  .get('/rapporter/:id/mal/:goalId', async (c) => {
    const done = c.req.query('klart');
    const id = c.req.query('forslag');
    const notice = done && messages[done] ? { kind: 'ok' as const, text: messages[done] } : null;
    return goalPage(c, c.req.param('id'), c.req.param('goalId'), { notice, ...(done && id ? { checked: { done, id } } : {}) });
  })
  .post('/rapporter/:id/mal/:goalId/utkast', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: c.req.param('goalId') });
    return formAction(c, where, async () => draftThroughApi(c, c.req.param('id'), c.req.param('goalId'), form.instructions), {
      form: 'utkast',
      fields: form,
    });
  })
  .post('/rapporter/:id/mal/:goalId/forslag', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: c.req.param('goalId') });
    return formAction(
      c,
      where,
      async () => ({ done: 'sparad', id: (await writeSuggestion(c, c.req.param('id'), c.req.param('goalId'), form.text)).id }),
      { form: 'forslag', fields: form },
    );
  })
  .post('/rapporter/:id/mal/:goalId/niva', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: c.req.param('goalId') });
    return formAction(
      c,
      where,
      async () => {
        const saved = await setFinalLevel(c, c.req.param('id'), c.req.param('goalId'), form.level ?? '', form.reason);
        return saved.staleSuggestions.length ? 'niva-inaktuell' : 'niva';
      },
      { form: 'niva', fields: form },
    );
  })
  .post('/forslag/:sid/redigera', async (c) => {
    const form = await formFields(c);
    const id = c.req.param('sid');
    return formAction(
      c,
      () => suggestionPlace(c, id),
      async () => ({ done: 'redigerad', id: (await reviseText(c, id, form.text, baseVersionOf(form))).id }),
      { form: `redigera:${id}`, fields: form },
    );
  })
  .post('/forslag/:sid/godkann', async (c) => {
    const form = await formFields(c);
    const id = c.req.param('sid');
    const reason = form.overrideReason?.trim();
    return formAction(
      c,
      () => suggestionPlace(c, id),
      async () => {
        await acceptText(
          c,
          id,
          baseVersionOf(form),
          reason ? { reason } : undefined,
          form.replaces === undefined ? undefined : form.replaces || null,
        );
        return 'godkand';
      },
      { form: `godkann:${id}`, fields: form },
    );
  })
  .post('/rapporter/:id/mal/:goalId/underlag', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: c.req.param('goalId') });
    const lines = (text: string | undefined) =>
      (text ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    return formAction(
      c,
      where,
      async () => {
        const activities = lines(form.activities).map((l) => {
          const [title, status] = l.split(/\s+[–-]\s+/, 2) as [string, string | undefined];
          return status ? { title, status } : { title };
        });
        const { staleSuggestions } = await editGoalData(c.var.deps.db, c.var.principal, {
          reportId: c.req.param('id'),
          goalId: c.req.param('goalId'),
          edit: { kind: 'notes', notes: lines(form.notes), activities },
        });
        return staleSuggestions.length ? 'underlag-inaktuell' : 'underlag';
      },
      { form: 'underlag', fields: form },
    );
  })
  .post('/rapporter/:id/mal/:goalId/varde', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: c.req.param('goalId') });
    return formAction(
      c,
      where,
      async () => {
        const raw = (form.value ?? '').trim();
        const value = raw === '' ? null : parseNumber(raw);
        if (raw !== '' && (value === null || !Number.isFinite(value)))
          throw badRequest(`”${raw}” är inget tal; skriv till exempel 7,8.`, 'value');
        const { staleSuggestions } = await editGoalData(c.var.deps.db, c.var.principal, {
          reportId: c.req.param('id'),
          goalId: c.req.param('goalId'),
          edit: { kind: 'figure', indicatorId: form.indicatorId ?? '', period: (form.period ?? '').trim(), value },
        });
        return staleSuggestions.length ? 'underlag-inaktuell' : 'varde';
      },
      { form: 'varde', fields: form },
    );
  })
  .post('/forslag/:sid/angra', async (c) => {
    const form = await formFields(c);
    const id = c.req.param('sid');
    return formAction(
      c,
      () => suggestionPlace(c, id),
      async () => {
        const { reinstated } = await withdrawDecision(c, id, baseVersionOf(form));
        return reinstated ? 'angrad-aterstalld' : 'angrad';
      },
    );
  })
  .post('/forslag/:sid/avvisa', async (c) => {
    const form = await formFields(c);
    const id = c.req.param('sid');
    return formAction(
      c,
      () => suggestionPlace(c, id),
      async () => {
        await rejectText(c, id, form.reason, baseVersionOf(form));
        return 'avvisad';
      },
      { form: `avvisa:${id}`, fields: form },
    );
  });
