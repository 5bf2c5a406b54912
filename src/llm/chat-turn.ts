/** @module What both kinds of turn (offline and model) share: running a tool with its event and record, streaming a reply in pieces, and finishing with a checked message. */
import type { NewChatMessage } from '../db/conversations';
import { groundReply, storedLinks, type ReplyLink } from '../domain/chat';
import type { StoredToolCall, TurnState } from './chat-types';
import { runTool, type ToolContext, type ToolRun } from './tools';
import type { Emit } from './chat-types';

export function newTurn(ctx: ToolContext, emit: Emit): TurnState {
  return { ctx, emit, records: [], goalIds: [] };
}

/** Runs one tool call, tells the person (a `tool` event) and records it for the conversation. */
export async function callTool(state: TurnState, name: string, args: unknown, callId: string): Promise<ToolRun> {
  const run = await runTool(state.ctx, name, args);
  let shownArgs = args;
  if (typeof args === 'string') {
    try {
      shownArgs = JSON.parse(args);
    } catch {
      // shown as sent
    }
  }
  const record: StoredToolCall = run.ok
    ? {
        name,
        arguments: shownArgs,
        ok: true,
        summary: run.outcome.summary,
        ...(run.outcome.table ? { table: run.outcome.table } : {}),
        goalIds: run.outcome.goalIds,
        ...(run.outcome.draft ? { draft: run.outcome.draft } : {}),
        ...(run.outcome.suggestion ? { suggestion: run.outcome.suggestion } : {}),
      }
    : { name, arguments: shownArgs, ok: false, summary: run.error, goalIds: [] };
  if (run.ok) {
    for (const id of run.outcome.goalIds) if (!state.goalIds.includes(id)) state.goalIds.push(id);
    if (run.outcome.draft) state.draft = run.outcome.draft;
    if (run.outcome.suggestion) state.suggestion = run.outcome.suggestion;
  }
  state.records.push({ role: 'tool', content: JSON.stringify(record), toolCallId: callId });
  await state.emit({
    type: 'tool',
    name,
    arguments: shownArgs,
    ok: record.ok,
    summary: record.summary,
    ...(record.table ? { table: record.table } : {}),
  });
  return run;
}

/** A reply written by us, sent in a few pieces so it arrives the same way a model's does. */
export async function streamText(emit: Emit, text: string): Promise<void> {
  const pieces = text.match(/\S+\s*/g) ?? [];
  for (let i = 0; i < pieces.length; i += 6) await emit({ type: 'token', text: pieces.slice(i, i + 6).join('') });
}

/**
 * Ends the turn: the reply's figures are checked against the goals in play (all goals when none)
 * unless `grounded` is false for a reply that quotes the official's own text; ungrounded ones are
 * marked. Then the `message` event and the stored assistant message.
 */
export async function finish(
  state: TurnState,
  text: string,
  opts: { check?: boolean; note?: string; links?: ReplyLink[] } = {},
): Promise<void> {
  const { doc, assessment } = state.ctx;
  const checked = opts.check === false ? { text, findings: [] } : groundReply(doc, assessment, text, state.goalIds);
  state.records.push({
    role: 'assistant',
    content: checked.text,
    findings: checked.findings,
    // Stored as what the answer names; the pages are found again when the conversation is read.
    ...(opts.links?.length ? { links: storedLinks(opts.links) } : {}),
  });
  if (opts.note) state.records.push({ role: 'system', content: opts.note } satisfies NewChatMessage);
  await state.emit({
    type: 'message',
    text: checked.text,
    findings: checked.findings,
    ...(state.draft ? { draft: state.draft } : {}),
    ...(state.suggestion ? { suggestion: state.suggestion } : {}),
    ...(opts.note ? { note: opts.note } : {}),
    ...(opts.links?.length ? { links: opts.links } : {}),
  });
}
