/**
 * @module The documents of a report's revisions: each import (and Kolada pull, and restore) keeps
 * the document it wrote, so an earlier revision can be looked at and restored as a new one.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { ReportDocument } from '../domain/report';
import { sliceYield } from '../lib/yield';
import type { DbOrTx } from './client';
import { reportRevisions } from './schema';

export type RevisionOrigin = 'import' | 'kolada' | 'restore' | 'baseline';

/** Stands in for the goals in the document's text until they are put in; NUL is in no stored string. */
const GOALS = '\u0000goals';

/**
 * `JSON.stringify(doc)`, a goal at a time with turns for other requests in between: a report at the
 * limits is megabytes of JSON, one stretch of 30–60 ms on a loaded machine.
 */
async function documentJson(doc: ReportDocument): Promise<string> {
  const goals: string[] = [];
  for (const goal of doc.goals) {
    await sliceYield();
    goals.push(JSON.stringify(goal));
  }
  const head = JSON.stringify({ ...doc, goals: GOALS });
  const marker = JSON.stringify(GOALS);
  const at = head.indexOf(marker);
  if (at < 0 || head.indexOf(marker, at + 1) >= 0) return JSON.stringify(doc);
  return `${head.slice(0, at)}[${goals.join(',')}]${head.slice(at + marker.length)}`;
}

export async function saveRevision(
  db: DbOrTx,
  input: { reportPk: number; revision: number; doc: ReportDocument; origin: RevisionOrigin; actor?: string },
): Promise<void> {
  await db
    .insert(reportRevisions)
    .values({
      reportPk: input.reportPk,
      revision: input.revision,
      document: sql`${await documentJson(input.doc)}`,
      origin: input.origin,
      actor: input.actor ?? null,
    })
    .onConflictDoNothing();
}

export async function listRevisions(db: DbOrTx, reportPk: number) {
  return db
    .select({
      revision: reportRevisions.revision,
      origin: reportRevisions.origin,
      actor: reportRevisions.actor,
      createdAt: reportRevisions.createdAt,
    })
    .from(reportRevisions)
    .where(eq(reportRevisions.reportPk, reportPk))
    .orderBy(desc(reportRevisions.revision));
}

export async function loadRevision(db: DbOrTx, reportPk: number, revision: number): Promise<ReportDocument | undefined> {
  const [row] = await db
    .select({ document: reportRevisions.document })
    .from(reportRevisions)
    .where(and(eq(reportRevisions.reportPk, reportPk), eq(reportRevisions.revision, revision)));
  return row?.document as ReportDocument | undefined;
}
