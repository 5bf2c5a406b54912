/**
 * @module The review web pages: sign-in with a token kept in an HttpOnly cookie, the reports, a
 * report's overview, the goal page and its forms. Forms post here and go through the same review
 * actions and repository functions as the API; success redirects (post/redirect/get), a refusal
 * shows the page again with the reason.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { listReports } from '../db/reports';
import { listEvents, listSuggestions, listVersions } from '../db/suggestions';
import { principalForToken } from '../db/tokens';
import { goalReviewStatus } from '../domain/review';
import { levelsBestFirst } from '../domain/report';
import type { AppEnv } from '../deps';
import { indicatorTable } from '../export/section';
import { principalFromCookieOrBearer } from '../lib/auth';
import { cleanString } from '../lib/json-input';
import { endSession, safeNext, sameOrigin, startSession } from '../lib/session';
import { AppError, badRequest, forbidden } from '../lib/errors';
import { favicon, reviewScript, stylesheet } from '../web/assets';
import { GoalPage } from '../web/goal-page';
import { ErrorPage, renderPage, type Notice } from '../web/layout';
import { OverviewPage, ReportListPage, SignInPage } from '../web/report-pages';
import { draftRoutes } from './drafts';
import { exportFormats, exportResponse, type ExportFormat } from './export';
import { loadAssessedReport, loadGoal } from './load';
import { acceptText, loadSuggestion, rejectText, reviseText, setFinalLevel, writeSuggestion } from './review-actions';

type Ctx = Context<AppEnv>;

const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

async function page(c: Ctx, node: unknown, status = 200) {
  return c.body(await renderPage(node), status as 200, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
}

const user = (c: Ctx) => ({ name: c.var.principal.name, role: c.var.principal.role });
const reportPath = (reportId: string) => `/rapporter/${encodeURIComponent(reportId)}`;
const goalPath = (reportId: string, goalId: string) => `${reportPath(reportId)}/mal/${encodeURIComponent(goalId)}`;

const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await principalFromCookieOrBearer(c);
  if (!principal) {
    if (c.req.method === 'GET') return c.redirect(`/logga-in?next=${encodeURIComponent(c.req.path)}`, 303);
    return page(c, SignInPage({ error: 'Du är inte inloggad längre. Logga in och försök igen.' }), 401);
  }
  c.set('principal', principal);
  await next();
});

const messages: Record<string, string> = {
  utkast: 'Ett nytt utkast är skrivet och kontrollerat mot underlaget.',
  'utkast-modell': 'Språkmodellen har skrivit ett utkast, och det är kontrollerat mot underlaget.',
  'utkast-overifierat':
    'Språkmodellens utkast har fel mot underlaget även efter rättning och är inte verifierat. Utkastet utan språkmodell ligger bredvid det.',
  'utkast-reserv': 'Språkmodellen gick inte att använda just nu, så utkastet är skrivet utan språkmodell och kontrollerat mot underlaget.',
  sparad: 'Texten är sparad och kontrollerad mot underlaget.',
  redigerad: 'En ny version är sparad och kontrollerad mot underlaget.',
  godkand: 'Texten är godkänd och ingår nu i rapporten.',
  avvisad: 'Texten är avvisad.',
  niva: 'Den slutliga nivån är sparad.',
  'niva-inaktuell': 'Den slutliga nivån är sparad. Texter som argumenterar för en annan nivå är kontrollerade mot den nya och markerade som inaktuella.',
};

async function goalPage(c: Ctx, reportId: string, goalId: string, opts: { notice?: Notice | null; status?: number; unsaved?: { text: string } } = {}) {
  const { row, doc, goal, goalAssessment } = await loadGoal(c, reportId, goalId);
  const db = c.var.deps.db;
  const suggestions = await listSuggestions(db, row.pk, { goalId: goal.id });
  const versions = await listVersions(db, suggestions.map((s) => s.id));
  const events = await listEvents(db, row.pk, goal.id);
  const props = {
    user: user(c),
    canReview: c.var.principal.role !== 'official',
    report: { id: row.reportId, title: doc.report.title ?? row.reportId },
    goal: { id: goal.id, title: goal.title, area: goal.area ?? null, councilGoal: goal.councilGoal ?? null },
    levels: {
      computedLabel: goalAssessment.computedLabel,
      finalLabel: goalAssessment.label,
      rationale: goalAssessment.rationale,
      ...(goalAssessment.override ? { override: { reason: goalAssessment.override.reason, by: goalAssessment.override.by } } : {}),
    },
    levelChoice: {
      levels: levelsBestFirst(doc.scale).map((l) => ({ id: l.id, label: l.label })),
      computed: goalAssessment.computedLevel,
      final: goalAssessment.level,
    },
    status: goalReviewStatus(suggestions),
    table: indicatorTable(goal.indicators, doc.report.year),
    suggestions: suggestions.map((s) => ({ ...s, versions: versions.filter((v) => v.suggestionId === s.id) })),
    events,
    wordLimit: row.wordLimit,
    notice: opts.notice ?? null,
    unsaved: opts.unsaved,
  };
  return page(c, GoalPage(props), opts.status ?? 200);
}

const FORM_FIELDS: Record<string, string> = { instructions: 'Önskemål', text: 'Texten', reason: 'Skäl', level: 'Nivå', overrideReason: 'Skäl' };

/** Runs a form's action; a refusal (400, 403, 409) shows the goal page again, with the reason and the current state. */
async function formAction(c: Ctx, where: () => Promise<{ reportId: string; goalId: string }>, act: () => Promise<string>, unsaved?: { text: string }) {
  try {
    const done = await act();
    const { reportId, goalId } = await where();
    return c.redirect(`${goalPath(reportId, goalId)}?klart=${done}`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.status === 404 || err.status >= 500) throw err;
    const { reportId, goalId } = await where();
    // A form's fields by the names on the page: "Önskemål: högst 1000 tecken".
    const issues = err.extra.issues?.map((i) => `${FORM_FIELDS[i.path] ?? i.path}: ${i.message}`).join('; ');
    const message = issues ? `${err.message} ${issues}.` : err.message;
    const text = err.status === 409 ? `Någon annan hann före. ${message}` : message;
    return goalPage(c, reportId, goalId, { notice: { kind: 'error', text }, status: err.status, unsaved });
  }
}

