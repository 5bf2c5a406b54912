/**
 * @module One error type and one JSON shape for every failure:
 * `{ error: { code, message, field?, issues?, requestId } }`. Messages are calm Swedish sentences.
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
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'model_not_configured'
  | 'model_unavailable'
  | 'internal';

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_document: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  model_not_configured: 409,
  model_unavailable: 502,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { field?: string; issues?: ValidationIssue[]; details?: unknown } = {},
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export const badRequest = (message: string, field?: string) => new AppError('bad_request', message, { field });
export const notFound = (message: string) => new AppError('not_found', message);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, { details });

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
