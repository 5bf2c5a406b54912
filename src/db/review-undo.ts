/** @module Review events beyond one write: withdrawing a decision (undo) and recording an event that is not about one text. */
import { and, desc, eq, sql } from 'drizzle-orm';
import { writeTransaction, type Db } from './client';
import { events, reports, suggestions } from './schema';
import { conflictResult, getSuggestionRow, suggestionView, updateIfVersion, type WriteResult } from './suggestions';

/**
 * Withdraws an acceptance or a rejection: the text is pending again. A withdrawn acceptance puts
 * back the text it had superseded, if that one is still superseded and nothing else is accepted
 * for the goal. Every step is an event; nothing is deleted. In one transaction.
 */
export async function withdrawDecision(
  db: Db,
  input: { id: string; baseVersion: number; actor: string },
): Promise<WriteResult & { reinstated?: string | null }> {
  const result = await writeTransaction(db, async (tx): Promise<(WriteResult & { reinstated?: string | null }) | null> => {
    const at = new Date().toISOString();
    const before = await getSuggestionRow(tx, input.id);
    if (!before || (before.status !== 'accepted' && before.status !== 'rejected')) return null;
    const row = await updateIfVersion(tx, input.id, input.baseVersion, {
      status: 'pending',
      overrideReason: null,
      rejectReason: null,
      updatedBy: input.actor,
      updatedAt: at,
    });
    if (!row) return null;
    let reinstated: string | null = null;
    if (before.status === 'accepted') {
      // The acceptance being withdrawn says which text it superseded.
      const [accepted] = await tx
        .select()
        .from(events)
        .where(and(eq(events.suggestionId, row.id), eq(events.action, 'suggestion.accepted')))
        .orderBy(desc(events.id))
        .limit(1);
      const ids = ((accepted?.detail as { superseded?: string[] } | null)?.superseded ?? []).filter((x) => x !== row.id);
      for (const id of ids) {
        const [back] = await tx
          .update(suggestions)
          .set({ status: 'accepted', version: sql`${suggestions.version} + 1`, updatedBy: input.actor, updatedAt: at })
          .where(and(eq(suggestions.id, id), eq(suggestions.status, 'superseded')))
          .returning({ id: suggestions.id });
        if (back) {
          reinstated = back.id;
          await tx.insert(events).values({
            reportPk: row.reportPk,
            goalId: row.goalId,
            suggestionId: back.id,
            actor: input.actor,
            action: 'suggestion.reinstated',
            detail: { withdrawn: row.id },
            at,
          });
          break;
        }
      }
    }
    await tx.insert(events).values({
      reportPk: row.reportPk,
      goalId: row.goalId,
      suggestionId: row.id,
      actor: input.actor,
      action: 'suggestion.withdrawn',
      detail: { version: row.version, previousStatus: before.status, reinstated },
      at,
    });
    return { ok: true, suggestion: suggestionView(row), superseded: [], reinstated };
  });
  return result ?? conflictResult(db, input.id);
}

/** An event that is not about one text (an edit of the goal's data, say), in the report's history. */
export async function recordEvent(
  db: Db,
  input: { orgId: string; reportId: string; goalId: string | null; actor: string; action: string; detail: Record<string, unknown> },
) {
  const [report] = await db
    .select({ pk: reports.pk })
    .from(reports)
    .where(and(eq(reports.orgId, input.orgId), eq(reports.reportId, input.reportId)));
  if (!report) return;
  await db.insert(events).values({
    reportPk: report.pk,
    goalId: input.goalId,
    actor: input.actor,
    action: input.action,
    detail: input.detail,
    at: new Date().toISOString(),
  });
}
