/**
 * @module Reports in the database: import (all or nothing, in one transaction), export to the same
 * report-data/v1 document, and look-ups scoped to one organisation.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Activity, Indicator, IndicatorValue, ReportDocument } from '../domain/report';
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

/** Rows per INSERT: keeps each statement well under SQLite's limit of bound variables. */
const CHUNK = 400;
/** Indicators whose outcomes (or targets) are read in one SELECT when a document is rebuilt. */
const INDICATOR_PAGE = 300;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insert(rows.slice(i, i + CHUNK));
    // The embedded client is synchronous: give other requests a turn during a large import.
    await sliceYield();
  }
}

const orUndefined = <T>(v: T | null | undefined): T | undefined => (v === null || v === undefined ? undefined : v);
/** Keeps optional fields absent (not null) in the exported document so it equals what was imported. */
function compact<T extends Record<string, unknown>>(obj: T): T {
  for (const key of Object.keys(obj)) if (obj[key] === undefined) delete obj[key];
  return obj;
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
  const indicatorPks = tx.select({ pk: indicators.pk }).from(indicators).where(inArray(indicators.goalPk, goalPks));
  await tx.delete(indicatorValues).where(inArray(indicatorValues.indicatorPk, indicatorPks));
  await tx.delete(targets).where(inArray(targets.indicatorPk, indicatorPks));
  await tx.delete(indicators).where(inArray(indicators.goalPk, goalPks));
  await tx.delete(goalNotes).where(inArray(goalNotes.goalPk, goalPks));
  await tx.delete(activities).where(inArray(activities.goalPk, goalPks));
  await tx.delete(goals).where(eq(goals.reportPk, reportPk));
  await tx.delete(scaleLevels).where(eq(scaleLevels.reportPk, reportPk));
}

