/**
 * @module The one error type for every failure, raised by services, the model client and the edges
 * alike: a code saying what kind of failure it is (not found, conflict, forbidden, invalid input
 * with its field, the model unavailable, …) and a calm Swedish sentence. Nothing here knows HTTP:
 * `lib/http-status.ts` maps codes to statuses, for the app's `onError` and the pages. Also the
 * JSON shape `{ error: { code, message, field?, issues?, details?, requestId } }`.
 */
import type { ValidationIssue } from '../domain/report';

export type ErrorCode =
  | 'bad_request'
  | 'invalid_document'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'model_not_configured'
  | 'model_unavailable'
  | 'kolada_unavailable'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { field?: string; issues?: ValidationIssue[]; details?: unknown } = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) => new AppError('bad_request', message, { field });
export const notFound = (message: string) => new AppError('not_found', message);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, { details });
/** The configured language model failed (after retries): an upstream failure, not ours and not the caller's. */
export const modelUnavailable = (message: string, details?: unknown) => new AppError('model_unavailable', message, { details });
/** Kolada failed (after retries): an upstream failure; nothing was changed. */
export const koladaUnavailable = (message: string) => new AppError('kolada_unavailable', message);
export const modelNotConfigured = (message: string, field?: string) => new AppError('model_not_configured', message, { field });

export function invalid(issues: ValidationIssue[], message = 'Underlaget innehåller fel. Inget har sparats.'): AppError {
  return new AppError('invalid_document', message, { issues, field: issues[0]?.path });
}

export function errorBody(err: AppError, requestId: string) {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.extra.field !== undefined ? { field: err.extra.field } : {}),
      ...(err.extra.issues ? { issues: err.extra.issues } : {}),
      ...(err.extra.details !== undefined ? { details: err.extra.details } : {}),
      requestId,
    },
  };
}
