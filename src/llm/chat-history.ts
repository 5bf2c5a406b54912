/** @module A stored conversation read back: what the next turn needs to know (goal in play, last draft, note given), the history the model sees trimmed to a token budget, and the view the API returns. */
import type OpenAI from 'openai';
import type { ChatMessageRow } from '../db/conversations';
import { resolveLinks } from '../domain/chat';
import type { ReportDocument } from '../domain/report';
import { redact } from '../domain/sv';
import { HISTORY_TOKEN_BUDGET, type StoredToolCall } from './chat-types';
import type { ChatDraft } from './tools';

/**
 * Tokens a text costs a model, estimated without a tokenizer: about one token per 3,5 characters
 * of Swedish prose (a little more than English, for å/ä/ö and long compounds), plus a few per message.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3.5) + 4;
}

export function parseToolRecord(row: ChatMessageRow): StoredToolCall | undefined {
  if (row.role !== 'tool') return undefined;
  try {
    return JSON.parse(row.content) as StoredToolCall;
  } catch {
    return undefined;
  }
}

export interface ConversationContext {
  /** The goal the conversation was last about. */
  goalInPlay: string | null;
  drafts: ChatDraft[];
  /** Whether the note on configuring a model has been given in this conversation. */
  noteGiven: boolean;
}

export function contextOf(rows: ChatMessageRow[]): ConversationContext {
  let goalInPlay: string | null = null;
  const drafts: ChatDraft[] = [];
  for (const row of rows) {
    const tool = parseToolRecord(row);
    if (!tool) continue;
    if (tool.goalIds.length) goalInPlay = tool.goalIds[tool.goalIds.length - 1]!;
    if (tool.draft) drafts.push(tool.draft);
  }
  return { goalInPlay, drafts, noteGiven: rows.some((r) => r.role === 'system') };
}

/** The latest draft for a goal (any goal when none is given). */
export function lastDraft(context: ConversationContext, goalId?: string | null): ChatDraft | undefined {
  return [...context.drafts].reverse().find((d) => !goalId || d.goalId === goalId);
}

type Turn = { user: string; assistant: string[]; facts: string[] };

/**
 * Earlier turns as the model sees them: each question and its final answer, with the drafts and
 * suggestions made on the way (so "Skicka den till granskning" finds its text), but not the
 * tool results themselves. The newest turns are kept whole; older ones are left out once the
 * estimate passes the budget.
 */
export function historyForModel(rows: ChatMessageRow[], budget = HISTORY_TOKEN_BUDGET): OpenAI.Chat.ChatCompletionMessageParam[] {
  const turns: Turn[] = [];
  for (const row of rows) {
    if (row.role === 'user') turns.push({ user: redact(row.content), assistant: [], facts: [] });
    const turn = turns[turns.length - 1];
    if (!turn) continue;
    if (row.role === 'assistant' && !row.toolCalls && row.content.trim()) turn.assistant.push(row.content);
    const tool = parseToolRecord(row);
    if (tool?.draft) turn.facts.push(`[Utkast för ${tool.draft.goalId}${tool.draft.verified ? '' : ', med fel'}: "${tool.draft.text}"]`);
    if (tool?.suggestion) turn.facts.push(`[Skickat till granskning: förslag ${tool.suggestion.id} för ${tool.suggestion.goalId}]`);
  }
  const out: OpenAI.Chat.ChatCompletionMessageParam[][] = [];
  let used = 0;
  for (const turn of turns.reverse()) {
    const answer = [...turn.assistant, ...turn.facts].join('\n\n') || '(inget svar)';
    const cost = estimateTokens(turn.user) + estimateTokens(answer);
    if (used + cost > budget) break;
    used += cost;
    out.push([
      { role: 'user', content: turn.user },
      { role: 'assistant', content: answer },
    ]);
  }
  return out.reverse().flat();
}

/**
 * One message as the API returns it: tool calls with their summaries and tables, replies with their
 * findings and the goals and indicators they name, linked to their pages in the report `doc` as it is now.
 */
export function messageView(row: ChatMessageRow, doc: ReportDocument) {
  const base = { id: row.id, role: row.role, createdAt: row.createdAt };
  const tool = parseToolRecord(row);
  if (tool) return { ...base, tool };
  if (row.role !== 'assistant') return { ...base, content: row.content };
  const links = resolveLinks(doc, row.links);
  return { ...base, content: row.content, findings: (row.findings ?? []) as unknown[], ...(links.length ? { links } : {}) };
}

/** The messages people see: questions, tool activity, replies and notes (not the model's bare tool-call requests). */
export function visibleMessages(rows: ChatMessageRow[], doc: ReportDocument) {
  return rows.filter((r) => !(r.role === 'assistant' && r.toolCalls)).map((r) => messageView(r, doc));
}
