/** @module The chat's tools: their OpenAI function definitions, and one way to run a call (arguments parsed and zod-validated; any failure becomes a result the model can read). */
import type OpenAI from 'openai';
import { z } from 'zod';
import { formatPath } from '../../domain/report';
import { AppError } from '../../lib/errors';
import { draftMotivationTool } from './drafting';
import { assessGoalTool, listGoals, showGoal } from './goals';
import { checkTextTool, proposeForReview } from './review';
import { ToolError, type ChatTool, type ToolContext, type ToolOutcome } from './types';

export type { ChatDraft, ChatSuggestion, ToolContext, ToolOutcome, ToolTable } from './types';

export const chatTools: ChatTool[] = [
  listGoals,
  showGoal,
  assessGoalTool,
  draftMotivationTool,
  checkTextTool,
  proposeForReview,
] as ChatTool[];

const byName = new Map(chatTools.map((t) => [t.name, t]));

/** The tools as the chat-completions API wants them; the JSON schema comes from the same zod schema that validates calls. */
export const toolDefinitions: OpenAI.Chat.ChatCompletionTool[] = chatTools.map((t) => {
  const { $schema: _ignored, ...parameters } = z.toJSONSchema(t.schema, { io: 'input' }) as Record<string, unknown>;
  return { type: 'function', function: { name: t.name, description: t.description, parameters } };
});

export type ToolRun = { ok: true; outcome: ToolOutcome } | { ok: false; error: string };

/** Runs one call. Unknown tools, bad JSON, invalid arguments and failures come back as `{ok: false}` with a Swedish reason. */
export async function runTool(ctx: ToolContext, name: string, rawArguments: string | unknown): Promise<ToolRun> {
  const tool = byName.get(name);
  if (!tool) return { ok: false, error: `Verktyget "${name}" finns inte. Verktygen är: ${[...byName.keys()].join(', ')}.` };
  let args: unknown = rawArguments;
  if (typeof rawArguments === 'string') {
    try {
      args = rawArguments.trim() === '' ? {} : JSON.parse(rawArguments);
    } catch {
      return { ok: false, error: `Argumenten till ${name} är inte giltig JSON.` };
    }
  }
  const parsed = tool.schema.safeParse(args);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${formatPath(i.path) || '(argumenten)'}: ${i.message}`).join('; ');
    return { ok: false, error: `Ogiltiga argument till ${name}: ${issues}.` };
  }
  try {
    return { ok: true, outcome: await tool.run(ctx, parsed.data) };
  } catch (err) {
    if (err instanceof ToolError || err instanceof AppError) return { ok: false, error: err.message };
    // Anything else is ours, not the model's: log it, and let the turn go on without this result.
    console.error(`chattverktyget ${name} misslyckades`, err);
    return { ok: false, error: `Verktyget ${name} misslyckades av ett internt fel; försök inte igen med samma anrop.` };
  }
}
