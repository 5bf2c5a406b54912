/**
 * @module Use cases of the report-level sections (samlad bedömning, sammanfattning,
 * förbättringsområden, ekonomi), with plain arguments: list them with the status of their texts,
 * draft one offline and store it for review, check a text, write one by hand. Routes, pages and
 * the review actions call these; none sees a Hono context.
 */
import { loadOverrides } from '../db/assessments';
import { writeTransaction, type Db, type DbOrTx } from '../db/client';
import { loadReportDocument } from '../db/reports';
import { acceptedGoalTexts } from './section-stale';
import { createSuggestion, listSuggestions, type SuggestionView } from '../db/suggestions';
import type { Principal } from '../db/tokens';
import { assessReport } from '../domain/assessment';
import { hasErrors, type Finding, type TextOrigin } from '../domain/checker';
import { goalReviewStatus, type GoalReviewStatus } from '../domain/review';
import {
  activityClassLabels,
  checkFollowUp,
  checkSection,
  draftSection,
  findSection,
  listSections,
  sectionDigest,
  statusClass,
  type ActivityClass,
  type ReportSection,
} from '../domain/sections';
import { notFound } from '../lib/errors';
import { draftSectionText } from '../llm/section-drafting';
import type { DraftingDeps, StoredDraft } from './drafting';

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
export function checkInContext(
  ctx: SectionContext,
  text: string,
  origin: TextOrigin = 'model',
): { findings: Finding[]; digest: string; level: string | undefined } {
  return {
    findings: checkSection(ctx.doc, ctx.assessment, ctx.section, text, ctx.accepted, origin),
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

export interface SectionDraftInput {
  reportId: string;
  sectionId: string;
  instructions?: string;
  mode?: 'offline' | 'llm';
}

/**
 * Drafts a section's text (by the configured model unless offline is asked for or no model is
 * configured), checks it as a model's text and stores it pending; beside a model text that stayed
 * unverified, the offline draft is stored too, in the same transaction (as for goal drafts).
 */
export async function draftSectionSuggestion(deps: DraftingDeps, principal: Principal, input: SectionDraftInput): Promise<StoredDraft> {
  const { db } = deps;
  const ctx = await loadSectionContext(db, principal.orgId, input.reportId, input.sectionId);
  const result = await draftSectionText(
    deps.openai,
    {
      doc: ctx.doc,
      assessment: ctx.assessment,
      section: ctx.section,
      accepted: ctx.accepted,
      instructions: input.instructions || undefined,
      mode: input.mode,
    },
    { model: deps.model },
  );
  const digest = sectionDigest(ctx.doc, ctx.assessment, ctx.section, ctx.accepted);
  const level = ctx.section.level?.id;
  const base = {
    reportPk: ctx.row.pk,
    goalId: '',
    sectionId: ctx.section.id,
    ...(level ? { level } : {}),
    factsDigest: digest,
    createdBy: principal.name,
  };
  return writeTransaction(db, async (tx) => {
    const suggestion = await createSuggestion(tx, {
      ...base,
      text: result.text,
      origin: result.provenance.mode,
      verified: result.verified,
      findings: result.findings,
      provenance: result.provenance,
    });
    const offline = result.offline
      ? await createSuggestion(tx, {
          ...base,
          text: result.offline.text,
          origin: 'offline',
          verified: !hasErrors(result.offline.findings),
          findings: result.offline.findings,
          provenance: { mode: 'offline', attempts: 0, tokensIn: 0, tokensOut: 0, latencyMs: 0, offeredBeside: suggestion.id },
        })
      : null;
    return { suggestion, offline };
  });
}

/** An official's own text for a section, checked and stored pending. */
export async function writeSectionText(
  db: Db,
  principal: Principal,
  reportId: string,
  sectionId: string,
  text: string,
): Promise<SuggestionView> {
  const ctx = await loadSectionContext(db, principal.orgId, reportId, sectionId);
  const { findings, digest, level } = checkInContext(ctx, text, 'person');
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

export interface ActivityItem {
  goalId: string;
  /** The activity's position under its goal. */
  index: number;
  title: string;
  kind?: string;
  status?: string;
  /** The recorded status through the documented map; null when the map does not know it (then nothing is checked). */
  statusClass: ActivityClass | null;
  statusMeaning: string | null;
  followUp?: string;
  /** The follow-up text's status claims checked against the recorded status. */
  findings: Finding[];
}

/** Every activity of the report (utvecklingsåtaganden, riskåtgärder, aktiviteter) with its follow-up checked against its status. */
export async function listActivities(db: DbOrTx, principal: Principal, reportId: string): Promise<ActivityItem[]> {
  const found = await loadReportDocument(db, principal.orgId, reportId);
  if (!found) throw notFound(`Rapporten "${reportId}" finns inte hos din organisation.`);
  return found.doc.goals.flatMap((g) =>
    g.activities.map((a, index) => {
      const cls = statusClass(a.status);
      return {
        goalId: g.id,
        index,
        title: a.title,
        ...(a.kind ? { kind: a.kind } : {}),
        ...(a.status ? { status: a.status } : {}),
        statusClass: cls,
        statusMeaning: cls ? activityClassLabels[cls] : null,
        ...(a.followUp ? { followUp: a.followUp } : {}),
        findings: a.followUp ? checkFollowUp(a, a.followUp, cls) : [],
      };
    }),
  );
}
