/**
 * The REST contract, generated from the shared zod schemas as OpenAPI 3.1 (JSON Schema 2020-12). The server serves
 * it at `/api/openapi.json`; `npm run contract` writes docs/openapi.json, and a server test fails when that is stale.
 */
import * as z from 'zod/mini';
import { ApiError, Receipt } from 'm4a-widgets/shared/schemas/common.js';
import { Content, ContentKind } from 'm4a-widgets/shared/schemas/content.js';
import { EventPage, EventQuery, RsvpRequest } from 'm4a-widgets/shared/schemas/event.js';
import { SignupRequest } from 'm4a-widgets/shared/schemas/signup.js';
import { CallOutcome, CallStats, RepLookupQuery, RepLookupResult } from 'm4a-widgets/shared/schemas/representative.js';
import { Lang } from 'm4a-widgets/shared/schemas/common.js';

type Schema = z.ZodMiniType;
const json = (schema: Schema, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

interface Endpoint {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query?: Schema;
  pathParams?: Record<string, Schema>;
  body?: Schema;
  idempotent?: boolean;
  response: Schema;
  status?: string;
}

export const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: '/content/{kind}', summary: 'Explainer or FAQ content in a language', pathParams: { kind: ContentKind }, query: z.object({ lang: Lang }), response: Content },
  { method: 'get', path: '/events', summary: 'Upcoming events, filtered and paged', query: EventQuery, response: EventPage },
  { method: 'post', path: '/events/{id}/rsvps', summary: 'RSVP to one of the server’s own events', pathParams: { id: z.string() }, body: RsvpRequest, idempotent: true, response: Receipt, status: '201' },
  { method: 'post', path: '/signups', summary: 'Store a volunteer signup', body: SignupRequest, idempotent: true, response: Receipt, status: '201' },
  { method: 'get', path: '/reps', summary: 'Legislators for a ZIP, an address or a point, with stances', query: RepLookupQuery, response: RepLookupResult },
  { method: 'post', path: '/call-outcomes', summary: 'Record how a call went (no visitor data)', body: CallOutcome, idempotent: true, response: Receipt, status: '201' },
  { method: 'get', path: '/call-outcomes/stats', summary: 'Calls recorded this week', response: CallStats },
];

function queryParams(schema: Schema) {
  const s = json(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, sch]) => ({
    name,
    in: 'query',
    required: s.required?.includes(name) ?? false,
    schema: sch,
    ...((sch as { type?: string }).type === 'array' ? { style: 'form', explode: true } : {}),
  }));
}

export function openapi() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const parameters = [
      ...Object.entries(e.pathParams ?? {}).map(([name, s]) => ({ name, in: 'path', required: true, schema: json(s, 'input') })),
      ...(e.query ? queryParams(e.query) : []),
      ...(e.idempotent
        ? [{ name: 'Idempotency-Key', in: 'header', required: true, description: 'Unique per submission, reused on every retry: the server stores it once.', schema: { type: 'string', minLength: 8, maxLength: 128 } }]
        : []),
    ];
    const error = { content: { 'application/json': { schema: json(ApiError, 'output') } } };
    (paths[e.path] ??= {})[e.method] = {
      summary: e.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: json(e.body, 'input') } } } } : {}),
      responses: {
        [e.status ?? '200']: { description: 'OK', content: { 'application/json': { schema: json(e.response, 'output') } } },
        ...(e.idempotent ? { '200': { description: 'Duplicate: the key was seen before; nothing new stored', content: { 'application/json': { schema: json(Receipt, 'output') } } } } : {}),
        '400': { description: 'Invalid input; `fields` names each bad field', ...error },
        '429': { description: 'Rate limited; see Retry-After', ...error },
        '5XX': { description: 'Server failure; clients retry writes with the same Idempotency-Key', ...error },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'm4a-widgets REST contract', version: '1', description: 'What a backend implements so the widgets can use it as a `rest` backend. Paths are relative to the configured base URL.' },
    paths,
  };
}
