/**
 * Route documentation for the generated contract: a summary, the success answer's schema, the failures a route can
 * answer. Request schemas are not written here: they come from the route's validators (validate.ts, idempotency.ts).
 */
import { describeRoute, resolver } from 'hono-openapi';
import type * as z from 'zod/mini';
import { ApiError } from 'm4a-widgets/shared/schemas/common.js';

const output = (schema: z.ZodMiniType) => resolver(schema, { options: { io: 'output' } });

const FAILURES = {
  400: 'Invalid input; `fields` names each bad field',
  401: 'An organizer token is required',
  403: 'Signed in, but the role does not allow this',
  404: 'Not found',
  409: 'Refused in the current state (the code says why)',
  422: 'Well-formed, but entries break the rules; `fields` names each entry and field',
  429: 'Rate limited; see Retry-After',
  503: 'Temporarily unavailable; try again later',
  '5XX': 'Server failure; clients retry writes with the same Idempotency-Key',
} as const;
type Failure = keyof typeof FAILURES;

/** The error body every failure answers with. */
export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: output(ApiError) } },
});

export interface RouteDoc {
  summary: string;
  tags?: string[];
  /** Status of success, 200 unless told. */
  status?: 200 | 201 | 204;
  /** JSON schema of the success body; none for an empty or non-JSON answer. */
  response?: z.ZodMiniType;
  /** Media type of a non-JSON success body (e.g. text/csv). */
  media?: string;
  description?: string;
  /** Failures besides 400 (from the validators) and 5XX (always possible). */
  failures?: Failure[];
}

export function describe(doc: RouteDoc) {
  const ok = doc.response
    ? { content: { 'application/json': { schema: output(doc.response) } } }
    : doc.media
      ? { content: { [doc.media]: { schema: { type: 'string' as const } } } }
      : {};
  const failures = [...(doc.failures ?? []), '5XX' as const];
  return describeRoute({
    summary: doc.summary,
    ...(doc.tags ? { tags: doc.tags } : {}),
    ...(doc.description ? { description: doc.description } : {}),
    responses: {
      [doc.status ?? 200]: { description: 'OK', ...ok },
      ...Object.fromEntries(failures.map((f) => [f, errorResponse(FAILURES[f])])),
    },
  });
}
