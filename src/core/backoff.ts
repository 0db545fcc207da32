/**
 * Exponential backoff with jitter: the one formula behind every retry in the project (the visitor's outbox, the
 * Mobilize rate-limit retries, the server's forwarding outbox). Attempt n (1-based) waits between half and all of
 * `baseMs · 2^(n−1)`, capped at `maxMs`; a server's `Retry-After` wins, up to the cap. Browser-safe, no imports.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** Milliseconds the server asked for (0 or absent: none). */
  retryAfterMs?: number | undefined;
  /** Replaceable in tests. */
  random?: () => number;
}

export function backoffDelay(attempt: number, { baseMs, maxMs, retryAfterMs = 0, random = Math.random }: BackoffOptions): number {
  if (retryAfterMs > 0) return Math.min(retryAfterMs, maxMs);
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** A `Retry-After` header as milliseconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
