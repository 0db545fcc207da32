/**
 * The one place where failures become HTTP: the contract's error body (`ApiError`), and the app's error handler
 * mapping each domain error (server/errors.ts) to its status.
 */
import type { Context, ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from 'm4a-widgets/shared/schemas/common.js';
import {
  Conflict,
  DomainError,
  Forbidden,
  InvalidInput,
  NotFound,
  Unauthenticated,
  Unavailable,
  type FieldProblem,
} from '../errors.js';
import type { Logger } from '../log.js';

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  fields?: FieldProblem[],
) {
  const body: ApiError = { error: { code, message, ...(fields ? { fields } : {}) } };
  return c.json(body, status);
}

const STATUS: ReadonlyArray<[new (...args: never[]) => DomainError, ContentfulStatusCode]> = [
  [InvalidInput, 400],
  [Unauthenticated, 401],
  [Forbidden, 403],
  [NotFound, 404],
  [Conflict, 409],
  [Unavailable, 503],
];

export function statusOf(err: DomainError): ContentfulStatusCode {
  return STATUS.find(([kind]) => err instanceof kind)?.[1] ?? 500;
}

/** Domain errors answer with their status and code; anything else is logged and answers a bare 500. */
export function errorHandler(log: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof DomainError) return apiError(c, statusOf(err), err.code, err.message, err.fields);
    log.error('unhandled', { path: c.req.path, error: err.message });
    return apiError(c, 500, 'internal', 'Something went wrong on the server.');
  };
}
