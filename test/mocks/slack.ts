/**
 * @module msw handlers for Slack's `response_url`: records every message we post there so tests
 * can assert on it, and can answer with a failure. No Node imports: the workerd suite uses it too.
 */
import { http, HttpResponse } from 'msw';

export const RESPONSE_URL_BASE = 'https://hooks.slack.com/commands';

export interface PostedMessage {
  url: string;
  contentType: string | null;
  body: {
    response_type?: string;
    text?: string;
    blocks?: Array<{ type: string; text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<{ text: string }> }>;
  };
}

/** A fresh recorder per test: `handlers` go to `server.use(...)`, `posts` fill as we post. */
export function slackResponseUrl(opts: { status?: number } = {}) {
  const posts: PostedMessage[] = [];
  const handlers = [
    http.post(`${RESPONSE_URL_BASE}/*`, async ({ request }) => {
      posts.push({
        url: request.url,
        contentType: request.headers.get('content-type'),
        body: (await request.json()) as PostedMessage['body'],
      });
      const status = opts.status ?? 200;
      return status === 200 ? HttpResponse.text('ok') : HttpResponse.text('invalid_payload', { status });
    }),
  ];
  return { handlers, posts };
}

/** Every piece of text in a Slack message, for "the answer says …" assertions. */
export function messageText(message: PostedMessage['body']): string {
  const parts = [message.text ?? ''];
  for (const b of message.blocks ?? []) {
    if (b.text?.text) parts.push(b.text.text);
    for (const f of b.fields ?? []) parts.push(f.text);
    for (const e of b.elements ?? []) parts.push(e.text);
  }
  return parts.join('\n');
}
