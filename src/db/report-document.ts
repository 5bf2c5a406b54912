/** @module Rebuilding a stored report as the report-data/v1 document it was imported as, exactly. */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Activity, Indicator, IndicatorValue, ReportDocument } from '../domain/report';
import { sliceYield } from '../lib/yield';
import type { DbOrTx } from './client';
import { findReport, type ReportRow } from './reports';
import { activities, goalNotes, goals, indicators, indicatorValues, organisations, scaleLevels, targets } from './schema';

/** Indicators whose outcomes (or targets) are read in one SELECT when a document is rebuilt. */
const INDICATOR_PAGE = 300;

const orUndefined = <T>(v: T | null | undefined): T | undefined => (v === null || v === undefined ? undefined : v);

/** Keeps optional fields absent (not null) in the exported document so it equals what was imported. */
function compact<T extends Record<string, unknown>>(obj: T): T {
  for (const key of Object.keys(obj)) if (obj[key] === undefined) delete obj[key];
  return obj;
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
