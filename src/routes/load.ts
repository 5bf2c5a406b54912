/**
 * @module Context adapters for the web pages (`routes/pages.ts`, `routes/chat-page.ts`), which are
 * being split by feature: each hands the signed-in principal to a service. New code calls
 * `src/services` directly; these go when the pages do.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { getAssessedGoal, getAssessedReport, getReport } from '../services';

type Ctx = Context<AppEnv>;

export const loadReport = (c: Ctx, reportId: string) => getReport(c.var.deps.db, c.var.principal, reportId);
export const loadAssessedReport = (c: Ctx, reportId: string) => getAssessedReport(c.var.deps.db, c.var.principal, reportId);
export const loadGoal = (c: Ctx, reportId: string, goalId: string) => getAssessedGoal(c.var.deps.db, c.var.principal, reportId, goalId);
