/** @module Context adapters for the goal page's forms (see `routes/load.ts`): each hands the signed-in principal to a review service. */
import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import * as review from '../services';

type Ctx = Context<AppEnv>;
const args = (c: Ctx) => [c.var.deps.db, c.var.principal] as const;

export const loadSuggestion = (c: Ctx, id: string) => review.getSuggestion(...args(c), id);
export const writeSuggestion = (c: Ctx, reportId: string, goalId: string, text: unknown) =>
  review.writeSuggestion(...args(c), { reportId, goalId, text });
export const reviseText = (c: Ctx, id: string, text: unknown, baseVersion: number) =>
  review.reviseText(...args(c), { id, text, baseVersion });
export const acceptText = (c: Ctx, id: string, baseVersion: number, override?: { reason?: string }, replaces?: string | null) =>
  review.acceptText(...args(c), { id, baseVersion, override, replaces });
export const rejectText = (c: Ctx, id: string, reason: string | undefined, baseVersion?: number) =>
  review.rejectText(...args(c), { id, reason, baseVersion });
export const setFinalLevel = (c: Ctx, reportId: string, goalId: string, level: string, reason: string | undefined) =>
  review.setFinalLevel(...args(c), { reportId, goalId, level, reason });
export const withdrawDecision = (c: Ctx, id: string, baseVersion: number) => review.withdrawDecision(...args(c), { id, baseVersion });
