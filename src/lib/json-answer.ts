/**
 * @module Large JSON answers serialised once: the assessment or document of a report at the limits
 * is about a megabyte of JSON, and ten requests for the same (cached, shared) object would each
 * stringify it on the event loop. The text is kept per object, so the object must not be mutated
 * after it is answered (cached documents and assessments never are).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const texts = new WeakMap<object, string>();

/** `c.json(value)`, with the serialised text reused for the same object. */
export function sharedJson(c: Context, value: object, status?: ContentfulStatusCode): Response {
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
  c.header('content-type', 'application/json');
  return status === undefined ? c.body(text) : c.body(text, status);
}
