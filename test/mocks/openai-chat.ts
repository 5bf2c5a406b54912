/**
 * @module Streaming helpers for the chat's model conversations, beside the handlers in openai.ts:
 * a streamed reply whose deltas carry tool calls (their arguments split across frames, as real
 * servers send them), and small readers for what the chat sent.
 */
import { HttpResponse } from 'msw';
import type { RecordedRequest } from './openai';

export { chatCompletionStream, errorReply, LLM_ENV, openaiHandlers } from './openai';

const frame = (delta: object, finish: string | null) =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  })}\n\n`;

/** A streamed reply that asks for tools: each call's name first, its arguments in two pieces, then `[DONE]`. */
export function toolCallStream(
  calls: Array<{ id?: string; name: string; arguments: unknown }>,
  opts: { content?: string } = {},
): HttpResponse<any> {
  const frames = [frame({ role: 'assistant', content: opts.content ?? null }, null)];
  calls.forEach((call, index) => {
    const args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
    const half = Math.floor(args.length / 2);
    frames.push(
      frame(
        { tool_calls: [{ index, id: call.id ?? `call_${index + 1}`, type: 'function', function: { name: call.name, arguments: '' } }] },
        null,
      ),
    );
    frames.push(frame({ tool_calls: [{ index, function: { arguments: args.slice(0, half) } }] }, null));
    frames.push(frame({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] }, null));
  });
  frames.push(frame({}, 'tool_calls'), 'data: [DONE]\n\n');
  return new HttpResponse(frames.join(''), { headers: { 'content-type': 'text/event-stream' } });
}

/** The tool results the chat sent back to the model in a request, by tool call id. */
export function toolResults(req: RecordedRequest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of req.body.messages ?? []) {
    if (m.role === 'tool' && m.tool_call_id && typeof m.content === 'string') out[m.tool_call_id] = JSON.parse(m.content);
  }
  return out;
}

/** Whether a request came from the chat (it offers tools) rather than from the drafter. */
export const isChatRequest = (req: RecordedRequest) => Array.isArray(req.body.tools);
