/**
 * Typed failures. Every widget turns a `WidgetError` into a translated message by its `kind`, so visitors read
 * "You seem to be offline" instead of a stack trace, and the console gets one warning with `detail`.
 */
import { isRetryableStatus } from '../shared/retry-status.js';

export const ERROR_KINDS = [
  'config',
  'offline',
  'timeout',
  'http',
  'rate-limited',
  'validation',
  'invalid-response',
  'unsupported',
  'aborted',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `backends.events.organizationId` or `email`. */
  path: string;
  message: string;
}

export class WidgetError extends Error {
  override readonly name = 'WidgetError';
  constructor(
    readonly kind: ErrorKind,
    /** Technical detail for the console; never shown to visitors. */
    readonly detail: string,
    readonly extra: { status?: number; fields?: FieldError[]; retryAfterMs?: number; field?: string } = {},
  ) {
    super(`${kind}: ${detail}`);
  }

  /** Whether retrying the same request later can succeed; an HTTP status decides by the one retry policy. */
  get retryable(): boolean {
    if (this.kind === 'offline' || this.kind === 'timeout' || this.kind === 'rate-limited') return true;
    return this.kind === 'http' && isRetryableStatus(this.extra.status ?? 0);
  }
}

export function toWidgetError(err: unknown): WidgetError {
  if (err instanceof WidgetError) return err;
  if (err instanceof DOMException && err.name === 'AbortError') return new WidgetError('aborted', 'Request aborted');
  return new WidgetError('invalid-response', err instanceof Error ? err.message : String(err));
}
