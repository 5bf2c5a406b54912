/**
 * @module Every request body passes here before any route sees it: a size limit per route,
 * enforced on the declared length and again while the body streams (a chunked body is cut off at
 * the limit, never buffered in full); strict UTF-8; `application/json` on the API (`requireJsonBody`, after the token check); and form
 * fields whose percent-escapes are UTF-8 too. The body read here is handed on through Hono's body
 * cache, so routes read it as usual. Limits are documented in docs/limits.md.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../deps';
import { AppError } from './errors';
import { BODY_LIMITS, formatBytes } from './limits';

/** The byte limit for a request body to `path`. */
export function bodyLimitFor(path: string): number {
  for (const rule of BODY_LIMITS) if (rule.match.test(path)) return rule.bytes;
  return BODY_LIMITS[BODY_LIMITS.length - 1]!.bytes;
}

const tooLarge = (limit: number) =>
  new AppError('payload_too_large', `Förfrågan är för stor: högst ${formatBytes(limit)} tas emot här. Inget har sparats.`);

/**
 * Reads a body stream up to `limit` bytes; past it, stops reading, cancels the stream and throws 413.
 * With `utf8`, each chunk is checked as it arrives (a large body is never decoded in one go on the
 * event loop) and invalid UTF-8 throws 400.
 */
export async function readLimited(stream: ReadableStream<Uint8Array> | null, limit: number, utf8?: StrictUtf8): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    utf8?.push(value);
    chunks.push(value);
  }
  utf8?.end();
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const notUtf8 = () =>
  new AppError(
    'bad_request',
    'Förfrågan är inte kodad som UTF-8 (till exempel Latin-1 eller Windows-1252). Spara om underlaget som UTF-8 och skicka det igen.',
  );

/** Checks a body chunk by chunk as strict UTF-8; keeps the text only when asked to (form bodies). */
export class StrictUtf8 {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private readonly parts: string[] = [];
  constructor(private readonly keepText: boolean) {}
  push(chunk: Uint8Array) {
    this.keep(() => this.decoder.decode(chunk, { stream: true }));
  }
  end() {
    this.keep(() => this.decoder.decode());
  }
  get text(): string {
    return this.parts.join('');
  }
  private keep(decode: () => string) {
    let part: string;
    try {
      part = decode();
    } catch {
      throw notUtf8();
    }
    if (this.keepText) this.parts.push(part);
  }
}

/** Percent-escapes in a form body must decode to UTF-8 too (`%E5` is Latin-1 "å"). */
function checkFormEscapes(text: string) {
  for (const part of text.split('&')) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      const name = part.split('=')[0] ?? '';
      throw new AppError('bad_request', `Fältet ${name || '(namnlöst)'} är inte kodat som UTF-8.`, { field: name || undefined });
    }
  }
}

const contentType = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * The API takes JSON only: a non-empty body under another content type is refused with 415.
 * Mounted after the token check, so an unauthenticated caller learns nothing but 401.
 */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  if (hasBody(c.req.method)) {
    const type = contentType(c.req.header('content-type'));
    const size = (await c.req.arrayBuffer()).byteLength;
    if (size > 0 && type !== 'application/json') {
      throw new AppError(
        'unsupported_media_type',
        `Skicka underlaget som JSON med rubriken Content-Type: application/json (fick ${type ? `"${type}"` : 'ingen'}).`,
        { field: 'content-type' },
      );
    }
  }
  await next();
});

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

export const guardBody = createMiddleware<AppEnv>(async (c, next) => {
  if (!hasBody(c.req.method)) return next();
  const limit = bodyLimitFor(c.req.path);
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  const type = contentType(c.req.header('content-type'));
  const form = type === 'application/x-www-form-urlencoded';
  const utf8 = type === 'multipart/form-data' ? undefined : new StrictUtf8(form);
  const bytes = await readLimited(c.req.raw.body, limit, utf8);
  // Routes read the body as usual (c.req.text(), json(), parseBody(), arrayBuffer()) from here.
  // Hono keeps promises in its body cache although its type says values.
  (c.req.bodyCache as Record<string, unknown>).arrayBuffer = Promise.resolve(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  if (form && bytes.byteLength > 0) checkFormEscapes(utf8!.text);
  await next();
});
