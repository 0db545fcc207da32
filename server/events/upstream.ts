/**
 * Outbound requests of the event importers: a timeout, a size cap, cancellation on shutdown, and errors that name
 * the feed but never its URL (private calendar URLs and API keys are secrets).
 */
import type { RateLimitProbe } from 'm4a-widgets/shared/retry.js';
import { parseRetryAfter } from 'm4a-widgets/shared/retry.js';

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface UpstreamOptions {
  /** Names the feed in errors and logs, e.g. `ics calendar.google.com`. */
  label: string;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  /** Larger bodies are refused. */
  maxBytes?: number;
}

export const UPSTREAM_TIMEOUT_MS = 20_000;
export const UPSTREAM_MAX_BYTES = 8 * 1024 * 1024;

export async function fetchText(fetchFn: typeof fetch, url: string, options: UpstreamOptions): Promise<string> {
  const { label, timeoutMs = UPSTREAM_TIMEOUT_MS, maxBytes = UPSTREAM_MAX_BYTES } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchFn(url, { headers: options.headers ?? {}, signal, redirect: 'follow' });
  } catch (err) {
    if (options.signal?.aborted) throw new UpstreamError(`${label}: stopped`);
    if (timeout.aborted) throw new UpstreamError(`${label}: no answer within ${timeoutMs} ms`);
    throw new UpstreamError(`${label}: unreachable (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new UpstreamError(
      `${label}: HTTP ${response.status}`,
      response.status,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new UpstreamError(`${label}: response larger than ${maxBytes} bytes`);
  }
  const text = await response.text();
  if (text.length > maxBytes) throw new UpstreamError(`${label}: response larger than ${maxBytes} bytes`);
  return text;
}

export async function fetchJsonFrom(fetchFn: typeof fetch, url: string, options: UpstreamOptions): Promise<unknown> {
  const text = await fetchText(fetchFn, url, {
    ...options,
    headers: { Accept: 'application/json', ...options.headers },
  });
  try {
    return JSON.parse(text);
  } catch {
    throw new UpstreamError(`${options.label}: answer is not JSON`);
  }
}

export const upstreamRateLimited: RateLimitProbe = (err) =>
  err instanceof UpstreamError && err.status === 429 ? (err.retryAfterMs ?? 0) : null;