async function insertFigures(tx: Tx, reportPk: number, doc: ReportDocument) {
  // A report that assesses no goal has no scale: zero rows, and none is exported.
  if (doc.scale)
    await tx
      .insert(scaleLevels)
      .values(
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

  const indicatorInput = doc.goals.flatMap((g) => g.indicators.map((ind, position) => ({ goalPk: goalPk.get(g.id)!, position, ind })));
  const indicatorPk = new Map<string, number>();
  await insertChunked(indicatorInput, async (chunk) => {
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
  await insertChunked(valueRows, (chunk) => tx.insert(indicatorValues).values(chunk));
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
  await insertChunked(targetRows, (chunk) => tx.insert(targets).values(chunk));
  const noteRows = doc.goals.flatMap((g) => g.notes.map((text, position) => ({ goalPk: goalPk.get(g.id)!, position, text })));
  await insertChunked(noteRows, (chunk) => tx.insert(goalNotes).values(chunk));
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
  await insertChunked(activityRows, (chunk) => tx.insert(activities).values(chunk));
}

/** Rebuilds the report-data/v1 document exactly as it was imported. */
export async function loadReportDocument(
  db: DbOrTx,
  orgId: string,
  reportId: string,
): Promise<{ row: ReportRow; doc: ReportDocument } | undefined> {
  const row = await findReport(db, orgId, reportId);
  if (!row) return undefined;
  await sliceYield();
  const [org] = await db.select().from(organisations).where(eq(organisations.id, orgId));
  const levels = await db.select().from(scaleLevels).where(eq(scaleLevels.reportPk, row.pk)).orderBy(asc(scaleLevels.position));
  await sliceYield();
  const goalRows = await db.select().from(goals).where(eq(goals.reportPk, row.pk)).orderBy(asc(goals.position));
  const goalPks = goalRows.map((g) => g.pk);
  const byGoal = sql`${indicators.goalPk} in (select ${goals.pk} from ${goals} where ${goals.reportPk} = ${row.pk})`;
  const indicatorRows = goalPks.length
    ? await db.select().from(indicators).where(byGoal).orderBy(asc(indicators.goalPk), asc(indicators.position))
    : [];
  // Outcomes and targets are read a batch of indicators at a time, with a turn for other requests
  // in between: one read of a report at the limits (30 000 rows) would hold the event loop. Rows are
  // grouped per indicator below, so only the order within an indicator matters.
  const pagesOf =
    <T>(select: (pks: number[]) => Promise<T[]>) =>
    async () => {
      const pks = indicatorRows.map((i) => i.pk).sort((a, b) => a - b);
      const rows: T[] = [];
      for (let i = 0; i < pks.length; i += INDICATOR_PAGE) {
        await sliceYield();
        rows.push(...(await select(pks.slice(i, i + INDICATOR_PAGE))));
      }
      return rows;
    };
  const valueRows = await pagesOf((pks) =>
    db
      .select()
      .from(indicatorValues)
      .where(inArray(indicatorValues.indicatorPk, pks))
      .orderBy(asc(indicatorValues.indicatorPk), asc(indicatorValues.position)),
  )();
  const targetRows = await pagesOf((pks) =>
    db.select().from(targets).where(inArray(targets.indicatorPk, pks)).orderBy(asc(targets.indicatorPk), asc(targets.position)),
  )();
  await sliceYield();
  const noteRows = goalPks.length
    ? await db.select().from(goalNotes).where(inArray(goalNotes.goalPk, goalPks)).orderBy(asc(goalNotes.goalPk), asc(goalNotes.position))
    : [];
  const activityRows = goalPks.length
    ? await db
        .select()
        .from(activities)
        .where(inArray(activities.goalPk, goalPks))
        .orderBy(asc(activities.goalPk), asc(activities.position))
    : [];

  await sliceYield();
  const group = <T, K>(items: T[], key: (t: T) => K) => {
    const map = new Map<K, T[]>();
    for (const item of items) {
      const k = key(item);
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
    return map;
  };
  const valuesOf = group(valueRows, (v) => v.indicatorPk);
  const targetsOf = group(targetRows, (t) => t.indicatorPk);
  const indicatorsOf = group(indicatorRows, (i) => i.goalPk);
  const notesOf = group(noteRows, (n) => n.goalPk);
  const activitiesOf = group(activityRows, (a) => a.goalPk);

  const doc: ReportDocument = compact({
    schema: 'report-data/v1' as const,
    organisation: compact({
      id: orgId,
      name: org!.name,
      municipality: orUndefined(org!.municipality),
      kolada: orUndefined(org!.kolada) as ReportDocument['organisation']['kolada'],
      extra: orUndefined(org!.extra),
    }),
    report: compact({
      id: row.reportId,
      kind: row.kind as ReportDocument['report']['kind'],
      year: row.year,
      title: orUndefined(row.title),
      asOf: orUndefined(row.asOf),
      rules: orUndefined(row.rules) as ReportDocument['report']['rules'],
      extra: orUndefined(row.extra),
    }),
    scale:
      levels.length === 0
        ? undefined
        : compact({
            id: orUndefined(row.scaleId),
            levels: levels.map((l) => compact({ id: l.levelId, label: l.label, rank: l.rank, extra: orUndefined(l.extra) })),
            extra: orUndefined(row.scaleExtra),
          }),
    goals: goalRows.map((g) =>
      compact({
        id: g.goalId,
        area: orUndefined(g.area),
        councilGoal: orUndefined(g.councilGoal),
        title: g.title,
        indicators: (indicatorsOf.get(g.pk) ?? []).map((i) =>
          compact({
            id: i.indicatorId,
            name: i.name,
            unit: orUndefined(i.unit),
            better: i.better,
            shortName: orUndefined(i.shortName),
            owner: orUndefined(i.owner),
            source: orUndefined(i.source),
            kolada: orUndefined(i.kolada) as Indicator['kolada'],
            equality: orUndefined(i.equality) as Indicator['equality'],
            values: (valuesOf.get(i.pk) ?? []).map((v) =>
              compact({
                period: v.period,
                value: v.value,
                note: orUndefined(v.note),
                label: orUndefined(v.label),
                breakdown: orUndefined(v.breakdown) as Record<string, number | null> | undefined,
                comparisons: orUndefined(v.comparisons) as Record<string, number | null> | undefined,
                rolling: orUndefined(v.rolling),
                kind: orUndefined(v.kind),
                source: orUndefined(v.source) as IndicatorValue['source'],
                extra: orUndefined(v.extra),
              }),
            ),
            targets: (targetsOf.get(i.pk) ?? []).map((t) =>
              compact({
                period: t.period,
                kind: t.kind,
                value: orUndefined(t.value),
                change: orUndefined(t.change),
                note: orUndefined(t.note),
                extra: orUndefined(t.extra),
              }),
            ),
            extra: orUndefined(i.extra),
          }),
        ),
        notes: (notesOf.get(g.pk) ?? []).map((n) => n.text),
        activities: (activitiesOf.get(g.pk) ?? []).map((a) =>
          compact({
            title: a.title,
            status: orUndefined(a.status),
            kind: orUndefined(a.kind) as Activity['kind'],
            followUp: orUndefined(a.followUp),
            extra: orUndefined(a.extra),
          }),
        ),
        published: g.hasPublished
          ? compact({
              level: orUndefined(g.publishedLevel),
              motivation: orUndefined(g.publishedMotivation),
              extra: orUndefined(g.publishedExtra),
            })
          : undefined,
        extra: orUndefined(g.extra),
      }),
    ),
    economy: orUndefined(row.economy) as ReportDocument['economy'],
    extra: orUndefined(row.documentExtra),
  });
  return { row, doc };
}
