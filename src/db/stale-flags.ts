/**
 * @module Flagging texts stale: when the figures or the level under an accepted or pending text
 * change, its new findings and digest are stored and an event says what changed; the text itself
 * is never touched. One transaction for all the texts one change flags.
 */
import { and, eq, sql } from 'drizzle-orm';
import { writeTransaction, type Transactional } from './client';
import { events, suggestions } from './schema';
import { errorCount } from './suggestions';

/** What changed under a text, old → new, as people read it ("Slutlig nivå: Delvis uppfyllt → Ej uppfyllt"). */
export interface ChangeNote {
  what: string;
  from: string;
  to: string;
}

export interface StaleChange {
  id: string;
  version: number;
  goalId: string;
  sectionId?: string;
  findings: unknown[];
  factsDigest: string | null;
  previousDigest: string | null;
  reason: 'facts_changed' | 'goal_removed' | 'level_changed' | 'section_changed';
  /** What changed, when known; shown with the stale text. */
  changed?: ChangeNote[];
}

/** Flags texts whose figures changed: new findings and digest stored, the text untouched, one event each; all in one transaction. Returns how many were flagged. */
export async function markStale(db: Transactional, reportPk: number, changes: StaleChange[], actor: string): Promise<number> {
  if (changes.length === 0) return 0;
  return writeTransaction(db, async (tx) => {
    const at = new Date().toISOString();
    let marked = 0;
    for (const ch of changes) {
      const [row] = await tx
        .update(suggestions)
        .set({
          stale: true,
          findings: ch.findings,
          factsDigest: ch.factsDigest,
          version: sql`${suggestions.version} + 1`,
          updatedBy: actor,
          updatedAt: at,
        })
        // A text revised since it was read was checked against the new figures already.
        .where(and(eq(suggestions.id, ch.id), eq(suggestions.reportPk, reportPk), eq(suggestions.version, ch.version)))
        .returning({ status: suggestions.status, version: suggestions.version });
      if (!row) continue;
      marked++;
      await tx.insert(events).values({
        reportPk,
        goalId: ch.goalId,
        sectionId: ch.sectionId ?? null,
        suggestionId: ch.id,
        actor,
        action: 'suggestion.stale',
        detail: {
          reason: ch.reason,
          status: row.status,
          version: row.version,
          errors: errorCount(ch.findings),
          previousDigest: ch.previousDigest,
          digest: ch.factsDigest,
          ...(ch.changed?.length ? { changed: ch.changed } : {}),
        },
        at,
      });
    }
    return marked;
  });
}
