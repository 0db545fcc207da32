import { backoffDelay } from '../core/backoff.js';

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
export async function retryRateLimited<T>(fn: () => Promise<T>, probe: RateLimitProbe, options: RetryOptions = {}): Promise<T> {
  const { retries = DEFAULT_RETRIES, signal, sleep = abortableSleep, baseDelayMs = 1000, maxDelayMs = 30_000, random } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const retryAfter = probe(err);
      if (retryAfter === null || attempt >= retries || signal?.aborted) throw err;
      const wait = backoffDelay(attempt + 1, { baseMs: baseDelayMs, maxMs: maxDelayMs, retryAfterMs: retryAfter, ...(random ? { random } : {}) });
      await sleep(wait, signal);
    }
  }
}
