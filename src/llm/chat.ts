/**
 * @module The chat turn. With a model: system prompt, the conversation trimmed to a token budget
 * and the tools, streamed; at most MAX_TOOL_ROUNDS rounds of tool calls per message; the final
 * reply's figures checked and the ungrounded ones marked. Without a model (or when it cannot be
 * reached before anything was done): the offline answers.
 */
import type OpenAI from 'openai';
import { DEFAULT_MODEL } from '../config';
import type { ChatMessageRow, NewChatMessage } from '../db/conversations';
import { linksNamedIn, recogniseIntent } from '../domain/chat';
import { redact } from '../domain/sv';
import { levelsBestFirst, scaleOf, type ReportDocument } from '../domain/report';
import { contextOf, historyForModel, type ConversationContext } from './chat-history';
import { runOfflineTurn } from './chat-offline';
import { callTool, finish, newTurn } from './chat-turn';
import { MAX_TOOL_ROUNDS, type Emit, type TurnState } from './chat-types';
import { describeApiError } from './drafting';
import { renderPrompt } from './prompts';
import { toolDefinitions, type ToolContext } from './tools';

export const CHAT_PROMPT_ID = 'chat-system';
export const WORD_LIMIT = 150;

const KIND_TEXT: Record<ReportDocument['report']['kind'], string> = {
  verksamhetsplan: 'verksamhetsplan',
  delarsrapport: 'delårsrapport',
  verksamhetsberattelse: 'verksamhetsberättelse',
  arsredovisning: 'årsredovisning',
};

/** The system prompt for a report: who we are, its goals by name (no figures: those come from tools), the rules. */
export function chatSystemPrompt(doc: ReportDocument): { content: string; version: string } {
  const org = doc.organisation.municipality ? `${doc.organisation.name}, ${doc.organisation.municipality}` : doc.organisation.name;
  const rendered = renderPrompt(CHAT_PROMPT_ID, {
    organisation: redact(org),
    reportTitle: redact(doc.report.title ?? doc.report.id),
    reportKind: KIND_TEXT[doc.report.kind],
    year: String(doc.report.year),
    goals: doc.goals
      .map((g) => `- ${g.id}: ${redact(g.title)}${g.councilGoal ? ` (kommunfullmäktigemål: ${redact(g.councilGoal)})` : ''}`)
      .join('\n'),
    scale: levelsBestFirst(scaleOf(doc))
      .map((l) => l.label)
      .join(' / '),
    wordLimit: String(WORD_LIMIT),
  });
  return { content: rendered.messages.map((m) => m.content).join('\n\n'), version: rendered.version };
}

export interface ChatTurnInput {
  ctx: ToolContext;
  /** The conversation so far, without the new message. */
  rows: ChatMessageRow[];
  message: string;
  emit: Emit;
  signal?: AbortSignal;
}

/** Runs one turn and returns what to store (tool calls, the reply, a note), in order. */
export async function runChatTurn(input: ChatTurnInput): Promise<NewChatMessage[]> {
  const state = newTurn(input.ctx, input.emit);
  const context = contextOf(input.rows);
  if (!input.ctx.openai) await runOfflineTurn(state, input.message, context, { noteDue: !context.noteGiven });
  else await runModelTurn(state, input, context);
  return state.records;
}

type ToolCall = { id: string; name: string; arguments: string };

/** One streamed completion: text deltas go out as `token` events; tool calls are assembled from their pieces. */
async function complete(
  client: OpenAI,
  model: string,
  messages: OpenAI.Chat.ChatCompletionMessageParam[],
  emit: Emit,
  signal?: AbortSignal,
) {
  const stream = await client.chat.completions.create({ model, messages, tools: toolDefinitions, stream: true }, { signal });
  let content = '';
  const calls: ToolCall[] = [];
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta;
    if (!delta) continue;
    if (delta.content) {
      content += delta.content;
      await emit({ type: 'token', text: delta.content });
    }
    for (const tc of delta.tool_calls ?? []) {
      const slot = (calls[tc.index] ??= { id: '', name: '', arguments: '' });
      if (tc.id) slot.id = tc.id;
      if (tc.function?.name) slot.name += tc.function.name;
      if (tc.function?.arguments) slot.arguments += tc.function.arguments;
    }
  }
  return { content, toolCalls: calls.filter(Boolean).map((c, i) => ({ ...c, id: c.id || `call_${i + 1}` })) };
}

const RUNAWAY =
  `Jag avbröt efter ${MAX_TOOL_ROUNDS} omgångar med verktygsanrop utan att bli klar med svaret. ` +
  'Ställ gärna frågan igen, mer avgränsad, till exempel om ett visst mål.';

async function runModelTurn(state: TurnState, input: ChatTurnInput, context: ConversationContext) {
  const client = input.ctx.openai!();
  const model = input.ctx.model ?? DEFAULT_MODEL;
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
    { role: 'system', content: chatSystemPrompt(input.ctx.doc).content },
    ...historyForModel(input.rows),
    { role: 'user', content: redact(input.message) },
  ];
  for (let round = 0; ; round++) {
    let step: Awaited<ReturnType<typeof complete>>;
    try {
      step = await complete(client, model, messages, state.emit, input.signal);
    } catch (err) {
      if (input.signal?.aborted) throw err;
      await state.emit({ type: 'error', code: 'model_unavailable', message: `${describeApiError(err)} Försök igen om en stund.` });
      // Nothing has been done yet: the built-in answers may still serve a common request.
      const intent = recogniseIntent(input.message, input.ctx.doc, { goalInPlay: context.goalInPlay });
      if (round === 0 && intent.kind !== 'unknown' && intent.kind !== 'help') {
        await runOfflineTurn(state, input.message, context, {
          preface: 'Språkmodellen svarar inte, så jag svarar med de inbyggda funktionerna.',
        });
      }
      return;
    }
    if (step.toolCalls.length === 0) {
      const text = step.content.trim();
      if (text) await finish(state, text, { links: linksNamedIn(input.ctx.doc, text, state.goalIds) });
      else await finish(state, 'Språkmodellen gav inget svar. Försök att formulera frågan på ett annat sätt.', { check: false });
      return;
    }
    if (round >= MAX_TOOL_ROUNDS) {
      await finish(state, RUNAWAY, { check: false });
      return;
    }
    state.records.push({ role: 'assistant', content: step.content, toolCalls: step.toolCalls });
    messages.push({
      role: 'assistant',
      content: step.content || null,
      tool_calls: step.toolCalls.map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: c.arguments } })),
    });
    for (const call of step.toolCalls) {
      const run = await callTool(state, call.name, call.arguments, call.id);
      messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(run.ok ? run.outcome.result : { fel: run.error }) });
    }
  }
}
