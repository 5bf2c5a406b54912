/**
 * @module The documents of a report's revisions: each import (and Kolada pull, and restore) keeps
 * the document it wrote, so an earlier revision can be looked at and restored as a new one.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { ReportDocument } from '../domain/report';
import type { DbOrTx } from './client';
import { reportRevisions } from './schema';

export type RevisionOrigin = 'import' | 'kolada' | 'restore' | 'baseline';

export async function saveRevision(
  db: DbOrTx,
  input: { reportPk: number; revision: number; doc: ReportDocument; origin: RevisionOrigin; actor?: string },
): Promise<void> {
  await db
    .insert(reportRevisions)
    .values({ reportPk: input.reportPk, revision: input.revision, document: input.doc, origin: input.origin, actor: input.actor ?? null })
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
