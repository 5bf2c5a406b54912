/**
 * @module msw handlers for an OpenAI-compatible chat-completions API (OpenAI, a local server, Azure):
 * a scripted sequence of replies, helpers for the bodies and failures a model server sends, and a
 * record of every request so tests can assert on what we sent.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';

/** What tests pass to makeTestApp to configure a model that msw answers. */
export const LLM_ENV = {
  OPENAI_API_KEY: 'sk-test',
  OPENAI_BASE_URL: 'https://llm.test/v1',
  OPENAI_MODEL: 'test-model',
  LLM_MAX_RETRIES: '0',
} as const;

export interface ChatMessage {
  role: string;
  content?: string | null | Array<{ type: string; text?: string }>;
  tool_calls?: unknown[];
  tool_call_id?: string;
}

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The parsed JSON body: model, messages, response_format, tools … */
  body: {
    model?: string;
    messages?: ChatMessage[];
    response_format?: { type: string; json_schema?: unknown };
    stream?: boolean;
    [key: string]: unknown;
  };
  /** Every message's text joined, for "the prompt contains …" assertions. */
  prompt: string;
}

/**
 * One reply of the script: a JSON body (answered with 200), an HttpResponse (any status), or a
 * function of the request returning either (it may wait, e.g. to provoke a timeout).
 */
export type ScriptStep =
  object | HttpResponse<any> | ((req: RecordedRequest, index: number) => object | HttpResponse<any> | Promise<object | HttpResponse<any>>);

export interface OpenAIMock {
  handlers: HttpHandler[];
  /** Every request received, in order (including ones past the end of the script). */
  requests: RecordedRequest[];
  /** Steps not yet used. */
  remaining(): number;
}

function messageText(m: ChatMessage): string {
  if (typeof m.content === 'string') return m.content;
  if (Array.isArray(m.content)) return m.content.map((p) => p.text ?? '').join('\n');
  return '';
}

/**
 * Handlers answering `POST …/chat/completions` (any host: OpenAI, a base URL, Azure's
 * deployments path) with the script's steps in order. A request past the end of the script is
 * answered with a 500 that the SDK will not retry, so a test that calls the model more often
 * than it expected fails loudly.
 */
export function openaiHandlers(script: ScriptStep[]): OpenAIMock {
  const requests: RecordedRequest[] = [];
  let next = 0;
  const handler = http.post(/\/chat\/completions(\?.*)?$/, async ({ request }) => {
    const body = (await request.json()) as RecordedRequest['body'];
    const recorded: RecordedRequest = {
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers.entries()),
      body,
      prompt: (body.messages ?? []).map(messageText).join('\n\n'),
    };
    requests.push(recorded);
    const index = next++;
    const step = script[index];
    if (step === undefined) {
      return HttpResponse.json(
        { error: { message: `openai mock: no scripted reply for request ${index + 1}`, type: 'server_error' } },
        { status: 500, headers: { 'x-should-retry': 'false' } },
      );
    }
    const reply = typeof step === 'function' ? await step(recorded, index) : step;
    return reply instanceof Response ? reply : HttpResponse.json(reply);
  });
  return { handlers: [handler], requests, remaining: () => Math.max(0, script.length - next) };
}

export interface CompletionOptions {
  content?: string | null;
  toolCalls?: Array<{ id?: string; name: string; arguments: unknown }>;
  refusal?: string | null;
  finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  model?: string;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

/** A chat-completion JSON body as the API returns it, with content or tool calls. */
export function chatCompletion(opts: CompletionOptions | string): object {
  const o: CompletionOptions = typeof opts === 'string' ? { content: opts } : opts;
  const toolCalls = o.toolCalls?.map((t, i) => ({
    id: t.id ?? `call_${i + 1}`,
    type: 'function',
    function: { name: t.name, arguments: typeof t.arguments === 'string' ? t.arguments : JSON.stringify(t.arguments) },
  }));
  const usage = o.usage ?? { prompt_tokens: 1000, completion_tokens: 100 };
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: o.model ?? 'test-model',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: o.content ?? null,
          refusal: o.refusal ?? null,
          ...(toolCalls ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: o.finishReason ?? (toolCalls ? 'tool_calls' : 'stop'),
        logprobs: null,
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/** A completion whose content is the JSON `{"text": …}` the drafter asks for. */
export function draftReply(text: string, usage?: CompletionOptions['usage']): object {
  return chatCompletion({ content: JSON.stringify({ text }), usage });
}

/** A streamed completion: real SSE frames, one per chunk of content, then `[DONE]`. */
export function chatCompletionStream(chunks: string[], opts: { model?: string } = {}): HttpResponse<any> {
  const frame = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({
      id: 'chatcmpl-test',
      object: 'chat.completion.chunk',
      created: 1_700_000_000,
      model: opts.model ?? 'test-model',
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    })}\n\n`;
  const body = [
    frame({ role: 'assistant', content: '' }, null),
    ...chunks.map((c) => frame({ content: c }, null)),
    frame({}, 'stop'),
    'data: [DONE]\n\n',
  ].join('');
  return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
}

/**
 * An error reply. Without `retryable` it carries `x-should-retry: false`; with it the body is
 * empty, because a retried mocked error *with* a body hangs msw's interceptor (see toolchain.md).
 */
export function errorReply(status: number, opts: { retryable?: boolean; message?: string } = {}): HttpResponse<any> {
  if (opts.retryable) return new HttpResponse(null, { status, headers: { 'retry-after-ms': '10' } });
  return HttpResponse.json(
    { error: { message: opts.message ?? `mocked ${status}`, type: status === 429 ? 'rate_limit_exceeded' : 'server_error' } },
    { status, headers: { 'x-should-retry': 'false' } },
  );
}

/** A step that never answers in time: the SDK's timeout fires first. */
export function hang(ms = 60_000): ScriptStep {
  return async () => {
    await delay(ms);
    return chatCompletion('för sent');
  };
}
