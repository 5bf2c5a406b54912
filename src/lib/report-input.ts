/**
 * @module A report document from a request body (import, `/assess`): the body's JSON parsed within
 * the limits, its strings cleaned (src/lib/json-input.ts), refused with 413 over REPORT_LIMITS and
 * validated against report-data/v1, with the same Swedish messages as every other JSON body.
 *
 * For a report at the limits that is up to 10 MB of JSON and 30 000 values to check: on Node it is
 * done in a worker thread (src/lib/report-pool.ts), so the event loop only receives the finished
 * document; elsewhere (Workers, tests) in-line, a goal at a time with turns for other requests.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { parseReportDocument, type ReportDocument } from '../domain/report';
import { AppError, invalid } from './errors';
import { cleanJson, parseJsonText } from './json-input';
import { assertReportWithinLimits, MAX_BODY_BYTES } from './validate';
import { sliceYield } from './yield';

/** Turns a request body into a valid report document or throws the AppError to answer with. */
export type ReportReader = (body: ArrayBuffer) => Promise<ReportDocument>;

const tooLarge = () => new AppError('payload_too_large', 'Underlaget är för stort (högst 10 MB).');

/** Cleans the strings of a parsed report a goal at a time, with `turn` between goals. */
async function cleanReport(parsed: unknown, turn: () => Promise<void>): Promise<unknown> {
  const goals = (parsed as { goals?: unknown } | null)?.goals;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Array.isArray(goals)) return cleanJson(parsed);
  // The rest of the document first, then the goals put back in their place.
  const head = cleanJson({ ...parsed, goals: [] }) as Record<string, unknown>;
  const cleanGoals: unknown[] = [];
  for (let i = 0; i < goals.length; i++) {
    await turn();
    cleanGoals.push(cleanJson(goals[i], ['goals', i]));
  }
  return { ...head, goals: cleanGoals };
}

/**
 * The whole way from body text to document; `turn` is called between the steps and between goals
 * (a macrotask turn on the event loop, nothing in a worker thread). Throws AppError.
 */
export async function reportFromText(text: string, turn: () => Promise<void>): Promise<ReportDocument> {
  if (text.length > MAX_BODY_BYTES) throw tooLarge();
  if (text.trim() === '')
    throw invalid([{ path: '(dokumentet)', message: 'förfrågan saknar innehåll; skicka JSON' }], 'Förfrågan saknar innehåll.');
  const parsed = parseJsonText(text);
  await turn();
  assertReportWithinLimits(parsed);
  const clean = await cleanReport(parsed, turn);
  await turn();
  const result = parseReportDocument(clean);
  if (!result.ok) throw invalid(result.issues);
  return result.doc;
}

const utf8 = new TextDecoder('utf-8');

/** In-line on the event loop, with turns for other requests (Workers, tests). */
export const inlineReportReader: ReportReader = async (body) => {
  await sliceYield();
  return reportFromText(utf8.decode(body), sliceYield);
};

/** The report document in this request's JSON body, read by the app's ReportReader. */
export async function readReportDocument(c: Context<AppEnv>): Promise<ReportDocument> {
  if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const body = await c.req.arrayBuffer();
  return (c.var.deps.readReport ?? inlineReportReader)(body);
}
