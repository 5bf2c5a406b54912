/** @module Officials' final levels per goal, with who set them, when, and why they differ from the computed one. */
import { and, eq } from 'drizzle-orm';
import type { LevelOverride, RollUpOverride } from '../domain/assessment';
import { writeTransaction, type DbOrTx, type Transactional } from './client';
import { assessments, events, rollupLevels } from './schema';

/** The goals' final levels set by officials, and the roll-ups' (each with its `key`). */
export async function loadOverrides(db: DbOrTx, reportPk: number): Promise<(LevelOverride | RollUpOverride)[]> {
  const rows = await db.select().from(assessments).where(eq(assessments.reportPk, reportPk));
  const ups = await db.select().from(rollupLevels).where(eq(rollupLevels.reportPk, reportPk));
  return [
    ...rows
      .filter((r) => r.finalLevel !== r.computedLevel || r.reason)
      .map((r) => ({ goalId: r.goalId, level: r.finalLevel, reason: r.reason ?? '', by: r.setBy, at: r.setAt })),
    ...ups.map((r) => ({ key: r.rollupKey, level: r.finalLevel, reason: r.reason ?? '', by: r.setBy, at: r.setAt })),
  ];
}

/**
 * Stores a roll-up's level and its audit event (in the samlad bedömning's history) together, or
 * neither. The whole report's level is stored the same way under its own key, with its own `action`.
 */
export async function saveRollUpLevel(
  db: Transactional,
  input: {
    reportPk: number;
    key: string;
    sectionId: string;
    title: string;
    computedLevel: string;
    finalLevel: string;
    label: string;
    reason?: string;
    by: string;
    action?: 'rollup.level.set' | 'overall.level.set';
  },
) {
  const at = new Date().toISOString();
  const values = {
    computedLevel: input.computedLevel,
    finalLevel: input.finalLevel,
    reason: input.reason ?? null,
    setBy: input.by,
    setAt: at,
  };
  await writeTransaction(db, async (tx) => {
    await tx
      .insert(rollupLevels)
      .values({ reportPk: input.reportPk, rollupKey: input.key, ...values })
      .onConflictDoUpdate({ target: [rollupLevels.reportPk, rollupLevels.rollupKey], set: values });
    await tx.insert(events).values({
      reportPk: input.reportPk,
      goalId: '',
      sectionId: input.sectionId,
      actor: input.by,
      action: input.action ?? 'rollup.level.set',
      detail: {
        rollUp: input.key,
        title: input.title,
        label: input.label,
        computedLevel: input.computedLevel,
        finalLevel: input.finalLevel,
        reason: input.reason ?? null,
      },
      at,
    });
  });
  return { ...values, key: input.key };
}

/**
 * Removes an official's level for a roll-up (so the computed one applies again) with its audit
 * event, together or neither; returns the level that was set, or undefined when none was.
 */
export async function clearRollUpLevel(
  db: Transactional,
  input: {
    reportPk: number;
    key: string;
    sectionId: string;
    action: 'overall.level.cleared' | 'rollup.level.cleared';
    detail: Record<string, unknown>;
    by: string;
  },
) {
  return writeTransaction(db, async (tx) => {
    const where = and(eq(rollupLevels.reportPk, input.reportPk), eq(rollupLevels.rollupKey, input.key));
    const [gone] = await tx.delete(rollupLevels).where(where).returning();
    if (!gone) return undefined;
    await tx.insert(events).values({
      reportPk: input.reportPk,
      goalId: '',
      sectionId: input.sectionId,
      actor: input.by,
      action: input.action,
      detail: { ...input.detail, previousLevel: gone.finalLevel, previousReason: gone.reason },
    });
    return gone;
  });
}

/** Stores a goal's final level and its audit event together, or neither. */
export async function saveFinalLevel(
  db: Transactional,
  input: { reportPk: number; goalId: string; computedLevel: string; finalLevel: string; reason?: string; by: string },
) {
  const at = new Date().toISOString();
  const values = {
    computedLevel: input.computedLevel,
    finalLevel: input.finalLevel,
    reason: input.reason ?? null,
    setBy: input.by,
    setAt: at,
  };
  await writeTransaction(db, async (tx) => {
    await tx
      .insert(assessments)
      .values({ reportPk: input.reportPk, goalId: input.goalId, ...values })
      .onConflictDoUpdate({ target: [assessments.reportPk, assessments.goalId], set: values });
    await tx.insert(events).values({
      reportPk: input.reportPk,
      goalId: input.goalId,
      actor: input.by,
      action: 'level.set',
      detail: { computedLevel: input.computedLevel, finalLevel: input.finalLevel, reason: input.reason ?? null },
      at,
    });
  });
  return { ...values, goalId: input.goalId };
}

export async function clearFinalLevel(db: DbOrTx, reportPk: number, goalId: string) {
  await db.delete(assessments).where(and(eq(assessments.reportPk, reportPk), eq(assessments.goalId, goalId)));
}
