/**
 * The one retry policy of the project, used by the visitor's device queue, the event importers and the server's
 * forwarding: exponential backoff with jitter, `Retry-After` reading, and a bounded retry for rate-limited upstreams.
 * Attempt n (1-based) waits between half and all of `baseMs · 2^(n−1)`, capped at `maxMs`; a server's `Retry-After`
 * wins, up to the cap.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** Milliseconds the server asked for (0 or absent: none). */
  retryAfterMs?: number | undefined;
  /** Replaceable in tests. */
  random?: () => number;
}

export function backoffDelay(
  attempt: number,
  { baseMs, maxMs, retryAfterMs = 0, random = Math.random }: BackoffOptions,
): number {
  if (retryAfterMs > 0) return Math.min(retryAfterMs, maxMs);
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

// What each HTTP status means for a retry: a module of its own, so the browser's error type (core/errors.ts) has the
// rule without the rest of the policy.
export { isRefusalStatus, isRetryableStatus } from './retry-status.js';

/** A `Retry-After` header as milliseconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Bounded retry for upstreams that rate-limit (Mobilize answers HTTP 429): wait as long as `Retry-After` says, or
 * back off exponentially with jitter, a few times at most, and give up at once when the caller aborts.
 */
export interface RetryOptions {
  /** Retries after the first attempt. */
  retries?: number;
  /** First backoff when the upstream gives no Retry-After. */
  baseDelayMs?: number;
  /** No single wait is longer than this. */
  maxDelayMs?: number;
  signal?: AbortSignal | undefined;
  /** Replaceable in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Tells a rate-limit failure from any other: the Retry-After in ms (0 when absent), or `null` for other errors. */
export type RateLimitProbe = (error: unknown) => number | null;

export const DEFAULT_RETRIES = 3;

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `fn`; on a rate-limit failure waits and tries again, up to `retries` times. Other failures pass through. */
export async function retryRateLimited<T>(
  fn: () => Promise<T>,
  probe: RateLimitProbe,
  options: RetryOptions = {},
): Promise<T> {
  const {
    retries = DEFAULT_RETRIES,
    signal,
    sleep = abortableSleep,
    baseDelayMs = 1000,
    maxDelayMs = 30_000,
    random,
  } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const retryAfter = probe(err);
      if (retryAfter === null || attempt >= retries || signal?.aborted) throw err;
      const wait = backoffDelay(attempt + 1, {
        baseMs: baseDelayMs,
        maxMs: maxDelayMs,
        retryAfterMs: retryAfter,
        ...(random ? { random } : {}),
      });
      await sleep(wait, signal);
    }
  }
}
