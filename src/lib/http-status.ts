/** @module The one mapping from error codes to HTTP statuses, used by the app's `onError` and by pages that show an error. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppError, ErrorCode } from './errors';

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  invalid_document: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  model_not_configured: 409,
  model_unavailable: 502,
  kolada_unavailable: 502,
  internal: 500,
};

export const httpStatus = (err: AppError): ContentfulStatusCode => statusOf[err.code];
