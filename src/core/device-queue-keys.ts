/**
 * The device queue's keys (core/device-queue.ts), apart from the queue itself: elements name their writes and
 * backends with these at every render, while the queue's code loads only once a write is pending
 * (core/device-queue-controller.ts).
 */

/** A fresh idempotency key (a UUID v4), also on pages that are not a secure context. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A stable name for a resolved backend, e.g. `main {"type":"rest","url":"/api"}`. */
export function backendRefOf(name: string, config: object): string {
  const sorted = Object.fromEntries(Object.entries(config).sort(([a], [b]) => a.localeCompare(b)));
  return `${name} ${JSON.stringify(sorted)}`;
}
