/**
 * @module Suggested motivation paragraphs per goal, their versions and the review decisions on
 * them. Every write that touches more than one row runs in one transaction; every change leaves an
 * event in the audit trail; every change bumps `version`, and a change only lands when the row
 * still has the version the caller saw (a conditional UPDATE inside the transaction).
 */
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { newId } from '../lib/crypto';
import { writeTransaction, type Db, type DbOrTx, type Transactional, type Tx } from './client';
import { events, reports, suggestions, suggestionVersions } from './schema';

export type SuggestionRow = typeof suggestions.$inferSelect;
export type SuggestionOrigin = 'offline' | 'llm' | 'manual' | 'chat';
export type SuggestionStatus = SuggestionRow['status'];

export interface NewSuggestion {
  reportPk: number;
  /** '' for a report-level section's text, which has `sectionId` instead. */
  goalId: string;
  sectionId?: string;
  text: string;
  origin: SuggestionOrigin;
  level?: string;
  verified: boolean;
  findings: unknown[];
  provenance?: unknown;
  factsDigest?: string;
  createdBy: string;
}

/**
 * Who wrote a stored text, for the checker: a model (offline drafts included) until a person edits
 * it, then a person. Rows from before the column existed fall back on how the text was created.
 */
export function textOriginOf(row: Pick<SuggestionRow, 'origin' | 'textOrigin'>): 'person' | 'model' {
  return row.textOrigin ?? (row.origin === 'manual' ? 'person' : 'model');
}