/**
 * "Skriv utkast" asks the drafts API itself (POST …/drafts with the official's wishes, in the
 * default mode: the model when one is configured, else offline) as the signed-in person, so a draft
 * from the page is stored exactly as one from the API: same drafter, checks and provenance. Its
 * errors come back as the same AppErrors. Returns the notice to show.
 */
async function draftThroughApi(c: Ctx, reportId: string, goalId: string, instructions: string | undefined): Promise<string> {
  const api = new Hono<AppEnv>()
    .use('*', async (inner, next) => {
      inner.set('deps', c.var.deps);
      inner.set('requestId', c.var.requestId);
      inner.set('principal', c.var.principal);
      await next();
    })
    .route('/', draftRoutes)
    .onError((err) => {
      throw err;
    });
  const res = await api.request(`/reports/${encodeURIComponent(reportId)}/goals/${encodeURIComponent(goalId)}/drafts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(instructions?.trim() ? { instructions: instructions.trim() } : {}),
  });
  if (res.status !== 201) throw new AppError('internal', `Utkastet kunde inte skrivas (${res.status}).`);
  const draft = (await res.json()) as { verified: boolean; offline?: unknown; provenance: { mode: string; fallbackReason?: string } };
  if (draft.offline) return 'utkast-overifierat';
  if (draft.provenance.fallbackReason) return 'utkast-reserv';
  return draft.provenance.mode === 'llm' ? 'utkast-modell' : 'utkast';
}

async function formFields(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  // The same character rules as JSON bodies (src/lib/json-input.ts).
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string').map(([k, v]) => [k, cleanString(v, [k])]));
}

function baseVersionOf(form: Record<string, string>): number {
  const n = Number(form.baseVersion);
  if (!Number.isInteger(n) || n < 1) throw badRequest('Formuläret saknar versionsnummer; läs in sidan igen.', 'baseVersion');
  return n;
}

async function suggestionPlace(c: Ctx, id: string) {
  const { row, reportId } = await loadSuggestion(c, id);
  return { reportId, goalId: row.goalId };
}

export const pageRoutes = new Hono<AppEnv>()
  .get('/assets/motivera.css', (c) => c.body(stylesheet, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }))
  .get('/assets/favicon.svg', (c) => c.body(favicon, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' }))
  .get('/assets/review.js', (c) => c.body(reviewScript, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' }))
  .get('/', (c) => c.redirect('/rapporter', 303))
  .get('/logga-in', (c) => page(c, SignInPage({ next: safeNext(c.req.query('next')) })))
  .post('/logga-in', sameOrigin, async (c) => {
    const form = await formFields(c);
    const token = (form.token ?? '').trim();
    const principal = token ? await principalForToken(c.var.deps.db, token) : undefined;
    if (!principal) return page(c, SignInPage({ error: 'Token är ogiltig eller återkallad. Kontrollera att du klistrat in hela.', next: form.next }), 401);
    await startSession(c, principal);
    return c.redirect(safeNext(form.next), 303);
  })
  .post('/logga-ut', sameOrigin, async (c) => {
    await endSession(c);
    return c.redirect('/logga-in', 303);
  })
  .use('/rapporter', requireSession)
  .use('/rapporter/*', requireSession, sameOrigin)
  .use('/forslag/*', requireSession, sameOrigin)
  .get('/rapporter', async (c) => page(c, ReportListPage({ user: user(c), reports: await listReports(c.var.deps.db, c.var.principal.orgId) })))
  .get('/rapporter/:id', async (c) => {
    const { row, doc, assessment } = await loadAssessedReport(c, c.req.param('id'));
    const all = await listSuggestions(c.var.deps.db, row.pk);
    const goals = doc.goals.map((g) => {
      const a = assessment.goals.find((x) => x.goalId === g.id)!;
      const mine = all.filter((s) => s.goalId === g.id);
      return {
        goalId: g.id,
        title: g.title,
        area: g.area ?? null,
        councilGoal: g.councilGoal ?? null,
        computedLabel: a.computedLabel,
        finalLabel: a.label,
        overridden: a.level !== a.computedLevel,
        status: goalReviewStatus(mine),
        waiting: mine.filter((s) => s.status === 'pending').length,
      };
    });
    return page(c, OverviewPage({ user: user(c), report: { id: row.reportId, title: doc.report.title ?? row.reportId }, goals }));
  })
  .get('/rapporter/:id/export', async (c) => {
    const format = c.req.query('format') ?? '';
    if (!(exportFormats as readonly string[]).includes(format)) throw badRequest(`Okänt format "${format}"; välj ${exportFormats.join(', ')}.`, 'format');
    return exportResponse(c, c.req.param('id'), format as ExportFormat, c.req.query('visa') ? 'inline' : 'attachment');
  })
  .get('/rapporter/:id/mal/:goalId', async (c) => {
    const done = c.req.query('klart');
    const notice = done && messages[done] ? { kind: 'ok' as const, text: messages[done] } : null;
    return goalPage(c, c.req.param('id'), c.req.param('goalId'), { notice });
  })
  .post('/rapporter/:id/mal/:goalId/utkast', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: c.req.param('goalId') });
    return formAction(c, where, async () => {
      return draftThroughApi(c, c.req.param('id'), c.req.param('goalId'), form.instructions);
    });
  })
  .post('/rapporter/:id/mal/:goalId/forslag', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: c.req.param('goalId') });
    return formAction(
      c,
      where,
      async () => {
        await writeSuggestion(c, c.req.param('id'), c.req.param('goalId'), form.text);
        return 'sparad';
      },
      { text: form.text ?? '' },
    );
  })
  .post('/rapporter/:id/mal/:goalId/niva', async (c) => {
    const form = await formFields(c);
    const where = async () => ({ reportId: c.req.param('id'), goalId: c.req.param('goalId') });
    return formAction(c, where, async () => {
      const saved = await setFinalLevel(c, c.req.param('id'), c.req.param('goalId'), form.level ?? '', form.reason);
      return saved.staleSuggestions.length ? 'niva-inaktuell' : 'niva';
    });
  })
  .post('/forslag/:sid/redigera', async (c) => {
    const form = await formFields(c);
    const id = c.req.param('sid');
    return formAction(c, () => suggestionPlace(c, id), async () => {
      await reviseText(c, id, form.text, baseVersionOf(form));
      return 'redigerad';
    });
  })
  .post('/forslag/:sid/godkann', async (c) => {
    const form = await formFields(c);
    const id = c.req.param('sid');
    const reason = form.overrideReason?.trim();
    return formAction(c, () => suggestionPlace(c, id), async () => {
      await acceptText(c, id, baseVersionOf(form), reason ? { reason } : undefined, form.replaces === undefined ? undefined : form.replaces || null);
      return 'godkand';
    });
  })
  .post('/forslag/:sid/avvisa', async (c) => {
    const form = await formFields(c);
    const id = c.req.param('sid');
    return formAction(c, () => suggestionPlace(c, id), async () => {
      await rejectText(c, id, form.reason, baseVersionOf(form));
      return 'avvisad';
    });
  })
  .onError(async (err, c) => {
    const status = err instanceof AppError ? err.status : 500;
    if (status >= 500) console.error(`[${c.var.requestId}] sidfel`, err);
    const text = err instanceof AppError && status < 500 ? err.message : 'Något gick fel hos oss. Försök igen om en stund.';
    const principal = c.var.principal as AppEnv['Variables']['principal'] | undefined;
    return page(c, ErrorPage({ user: principal ? { name: principal.name, role: principal.role } : null, text }), status);
  });
