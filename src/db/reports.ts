/**
 * @module Reports in the database: import (all or nothing, in one transaction), export to the same
 * report-data/v1 document, and look-ups scoped to one organisation.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReportDocument } from '../domain/report';
import { sliceYield } from '../lib/yield';
import { writeTransaction, type DbOrTx, type Transactional, type Tx } from './client';
import { saveRevision, type RevisionOrigin } from './revisions';
import {
  activities,
  assessments,
  goalNotes,
  goals,
  indicators,
  indicatorValues,
  organisations,
  reports,
  scaleLevels,
  suggestions,
  targets,
} from './schema';

export type ReportRow = typeof reports.$inferSelect;

/**
 * Rows per INSERT: well under SQLite's limit of bound variables, and short enough (a few ms; tens
 * on a loaded machine) that the turns between them keep `/health` under 100 ms during an import.
 */
const CHUNK = 100;

async function inChunks<T>(rows: T[], run: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await run(rows.slice(i, i + CHUNK));
    // The embedded client is synchronous: give other requests a turn during a large import.
    await sliceYield();
  }
}

export async function findReport(db: DbOrTx, orgId: string, reportId: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.orgId, orgId), eq(reports.reportId, reportId)));
  return row;
}

export async function listReports(db: DbOrTx, orgId: string) {
  return db
    .select({ id: reports.reportId, kind: reports.kind, year: reports.year, title: reports.title, updatedAt: reports.updatedAt })
    .from(reports)
    .where(eq(reports.orgId, orgId))
    .orderBy(asc(reports.year), asc(reports.reportId));
}

export interface ImportResult {
  id: string;
  created: boolean;
  revision: number;
  /** Goals that people wrote about but that the new document no longer has: their texts are kept. */
  orphanedGoals: string[];
}

/**
 * Imports or re-imports a report. Figures are replaced; assessments and texts people wrote are
 * kept, and the document is kept as the new revision's (see revisions.ts). `previous` is the
 * document being replaced: stored as its revision when that one was imported before revisions
 * were kept, so it can still be restored.
 */
export async function importReport(
  db: Transactional,
  doc: ReportDocument,
  opts: { origin?: RevisionOrigin; actor?: string; previous?: ReportDocument } = {},
): Promise<ImportResult> {
  return writeTransaction(db, async (tx) => {
    await tx
      .insert(organisations)
      .values({
        id: doc.organisation.id,
        name: doc.organisation.name,
        municipality: doc.organisation.municipality,
        kolada: doc.organisation.kolada,
        extra: doc.organisation.extra,
      })
      .onConflictDoUpdate({
        target: organisations.id,
        set: {
          name: doc.organisation.name,
          municipality: doc.organisation.municipality ?? null,
          kolada: doc.organisation.kolada ?? null,
          extra: doc.organisation.extra ?? null,
        },
      });

    const existing = await findReport(tx, doc.organisation.id, doc.report.id);
    const columns = {
      kind: doc.report.kind,
      year: doc.report.year,
      title: doc.report.title ?? null,
      asOf: doc.report.asOf ?? null,
      rules: doc.report.rules ?? null,
      economy: doc.economy ?? null,
      extra: doc.report.extra ?? null,
      documentExtra: doc.extra ?? null,
      scaleId: doc.scale?.id ?? null,
      scaleExtra: doc.scale?.extra ?? null,
    };
    let reportPk: number;
    let revision = 1;
    if (existing) {
      reportPk = existing.pk;
      revision = existing.revision + 1;
      await tx
        .update(reports)
        .set({ ...columns, revision, updatedAt: new Date().toISOString() })
        .where(eq(reports.pk, reportPk));
      await deleteFigures(tx, reportPk);
      await sliceYield();
    } else {
      const [row] = await tx
        .insert(reports)
        .values({ orgId: doc.organisation.id, reportId: doc.report.id, ...columns })
        .returning({ pk: reports.pk });
      reportPk = row!.pk;
    }
    await insertFigures(tx, reportPk, doc);
    if (existing && opts.previous)
      await saveRevision(tx, { reportPk, revision: existing.revision, doc: opts.previous, origin: 'baseline' });
    await saveRevision(tx, { reportPk, revision, doc, origin: opts.origin ?? 'import', actor: opts.actor });

    const goalIds = new Set(doc.goals.map((g) => g.id));
    const written = new Set<string>();
    for (const row of await tx.select({ goalId: suggestions.goalId }).from(suggestions).where(eq(suggestions.reportPk, reportPk)))
      written.add(row.goalId);
    for (const row of await tx.select({ goalId: assessments.goalId }).from(assessments).where(eq(assessments.reportPk, reportPk)))
      written.add(row.goalId);
    // '' is a report-level section's text (it has a section_id instead of a goal).
    const orphanedGoals = [...written].filter((g) => g !== '' && !goalIds.has(g)).sort();
    return { id: doc.report.id, created: !existing, revision, orphanedGoals };
  });
}

