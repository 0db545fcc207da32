/**
 * Small HTTP helpers every route shares: the error envelope, body validation with the shared schemas, and the
 * organizer (admin) guard.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { timingSafeEqual, createHash } from 'node:crypto';
import type * as z from 'zod/mini';
import type { ApiError } from 'm4a-widgets/shared/schemas/common.js';

export type FieldProblem = NonNullable<ApiError['error']['fields']>[number];

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

export function notImplemented(c: Context, what: string) {
  return apiError(c, 501, 'not_implemented', `${what} is not implemented by this server yet.`);
}

export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
  }
}

/** zod issues as the `fields` of an error body: one entry per offending path, with its message. */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

/** Parses the JSON body with a shared schema; throws a 400 naming each bad field. */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpProblem(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return parseOr400(schema, raw);
}

/** Validates any input (query, params) with a schema; throws a 400 naming each bad field. */
export function parseOr400<S extends z.ZodMiniType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const fields = issuesToFields(result.error.issues);
    throw new HttpProblem(400, 'invalid_request', `Invalid ${fields.map((f) => f.path).join(', ')}.`, fields);
  }
  return result.data;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Organizer endpoints: `Authorization: Bearer <M4A_ADMIN_TOKEN>`, compared in constant time. */
export function requireAdmin(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!given || !timingSafeEqual(digest(given), expected)) {
      c.header('WWW-Authenticate', 'Bearer');
      return apiError(c, 401, 'unauthorized', 'An organizer token is required: send Authorization: Bearer <token>.');
    }
    return next();
  };
}
