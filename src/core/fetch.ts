/**
 * `fetch` for backends: a timeout, cancellation through the element's AbortSignal, JSON in and out, and failures
 * mapped to typed `WidgetError`s (offline, timeout, HTTP status with the server's field errors, invalid response).
 */
import { isRefusalStatus, parseRetryAfter } from '../shared/retry.js';
import { WidgetError, type FieldError } from './errors.js';

export interface FetchJsonOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  headers?: Record<string, string>;
  idempotencyKey?: string | undefined;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export async function fetchJson(url: string | URL, options: FetchJsonOptions = {}): Promise<unknown> {
  const { method = 'GET', body, signal, timeoutMs = DEFAULT_TIMEOUT_MS, idempotencyKey } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      signal: combined,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (err) {
    if (signal?.aborted) throw new WidgetError('aborted', `${method} ${url} aborted`);
    if (timeout.aborted) throw new WidgetError('timeout', `${method} ${url} took longer than ${timeoutMs} ms`);
    throw new WidgetError('offline', `${method} ${url} failed: ${err instanceof Error ? err.message : String(err)}`);
  }

  const text = await response.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      if (response.ok)
        throw new WidgetError('invalid-response', `${method} ${url} did not return JSON`, { status: response.status });
    }
  }
  if (response.ok) return json;
  throw httpError(method, String(url), response, json);
}

function httpError(method: string, url: string, response: Response, json: unknown): WidgetError {
  const status = response.status;
  const apiError = (json as { error?: { message?: unknown; fields?: unknown } } | undefined)?.error;
  const message = typeof apiError?.message === 'string' ? apiError.message : response.statusText;
  const detail = `${method} ${url} answered ${status}: ${message}`;
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    return new WidgetError('rate-limited', detail, { status, ...(retryAfterMs ? { retryAfterMs } : {}) });
  }
  const fields = Array.isArray(apiError?.fields) ? (apiError.fields as FieldError[]) : undefined;
  // A refusal that names the fields to fix is one the visitor can act on; other refusals stay `http` errors.
  if (isRefusalStatus(status) && fields?.length) return new WidgetError('validation', detail, { status, fields });
  return new WidgetError('http', detail, { status });
}