export function suggestionView(row: SuggestionRow) {
  return {
    id: row.id,
    goalId: row.goalId,
    ...(row.sectionId !== null ? { sectionId: row.sectionId } : {}),
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

/** Texts of the same goal, or of the same report-level section: a goal's texts have no section. */
const sameSection = (sectionId: string | null) =>
  sectionId === null ? isNull(suggestions.sectionId) : eq(suggestions.sectionId, sectionId);

export const errorCount = (findings: unknown[]) => findings.filter((f) => (f as { severity?: string }).severity === 'error').length;

// ---------------------------------------------------------------- reads

export async function getSuggestionRow(db: DbOrTx, id: string): Promise<SuggestionRow | undefined> {
  const [row] = await db.select().from(suggestions).where(eq(suggestions.id, id));
  return row;
}

/** A suggestion with the report it belongs to, only when that report is the organisation's own. */
export async function findSuggestionInOrg(db: DbOrTx, orgId: string, id: string) {
  const [found] = await db
    .select({ row: suggestions, reportId: reports.reportId })
    .from(suggestions)
    .innerJoin(reports, eq(reports.pk, suggestions.reportPk))
    .where(and(eq(suggestions.id, id), eq(reports.orgId, orgId)));
  return found;
}

export async function listSuggestions(
  db: DbOrTx,
  reportPk: number,
  filter: { goalId?: string; sectionId?: string; status?: SuggestionStatus } = {},
) {
  const rows = await db
    .select()
    .from(suggestions)
    .where(
      and(
        eq(suggestions.reportPk, reportPk),
        filter.goalId !== undefined ? eq(suggestions.goalId, filter.goalId) : undefined,
        filter.sectionId !== undefined ? eq(suggestions.sectionId, filter.sectionId) : undefined,
        filter.status !== undefined ? eq(suggestions.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(suggestions.createdAt), asc(suggestions.id));
  return rows.map(suggestionView);
}

/** Every text version of the given suggestions, oldest first. */
export async function listVersions(db: DbOrTx, suggestionIds: string[]) {
  if (suggestionIds.length === 0) return [];
  return db
    .select()
    .from(suggestionVersions)
    .where(inArray(suggestionVersions.suggestionId, suggestionIds))
    .orderBy(asc(suggestionVersions.suggestionId), asc(suggestionVersions.version));
}

/** The audit trail of a report (optionally one goal), newest first. */
export async function listEvents(db: DbOrTx, reportPk: number, goalId?: string, sectionId?: string) {
  const rows = await db
    .select()
    .from(events)
    .where(
      and(
        eq(events.reportPk, reportPk),
        goalId !== undefined ? eq(events.goalId, goalId) : undefined,
        sectionId !== undefined ? eq(events.sectionId, sectionId) : undefined,
      ),
    )
    .orderBy(desc(events.id));
  return rows.map((e) => ({
    id: e.id,
    at: e.at,
    actor: e.actor,
    action: e.action,
    goalId: e.goalId,
    ...(e.sectionId !== null ? { sectionId: e.sectionId } : {}),
    suggestionId: e.suggestionId,
    detail: e.detail ?? null,
  }));
}
export type EventView = Awaited<ReturnType<typeof listEvents>>[number];

// ---------------------------------------------------------------- writes

/** Stores a new pending suggestion with its first version and an audit event, in one transaction. */
export async function createSuggestion(db: Transactional, input: NewSuggestion): Promise<SuggestionView> {
  return writeTransaction(db, async (tx) => {
    const id = newId();
    const at = new Date().toISOString();
    const [row] = await tx
      .insert(suggestions)
      .values({
        id,
        reportPk: input.reportPk,
        goalId: input.goalId,
        sectionId: input.sectionId ?? null,
        status: 'pending',
        version: 1,
        text: input.text,
        origin: input.origin,
        textOrigin: input.origin === 'manual' ? 'person' : 'model',
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
    await tx
      .insert(suggestionVersions)
      .values({ suggestionId: id, version: 1, text: input.text, findings: input.findings, createdBy: input.createdBy, createdAt: at });
    await tx.insert(events).values({
      reportPk: input.reportPk,
      goalId: input.goalId,
      sectionId: input.sectionId ?? null,
      suggestionId: id,
      actor: input.createdBy,
      action: 'suggestion.created',
      detail: { origin: input.origin, verified: input.verified, errors: errorCount(input.findings) },
      at,
    });
    return suggestionView(row!);
  });
}

/** A change either lands on the version the caller saw, or leaves everything as it was and returns the current state. */
export type WriteResult =
  | { ok: true; suggestion: SuggestionView; superseded: string[] }
  | {
      ok: false;
      current: SuggestionView | null;
      /** Set when the goal's accepted text is no longer the one the caller saw: the text accepted now (null: none). */
      goalAccepted?: SuggestionView | null;
    };

export async function conflictResult(db: DbOrTx, id: string): Promise<WriteResult> {
  const current = await getSuggestionRow(db, id);
  return { ok: false, current: current ? suggestionView(current) : null };
}

/** Bumps the version of one row only if it still has `baseVersion`; the guard that makes two concurrent writers one winner and one 409. */
export async function updateIfVersion(tx: Tx, id: string, baseVersion: number, set: Partial<typeof suggestions.$inferInsert>) {
  const [row] = await tx
    .update(suggestions)
    .set({ ...set, version: sql`${suggestions.version} + 1` })
    .where(and(eq(suggestions.id, id), eq(suggestions.version, baseVersion)))
    .returning();
  return row;
}

/**
 * A new version of the text, checked again: stored as a version, the suggestion pending again
 * (a rejected, superseded or accepted text goes back to review), no longer stale.
 */
export async function reviseSuggestion(
  db: Db,
  input: {
    id: string;
    baseVersion: number;
    text: string;
    findings: unknown[];
    verified: boolean;
    factsDigest: string | null;
    actor: string;
  },
): Promise<WriteResult> {
  const result = await writeTransaction(db, async (tx): Promise<WriteResult | null> => {
    const at = new Date().toISOString();
    const before = await getSuggestionRow(tx, input.id);
    const row = await updateIfVersion(tx, input.id, input.baseVersion, {
      text: input.text,
      textOrigin: 'person',
      status: 'pending',
      findings: input.findings,
      verified: input.verified,
      factsDigest: input.factsDigest,
      stale: false,
      overrideReason: null,
      rejectReason: null,
      updatedBy: input.actor,
      updatedAt: at,
    });
    if (!row || !before) return null;
    await tx.insert(suggestionVersions).values({
      suggestionId: row.id,
      version: row.version,
      text: input.text,
      findings: input.findings,
      createdBy: input.actor,
      createdAt: at,
    });
    await tx.insert(events).values({
      reportPk: row.reportPk,
      goalId: row.goalId,
      sectionId: row.sectionId,
      suggestionId: row.id,
      actor: input.actor,
      action: 'suggestion.edited',
      detail: { version: row.version, previousStatus: before.status, errors: errorCount(input.findings) },
      at,
    });
    return { ok: true, suggestion: suggestionView(row), superseded: [] };
  });
  return result ?? conflictResult(db, input.id);
}

/**
 * Accepts one suggestion and supersedes the goal's previously accepted one, in one transaction.
 * `findings` are those of the check just made; `overrideReason` is set when errors were accepted anyway.
 */
export async function acceptSuggestion(
  db: Db,
  input: {
    id: string;
    baseVersion: number;
    findings: unknown[];
    factsDigest: string | null;
    overrideReason: string | null;
    actor: string;
    /** The goal's accepted text the editor saw (null: none); if another has been accepted since, nothing is written. */
    replaces?: string | null;
  },
): Promise<WriteResult> {
  const result = await writeTransaction(db, async (tx): Promise<WriteResult | null> => {
    const at = new Date().toISOString();
    const before = await getSuggestionRow(tx, input.id);
    if (before && input.replaces !== undefined) {
      const [acceptedNow] = await tx
        .select()
        .from(suggestions)
        .where(
          and(
            eq(suggestions.reportPk, before.reportPk),
            eq(suggestions.goalId, before.goalId),
            sameSection(before.sectionId),
            eq(suggestions.status, 'accepted'),
          ),
        );
      if ((acceptedNow?.id ?? null) !== input.replaces) {
        return { ok: false, current: suggestionView(before), goalAccepted: acceptedNow ? suggestionView(acceptedNow) : null };
      }
    }
    const row = await updateIfVersion(tx, input.id, input.baseVersion, {
      status: 'accepted',
      findings: input.findings,
      factsDigest: input.factsDigest,
      stale: false,
      overrideReason: input.overrideReason,
      rejectReason: null,
      updatedBy: input.actor,
      updatedAt: at,
    });
    if (!row || !before) return null;
    const superseded = await tx
      .update(suggestions)
      .set({ status: 'superseded', version: sql`${suggestions.version} + 1`, updatedBy: input.actor, updatedAt: at })
      .where(
        and(
          eq(suggestions.reportPk, row.reportPk),
          eq(suggestions.goalId, row.goalId),
          sameSection(row.sectionId),
          eq(suggestions.status, 'accepted'),
          ne(suggestions.id, row.id),
        ),
      )
      .returning({ id: suggestions.id });
    await tx.insert(events).values({
      reportPk: row.reportPk,
      goalId: row.goalId,
      sectionId: row.sectionId,
      suggestionId: row.id,
      actor: input.actor,
      action: 'suggestion.accepted',
      detail: {
        version: row.version,
        previousStatus: before.status,
        wasStale: before.stale,
        errors: errorCount(input.findings),
        overrideReason: input.overrideReason,
        superseded: superseded.map((s) => s.id),
      },
      at,
    });
    for (const s of superseded) {
      await tx.insert(events).values({
        reportPk: row.reportPk,
        goalId: row.goalId,
        sectionId: row.sectionId,
        suggestionId: s.id,
        actor: input.actor,
        action: 'suggestion.superseded',
        detail: { by: row.id },
        at,
      });
    }
    return { ok: true, suggestion: suggestionView(row), superseded: superseded.map((s) => s.id) };
  });
  return result ?? conflictResult(db, input.id);
}

export async function rejectSuggestion(
  db: Db,
  input: { id: string; baseVersion: number; reason: string; actor: string },
): Promise<WriteResult> {
  const result = await writeTransaction(db, async (tx): Promise<WriteResult | null> => {
    const at = new Date().toISOString();
    const before = await getSuggestionRow(tx, input.id);
    const row = await updateIfVersion(tx, input.id, input.baseVersion, {
      status: 'rejected',
      rejectReason: input.reason,
      updatedBy: input.actor,
      updatedAt: at,
    });
    if (!row || !before) return null;
    await tx.insert(events).values({
      reportPk: row.reportPk,
      goalId: row.goalId,
      sectionId: row.sectionId,
      suggestionId: row.id,
      actor: input.actor,
      action: 'suggestion.rejected',
      detail: { version: row.version, previousStatus: before.status, reason: input.reason },
      at,
    });
    return { ok: true, suggestion: suggestionView(row), superseded: [] };
  });
  return result ?? conflictResult(db, input.id);
}

export { markStale, type ChangeNote, type StaleChange } from './stale-flags';
