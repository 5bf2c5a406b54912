/** @module Slack workspaces linked to an organisation and its default report: the only way Slack reaches any data. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { reports, slackLinks } from './schema';

export type SlackLink = typeof slackLinks.$inferSelect;

/** A link with the version stamp of its report (null when the report is gone), in one query. */
export interface ResolvedSlackLink {
  link: SlackLink;
  report: { pk: number; revision: number; updatedAt: string } | null;
}

function resolveQuery(db: DbOrTx) {
  return db
    .select({ link: slackLinks, pk: reports.pk, revision: reports.revision, updatedAt: reports.updatedAt })
    .from(slackLinks)
    .leftJoin(reports, and(eq(reports.orgId, slackLinks.orgId), eq(reports.reportId, slackLinks.reportId)))
    .where(eq(slackLinks.teamId, sql.placeholder('teamId')))
    .prepare();
}

// Every slash command runs this query: it is built once per database handle, not per request.
const resolveQueries = new WeakMap<object, ReturnType<typeof resolveQuery>>();

export async function resolveSlackLink(db: DbOrTx, teamId: string): Promise<ResolvedSlackLink | undefined> {
  let query = resolveQueries.get(db);
  if (!query) resolveQueries.set(db, (query = resolveQuery(db)));
  const [row] = await query.all({ teamId });
  if (!row) return undefined;
  const report =
    row.pk !== null && row.revision !== null && row.updatedAt !== null
      ? { pk: row.pk, revision: row.revision, updatedAt: row.updatedAt }
      : null;
  return { link: row.link, report };
}

export async function findSlackLink(db: DbOrTx, teamId: string): Promise<SlackLink | undefined> {
  const [row] = await db.select().from(slackLinks).where(eq(slackLinks.teamId, teamId));
  return row;
}

/** Links a workspace, or moves an existing link to another organisation or report. */
export async function linkSlackTeam(db: DbOrTx, link: { teamId: string; orgId: string; reportId: string }): Promise<{ created: boolean }> {
  const existing = await findSlackLink(db, link.teamId);
  await db
    .insert(slackLinks)
    .values(link)
    .onConflictDoUpdate({ target: slackLinks.teamId, set: { orgId: link.orgId, reportId: link.reportId } });
  return { created: !existing };
}

export async function unlinkSlackTeam(db: DbOrTx, teamId: string): Promise<boolean> {
  const removed = await db.delete(slackLinks).where(eq(slackLinks.teamId, teamId)).returning({ teamId: slackLinks.teamId });
  return removed.length > 0;
}

export async function listSlackLinks(db: DbOrTx): Promise<SlackLink[]> {
  return db.select().from(slackLinks).orderBy(asc(slackLinks.teamId));
}
