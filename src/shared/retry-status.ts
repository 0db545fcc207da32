/** Which HTTP statuses are worth retrying and which are final refusals: part of the one retry policy (retry.ts). */

/**
 * Whether an HTTP status means "try the same request again later": server failures, timeouts, rate limits and
 * conflicts of the moment. Every other 4xx is a refusal that resending cannot fix. The visitor's device queue, the
 * browser fetch and the server's forwarding all decide by this.
 */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE_4XX.has(status);
}
const RETRYABLE_4XX: ReadonlySet<number> = new Set([408, 425, 429]);

/**
 * Whether an HTTP status says the receiver looked at the request itself and refused it (bad or conflicting data,
 * too large, gone): sending the same body again can never succeed. Statuses that are neither this nor retryable
 * (401, 403, 404 …) usually mean a misconfigured receiver: the server's forwarding marks those failed for an
 * organizer to retry, and the visitor's device queue keeps the write and retries later, since no one else can.
 */
export function isRefusalStatus(status: number): boolean {
  return REFUSAL_4XX.has(status);
}
const REFUSAL_4XX: ReadonlySet<number> = new Set([400, 409, 410, 413, 422]);
