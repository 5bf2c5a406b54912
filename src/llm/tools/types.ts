/** @module What a chat tool is: a name, a zod schema for its arguments, and a run that answers the model (data) and the person (a summary, a table). */
import type OpenAI from 'openai';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { Principal } from '../../db/tokens';
import type { Finding } from '../../domain/checker';
import type { GoalAssessment, ReportAssessment } from '../../domain/assessment';
import type { ReportDocument } from '../../domain/report';

export interface ToolContext {
  db: Db;
  doc: ReportDocument;
  assessment: ReportAssessment;
  reportPk: number;
  principal: Principal;
  conversationId: string;
  /** The model, when one is configured: drafts are then written by it. */
  openai: (() => OpenAI) | null;
  model?: string;
}

export interface ToolTable {
  columns: string[];
  rows: string[][];
}

export interface ChatDraft {
  goalId: string;
  text: string;
  verified: boolean;
  findings: Finding[];
  mode: 'offline' | 'llm';
  instructions?: string;
}

export interface ChatSuggestion {
  id: string;
  goalId: string;
  status: string;
  verified: boolean;
}

export interface ToolOutcome {
  /** What the model reads back, as JSON. */
  result: unknown;
  /** One Swedish sentence for the person watching. */
  summary: string;
  table?: ToolTable;
  /** Goals the result is about: the replies that follow are checked against their figures. */
  goalIds: string[];
  draft?: ChatDraft;
  suggestion?: ChatSuggestion;
}

export interface ChatTool<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  schema: S;
  run(ctx: ToolContext, args: z.infer<S>): Promise<ToolOutcome>;
}

export const defineTool = <S extends z.ZodType>(tool: ChatTool<S>): ChatTool<S> => tool;

/** A tool call that cannot be done as asked; its message goes back to the model so it can correct itself. */
export class ToolError extends Error {}

export function goalOf(ctx: ToolContext, goalId: string): GoalAssessment {
  const found = ctx.assessment.goals.find((g) => g.goalId === goalId);
  if (!found) {
    throw new ToolError(`Målet "${goalId}" finns inte i rapporten. Målen är: ${ctx.assessment.goals.map((g) => g.goalId).join(', ')}.`);
  }
  return found;
}
