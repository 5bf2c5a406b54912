/** @module The events a chat turn streams to the person (conversation, token, tool, message, error, end) and the state one turn carries. */
import type { NewChatMessage } from '../db/conversations';
import type { Finding } from '../domain/checker';
import type { ReplyLink } from '../domain/chat';
import type { ChatDraft, ChatSuggestion, ToolContext, ToolTable } from './tools';

export type ChatEvent =
  | { type: 'conversation'; id: string; title: string; reportId: string }
  | { type: 'token'; text: string }
  | { type: 'tool'; name: string; arguments: unknown; ok: boolean; summary: string; table?: ToolTable }
  /** `links`: the goals and indicators the reply names, with their pages (rendered by the web chat). */
  | {
      type: 'message';
      text: string;
      findings: Finding[];
      draft?: ChatDraft;
      suggestion?: ChatSuggestion;
      note?: string;
      links?: ReplyLink[];
    }
  | { type: 'error'; code: string; message: string }
  | { type: 'end' };

export type Emit = (event: ChatEvent) => Promise<void>;

/** What a turn collects while it runs: the messages to store, the goals in play, the last draft and suggestion. */
export interface TurnState {
  ctx: ToolContext;
  emit: Emit;
  records: NewChatMessage[];
  goalIds: string[];
  draft?: ChatDraft;
  suggestion?: ChatSuggestion;
}

/** A tool call as stored in the conversation (role "tool", this as JSON content). */
export interface StoredToolCall {
  name: string;
  arguments: unknown;
  ok: boolean;
  summary: string;
  table?: ToolTable;
  goalIds: string[];
  draft?: ChatDraft;
  suggestion?: ChatSuggestion;
}

/** Longest message an official may send, in characters: a pasted motivation fits many times over. */
export const MAX_MESSAGE_LENGTH = 8000;
/** Rounds of tool calls the model may make for one message before we stop it. */
export const MAX_TOOL_ROUNDS = 5;
/** Estimated tokens of earlier conversation sent with each turn; older turns are left out first. */
export const HISTORY_TOKEN_BUDGET = 3000;
