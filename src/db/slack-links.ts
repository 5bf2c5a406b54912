/** @module Slack workspaces linked to an organisation and its default report: the only way Slack reaches any data. */
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { slackLinks } from './schema';

export type SlackLink = typeof slackLinks.$inferSelect;

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
