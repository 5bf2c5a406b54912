/**
 * @module Suggested motivation paragraphs per goal and their versions. Every write that touches
 * more than one row runs in one transaction; every change leaves an event in the audit trail.
 */
import { eq } from 'drizzle-orm';
import { newId } from '../lib/crypto';
import type { DbOrTx } from './client';
import { events, suggestions, suggestionVersions } from './schema';

export type SuggestionRow = typeof suggestions.$inferSelect;
export type SuggestionOrigin = 'offline' | 'llm' | 'manual' | 'chat';

export interface NewSuggestion {
  reportPk: number;
  goalId: string;
  text: string;
  origin: SuggestionOrigin;
  level?: string;
  verified: boolean;
  findings: unknown[];
  provenance?: unknown;
  factsDigest?: string;
  createdBy: string;
}

export function suggestionView(row: SuggestionRow) {
  return {
    id: row.id,
    goalId: row.goalId,
    status: row.status,
    version: row.version,
    text: row.text,
    origin: row.origin,
    level: row.level,
    verified: row.verified,
    findings: (row.findings ?? []) as unknown[],
    provenance: row.provenance ?? null,
    stale: row.stale,
    overrideReason: row.overrideReason,
    rejectReason: row.rejectReason,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}
export type SuggestionView = ReturnType<typeof suggestionView>;

/** Stores a new pending suggestion with its first version and an audit event, in one transaction. */
export async function createSuggestion(db: { transaction: DbOrTx['transaction'] }, input: NewSuggestion): Promise<SuggestionView> {
  return db.transaction(async (tx) => {
    const id = newId();
    const at = new Date().toISOString();
    const [row] = await tx
      .insert(suggestions)
      .values({
        id,
        reportPk: input.reportPk,
        goalId: input.goalId,
        status: 'pending',
        version: 1,
        text: input.text,
        origin: input.origin,
        level: input.level ?? null,
        verified: input.verified,
        findings: input.findings,
        provenance: input.provenance ?? null,
        factsDigest: input.factsDigest ?? null,
        createdBy: input.createdBy,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await tx.insert(suggestionVersions).values({ suggestionId: id, version: 1, text: input.text, findings: input.findings, createdBy: input.createdBy, createdAt: at });
    await tx.insert(events).values({
      reportPk: input.reportPk,
      goalId: input.goalId,
      suggestionId: id,
      actor: input.createdBy,
      action: 'suggestion.created',
      detail: { origin: input.origin, verified: input.verified, errors: input.findings.filter((f) => (f as { severity?: string }).severity === 'error').length },
      at,
    });
    return suggestionView(row!);
  });
}

export async function getSuggestionRow(db: DbOrTx, id: string): Promise<SuggestionRow | undefined> {
  const [row] = await db.select().from(suggestions).where(eq(suggestions.id, id));
  return row;
}