async function deleteFigures(tx: Tx, reportPk: number) {
  const goalPks = tx.select({ pk: goals.pk }).from(goals).where(eq(goals.reportPk, reportPk));
  // Outcomes and targets go a batch of indicators at a time, with turns between (30 000 rows
  // deleted in one statement would hold the event loop).
  const indicatorPks = (await tx.select({ pk: indicators.pk }).from(indicators).where(inArray(indicators.goalPk, goalPks))).map(
    (r) => r.pk,
  );
  await inChunks(indicatorPks, async (pks) => {
    await tx.delete(indicatorValues).where(inArray(indicatorValues.indicatorPk, pks));
    await tx.delete(targets).where(inArray(targets.indicatorPk, pks));
  });
  await tx.delete(indicators).where(inArray(indicators.goalPk, goalPks));
  await tx.delete(goalNotes).where(inArray(goalNotes.goalPk, goalPks));
  await tx.delete(activities).where(inArray(activities.goalPk, goalPks));
  await tx.delete(goals).where(eq(goals.reportPk, reportPk));
  await tx.delete(scaleLevels).where(eq(scaleLevels.reportPk, reportPk));
}

async function insertFigures(tx: Tx, reportPk: number, doc: ReportDocument) {
  // A report that assesses no goal has no scale: zero rows, and none is exported.
  if (doc.scale)
    await tx.insert(scaleLevels).values(
      doc.scale.levels.map((l, position) => ({
        reportPk,
        position,
        levelId: l.id,
        label: l.label,
        rank: l.rank,
        extra: l.extra ?? null,
      })),
    );
  if (doc.goals.length === 0) return;

  const goalRows = await tx
    .insert(goals)
    .values(
      doc.goals.map((g, position) => ({
        reportPk,
        position,
        goalId: g.id,
        area: g.area ?? null,
        councilGoal: g.councilGoal ?? null,
        title: g.title,
        hasPublished: g.published !== undefined,
        publishedLevel: g.published?.level ?? null,
        publishedMotivation: g.published?.motivation ?? null,
        publishedExtra: g.published?.extra ?? null,
        extra: g.extra ?? null,
      })),
    )
    .returning({ pk: goals.pk, goalId: goals.goalId });
  const goalPk = new Map(goalRows.map((r) => [r.goalId, r.pk]));
  await sliceYield();

  const indicatorInput = doc.goals.flatMap((g) => g.indicators.map((ind, position) => ({ goalPk: goalPk.get(g.id)!, position, ind })));
  const indicatorPk = new Map<string, number>();
  await inChunks(indicatorInput, async (chunk) => {
    const rows = await tx
      .insert(indicators)
      .values(
        chunk.map(({ goalPk, position, ind }) => ({
          goalPk,
          position,
          indicatorId: ind.id,
          name: ind.name,
          unit: ind.unit ?? null,
          better: ind.better,
          shortName: ind.shortName ?? null,
          owner: ind.owner ?? null,
          source: ind.source ?? null,
          kolada: ind.kolada ?? null,
          equality: ind.equality ?? null,
          extra: ind.extra ?? null,
        })),
      )
      .returning({ pk: indicators.pk, goalPk: indicators.goalPk, indicatorId: indicators.indicatorId });
    for (const r of rows) indicatorPk.set(`${r.goalPk}/${r.indicatorId}`, r.pk);
  });

  const pkOf = (gp: number, id: string) => indicatorPk.get(`${gp}/${id}`)!;
  const valueRows = indicatorInput.flatMap(({ goalPk, ind }) =>
    ind.values.map((v, position) => ({
      indicatorPk: pkOf(goalPk, ind.id),
      position,
      period: v.period,
      value: v.value,
      note: v.note ?? null,
      label: v.label ?? null,
      breakdown: v.breakdown ?? null,
      comparisons: v.comparisons ?? null,
      rolling: v.rolling ?? null,
      kind: v.kind ?? null,
      source: v.source ?? null,
      extra: v.extra ?? null,
    })),
  );
  await inChunks(valueRows, (chunk) => tx.insert(indicatorValues).values(chunk));
  const targetRows = indicatorInput.flatMap(({ goalPk, ind }) =>
    ind.targets.map((t, position) => ({
      indicatorPk: pkOf(goalPk, ind.id),
      position,
      period: t.period,
      kind: t.kind,
      value: t.value ?? null,
      change: t.change ?? null,
      note: t.note ?? null,
      extra: t.extra ?? null,
    })),
  );
  await inChunks(targetRows, (chunk) => tx.insert(targets).values(chunk));
  const noteRows = doc.goals.flatMap((g) => g.notes.map((text, position) => ({ goalPk: goalPk.get(g.id)!, position, text })));
  await inChunks(noteRows, (chunk) => tx.insert(goalNotes).values(chunk));
  const activityRows = doc.goals.flatMap((g) =>
    g.activities.map((a, position) => ({
      goalPk: goalPk.get(g.id)!,
      position,
      title: a.title,
      status: a.status ?? null,
      kind: a.kind ?? null,
      followUp: a.followUp ?? null,
      extra: a.extra ?? null,
    })),
  );
  await inChunks(activityRows, (chunk) => tx.insert(activities).values(chunk));
}

export { loadReportDocument } from './report-document';
