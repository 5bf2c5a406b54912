/** @module POST /api/v1/check: a motivation text checked against a goal's data, from a report sent inline or one already stored. */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { assessReport, type GoalAssessment } from '../domain/assessment';
import { checkText, DEFAULT_WORD_LIMIT, goalFactCount, hasErrors, MAX_CHECK_CHARS, type Finding } from '../domain/checker';
import { checkSection, findSection, type ReportSection } from '../domain/sections';
import { checkInContext, loadSectionContext } from '../services';
import { findGoal, parseReportDocument, scaleOf, type ReportDocument } from '../domain/report';
import type { AppEnv } from '../deps';
import { badRequest, invalid, notFound } from '../lib/errors';
import { assertReportWithinLimits, parseWith, readJson, refuseLongText } from '../lib/validate';
import { getAssessedReport } from '../services';

export const MAX_TEXT_CHARS = MAX_CHECK_CHARS;

const checkBody = z
  .strictObject({
    report: z.unknown().optional(),
    reportId: z.string().min(1, 'får inte vara tom').max(300, 'högst 300 tecken').optional(),
    goalId: z.string({ error: 'ange målets id' }).min(1, 'ange målets id').max(300, 'högst 300 tecken').optional(),
    /** A report-level section instead of a goal: `sammanfattning`, `samlad-bedomning:<key>` … (with reportId). */
    sectionId: z.string().min(1, 'ange avsnittets id').max(300, 'högst 300 tecken').optional(),
    // Not trimmed: the findings' spans are offsets in the text as sent.
    text: z.string({ error: 'skicka texten som en sträng' }).refine((t) => t.trim() !== '', 'får inte vara tom'),
    level: z.string().min(1, 'får inte vara tom').max(300, 'högst 300 tecken').optional(),
    wordLimit: z.number().int('ska vara ett heltal').min(1, 'minst 1').max(2000, 'högst 2 000').optional(),
    /** Who wrote the text: a figure the data does not hold is an error in a model's text, a warning in a person's. */
    origin: z.enum(['person', 'model'], { error: 'ska vara "person" eller "model"' }).optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.report === undefined) === (b.reportId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportId'],
        message: 'ange antingen report (ett report-data-dokument) eller reportId, inte båda',
      });
    }
    if ((b.goalId === undefined) === (b.sectionId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['goalId'],
        message: 'ange antingen goalId (ett mål) eller sectionId (ett avsnitt), inte båda',
      });
    }
  });

/** A report-level text checked against its section, from a stored report or one sent inline. */
async function checkSectionBody(c: Context<AppEnv>, body: z.infer<typeof checkBody>, sectionId: string) {
  let result: { reportId: string; section: ReportSection; findings: Finding[] };
  if (body.reportId !== undefined) {
    const ctx = await loadSectionContext(c.var.deps.db, c.var.principal.orgId, body.reportId, sectionId);
    result = {
      reportId: ctx.doc.report.id,
      section: ctx.section,
      findings: checkInContext(ctx, body.text, body.origin ?? 'person').findings,
    };
  } else {
    const parsed = parseReportDocument(body.report);
    if (!parsed.ok)
      throw invalid(
        parsed.issues.map((i) => ({ path: i.path === '(dokumentet)' ? 'report' : `report.${i.path}`, message: i.message })),
        'Rapporten i förfrågan innehåller fel.',
      );
    const assessment = assessReport(parsed.doc);
    const section = findSection(parsed.doc, assessment, sectionId);
    if (!section) throw notFound(`Avsnittet "${sectionId}" finns inte i rapporten "${parsed.doc.report.id}".`);
    result = {
      reportId: parsed.doc.report.id,
      section,
      findings: checkSection(parsed.doc, assessment, section, body.text, new Map(), body.origin ?? 'person'),
    };
  }
  const { section, findings } = result;
  return {
    reportId: result.reportId,
    sectionId: section.id,
    kind: section.kind,
    ...(section.level ? { level: section.level } : {}),
    ok: !hasErrors(findings),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings,
  };
}

async function source(
  c: Context<AppEnv>,
  body: z.infer<typeof checkBody> & { goalId: string },
): Promise<{ doc: ReportDocument; assessment: GoalAssessment | undefined }> {
  if (body.reportId !== undefined) {
    const found = await getAssessedReport(c.var.deps.db, c.var.principal, body.reportId);
    return { doc: found.doc, assessment: found.assessment.goals.find((g) => g.goalId === body.goalId) };
  }
  assertReportWithinLimits(body.report, 'report');
  const parsed = parseReportDocument(body.report);
  if (!parsed.ok) {
    throw invalid(
      parsed.issues.map((i) => ({ path: i.path === '(dokumentet)' ? 'report' : `report.${i.path}`, message: i.message })),
      'Rapporten i förfrågan innehåller fel.',
    );
  }
  return { doc: parsed.doc, assessment: assessReport(parsed.doc).goals.find((g) => g.goalId === body.goalId) };
}

export const checkRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const raw = await readJson(c);
  // Refused before the report is parsed or anything is checked.
  refuseLongText((raw as { text?: unknown } | null)?.text, MAX_TEXT_CHARS);
  const body = parseWith(checkBody, raw);
  if (body.sectionId !== undefined) return c.json(await checkSectionBody(c, body, body.sectionId));
  if (body.goalId === undefined) throw badRequest('Ange goalId eller sectionId.', 'goalId');
  const { doc, assessment } = await source(c, { ...body, goalId: body.goalId });
  if (!findGoal(doc, body.goalId) || !assessment) throw notFound(`Målet "${body.goalId}" finns inte i rapporten "${doc.report.id}".`);
  const levelId = body.level ?? assessment.level;
  const level = scaleOf(doc).levels.find((l) => l.id === levelId);
  if (!level)
    throw badRequest(
      `Nivån "${levelId}" finns inte i rapportens skala (${scaleOf(doc)
        .levels.map((l) => l.id)
        .join(', ')}).`,
      'level',
    );

  const findings = checkText({
    doc,
    goalId: body.goalId,
    text: body.text,
    level: level.id,
    assessment,
    wordLimit: body.wordLimit ?? DEFAULT_WORD_LIMIT,
    origin: body.origin ?? 'person',
  });
  return c.json({
    reportId: doc.report.id,
    goalId: body.goalId,
    level: { id: level.id, label: level.label },
    origin: body.origin ?? 'person',
    ok: !hasErrors(findings),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    // Counted without reading every note: a goal may have tens of thousands of them.
    facts: goalFactCount(doc, body.goalId, assessment),
    findings,
  });
});
