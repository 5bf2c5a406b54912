/** @module Parses request bodies and query strings with zod and turns every problem into a 400 with paths. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { issuesOf } from '../domain/report';
import { AppError, invalid } from './errors';
import { parseJsonInput } from './json-input';
import { reportOverLimit } from './limits';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The JSON body, parsed and cleaned (src/lib/json-input.ts); `check` sees it before the cleaning walk. */
export async function readJson(c: Context, check?: (parsed: unknown) => void): Promise<unknown> {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'Underlaget är för stort (högst 10 MB).');
  const raw = await c.req.text();
  if (raw.length > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'Underlaget är för stort (högst 10 MB).');
  if (raw.trim() === '')
    throw invalid([{ path: '(dokumentet)', message: 'förfrågan saknar innehåll; skicka JSON' }], 'Förfrågan saknar innehåll.');
  return parseJsonInput(raw, check);
}

/**
 * A text longer than the checker reads is refused with 413 before anything else is done with it.
 * Other shapes pass through to the schema, which names the field.
 */
export function refuseLongText(text: unknown, limit: number, field = 'text'): void {
  if (typeof text === 'string' && text.length > limit) {
    throw new AppError(
      'payload_too_large',
      `Texten är för lång (${text.length.toLocaleString('sv-SE')} tecken); högst ${limit.toLocaleString('sv-SE')} tecken kan kontrolleras.`,
      { field },
    );
  }
}

export function parseWith<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(issuesOf(result.error), 'Förfrågan innehåller fel.');
  return result.data;
}

export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  return parseWith(schema, await readJson(c));
}

/** Refuses a report document over REPORT_LIMITS with 413, before it is validated or used. */
export function assertReportWithinLimits(raw: unknown, prefix = ''): void {
  const over = reportOverLimit(raw);
  if (over)
    throw new AppError('payload_too_large', `${over.message} Inget har sparats eller beräknats.`, {
      field: prefix && over.field ? `${prefix}.${over.field}` : over.field,
    });
}
