/**
 * The console's calls to `/api/console`: same origin, the session cookie sent by the browser, the CSRF token echoed
 * in `X-CSRF-Token` on every change. A 401 tells the app the session ended.
 */
import type * as z from 'zod/mini';
import { ApiError } from '../shared/schemas/common.js';
import type { ConsoleSession, ConsoleUser } from '../shared/schemas/console.js';
import type { FieldProblem } from './field-errors.js';

export type User = ConsoleUser;
export type SessionInfo = ConsoleSession;

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly retryAfter = 0,
  ) {
    super(message);
  }
}

let csrf = '';
let onSignedOut: () => void = () => undefined;

export const setCsrf = (token: string) => {
  csrf = token;
};
export const whenSignedOut = (listener: () => void) => {
  onSignedOut = listener;
};

/** A call whose answer is not read (or is read by a page that declares it): the JSON as sent, or `{}` for a 204. */
export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api/console${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 204) return {} as T;
  if (res.ok) return (await res.json()) as T;
  const problem = ApiError.safeParse(await res.json().catch(() => undefined));
  const error = problem.success ? problem.data.error : undefined;
  const failure = new ApiFailure(
    res.status,
    error?.code ?? 'http',
    error?.message ?? `HTTP ${res.status}`,
    error?.fields ?? [],
    Number(res.headers.get('retry-after') ?? 0),
  );
  if (res.status === 401 && failure.code === 'signed_out') onSignedOut();
  throw failure;
}

/**
 * A call whose answer is parsed with its shared schema (src/shared/schemas/console.ts, which the server describes
 * its route with): an answer of another shape is a failure the page shows, not data it half renders.
 */
export async function request<S extends z.ZodMiniType>(
  schema: S,
  method: string,
  path: string,
  body?: unknown,
): Promise<z.output<S>> {
  const parsed = schema.safeParse(await api(method, path, body));
  if (parsed.success) return parsed.data;
  console.warn(`m4a console: unexpected answer from ${method} ${path}`, parsed.error.issues);
  throw new ApiFailure(0, 'unexpected_answer', 'The server answered in an unexpected shape.');
}

/** A query string of the non-empty values. */
export const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return q.size ? `?${q}` : '';
};
