/** @module The organisation's own published motivations from its other reports: style examples for drafting when a report has none of its own. */
import { and, desc, asc, eq, isNotNull, ne } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { goals, reports } from './schema';

/** Published motivations of the organisation's other reports, newest report first, in goal order. */
export async function publishedMotivations(db: DbOrTx, orgId: string, exceptReportPk: number, limit = 20): Promise<string[]> {
  const rows = await db
    .select({ text: goals.publishedMotivation })
    .from(goals)
    .innerJoin(reports, eq(goals.reportPk, reports.pk))
    .where(and(eq(reports.orgId, orgId), ne(reports.pk, exceptReportPk), isNotNull(goals.publishedMotivation)))
    .orderBy(desc(reports.year), asc(reports.reportId), asc(goals.position))
    .limit(limit);
  return rows.map((r) => r.text ?? '').filter((t) => t.trim() !== '');
}
