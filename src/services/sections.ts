/**
 * @module Use cases of the report-level sections (samlad bedömning, sammanfattning,
 * förbättringsområden, ekonomi), with plain arguments: list them with the status of their texts,
 * draft one offline and store it for review, check a text, write one by hand. Routes, pages and
 * the review actions call these; none sees a Hono context.
 */
import { loadOverrides } from '../db/assessments';
import type { Db, DbOrTx } from '../db/client';
import { loadReportDocument } from '../db/reports';
import { acceptedGoalTexts } from './section-stale';
import { createSuggestion, listSuggestions, type SuggestionView } from '../db/suggestions';
import type { Principal } from '../db/tokens';
import { assessReport } from '../domain/assessment';
import { hasErrors, type Finding } from '../domain/checker';
import { goalReviewStatus, type GoalReviewStatus } from '../domain/review';
import { checkSection, draftSection, findSection, listSections, sectionDigest, type ReportSection } from '../domain/sections';
import { notFound } from '../lib/errors';

export async function loadSectionReport(db: DbOrTx, orgId: string, reportId: string) {
  const found = await loadReportDocument(db, orgId, reportId);
  if (!found) throw notFound(`Rapporten "${reportId}" finns inte hos din organisation.`);
  const assessment = assessReport(found.doc, await loadOverrides(db, found.row.pk));
  const accepted = await acceptedGoalTexts(db, found.row.pk);
  return { ...found, assessment, accepted };
}

export async function loadSectionContext(db: DbOrTx, orgId: string, reportId: string, sectionId: string) {
  const report = await loadSectionReport(db, orgId, reportId);
  const section = findSection(report.doc, report.assessment, sectionId);
  if (!section) {
    const ids = listSections(report.doc, report.assessment).map((s) => s.id);
    throw notFound(`Avsnittet "${sectionId}" finns inte i rapporten "${reportId}"${ids.length ? ` (avsnitt: ${ids.join(', ')})` : ''}.`);
  }
  return { ...report, section };
}
export type SectionContext = Awaited<ReturnType<typeof loadSectionContext>>;

/** A text checked against its section as the data stands now, with the fingerprint to store beside it. */
export function checkInContext(ctx: SectionContext, text: string): { findings: Finding[]; digest: string; level: string | undefined } {
  return {
    findings: checkSection(ctx.doc, ctx.assessment, ctx.section, text, ctx.accepted),
    digest: sectionDigest(ctx.doc, ctx.assessment, ctx.section, ctx.accepted),
    level: ctx.section.level?.id,
  };
}

export interface SectionListItem {
  id: string;
  kind: ReportSection['kind'];
  title: string;
  level?: { id: string; label: string };
  forecast: boolean;
  goals: string[];
  status: GoalReviewStatus;
}

/** The report's sections in print order, each with the status of its text. */
export async function listReportSections(db: DbOrTx, principal: Principal, reportId: string): Promise<SectionListItem[]> {
  const report = await loadSectionReport(db, principal.orgId, reportId);
  const texts = (await listSuggestions(db, report.row.pk)).filter((s) => s.sectionId !== undefined);
  return listSections(report.doc, report.assessment).map((s) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    ...(s.level ? { level: s.level } : {}),
    forecast: s.forecast,
    goals: s.goals,
    status: goalReviewStatus(texts.filter((t) => t.sectionId === s.id)),
  }));
}

/** Drafts a section's text offline from the data, checks it and stores it as a pending suggestion. */
export async function draftReportSection(db: Db, principal: Principal, reportId: string, sectionId: string): Promise<SuggestionView> {
  const ctx = await loadSectionContext(db, principal.orgId, reportId, sectionId);
  const started = Date.now();
  const text = draftSection(ctx.doc, ctx.assessment, ctx.section, ctx.accepted);
  const { findings, digest, level } = checkInContext(ctx, text);
  return createSuggestion(db, {
    reportPk: ctx.row.pk,
    goalId: '',
    sectionId: ctx.section.id,
    text,
    origin: 'offline',
    ...(level ? { level } : {}),
    verified: !hasErrors(findings),
    findings,
    provenance: { mode: 'offline', attempts: 0, tokensIn: 0, tokensOut: 0, latencyMs: Date.now() - started },
    factsDigest: digest,
    createdBy: principal.name,
  });
}

/** An official's own text for a section, checked and stored pending. */
export async function writeSectionText(db: Db, principal: Principal, reportId: string, sectionId: string, text: string): Promise<SuggestionView> {
  const ctx = await loadSectionContext(db, principal.orgId, reportId, sectionId);
  const { findings, digest, level } = checkInContext(ctx, text);
  return createSuggestion(db, {
    reportPk: ctx.row.pk,
    goalId: '',
    sectionId: ctx.section.id,
    text,
    origin: 'manual',
    ...(level ? { level } : {}),
    verified: !hasErrors(findings),
    findings,
    factsDigest: digest,
    createdBy: principal.name,
  });
}
