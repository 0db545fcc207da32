/**
 * The visitor's device queue: the never-lose path for visitor writes (signups, RSVPs). A write is stored on the
 * device *before* it is sent and deleted only when the backend confirms it, so a dropped connection, a timeout, a
 * 5xx or a closed tab loses nothing: the write is sent again, with the same idempotency key, until the backend
 * answers. (The server's own queue of signups to forward elsewhere is "forwarding"; this is the browser's.)
 *
 * Elements use it through `DeviceQueueController` (core/device-queue-controller.ts); underneath:
 * ```ts
 * // when connected (and whenever its backend changes): sends what earlier visits left behind, keeps retrying
 * const stop = replayQueued('signup', backendRef, send, { onSent, onRejected });
 * // on submit: one key per submission, kept across every retry
 * const outcome = await submitOrQueue({ kind: 'signup', key: newIdempotencyKey(), backendRef, payload, send });
 * // outcome.status: 'sent' (confirmed) | 'queued' (stored, will be retried) | 'rejected' (refused, fix and resubmit)
 * ```
 * - `kind` separates the writes of different widgets; `backendRef` (see `backendRefOf`) ties a stored write to the
 *   backend it was meant for, so it is never sent anywhere else.
 * - `send(payload, key)` performs the write and throws a `WidgetError` on failure. A refusal by the backend
 *   (validation, or an HTTP status `isRefusalStatus` names) is final; everything else (offline, timeout, 5xx, 429,
 *   401/403/404 from a misconfigured receiver, a captive portal's HTML page) is retried with exponential backoff and
 *   jitter while the page is open, at once when the browser comes back `online`, and again whenever an element
 *   calls `replayQueued` (every page load).
 * - Storage (core/device-queue-storage.ts): IndexedDB, else localStorage, else memory (then the write survives only
 *   while the page stays open; `persisted: false` tells the element to say so). Writes older than `maxAgeMs`
 *   (30 days) are dropped unsent, so personal data does not linger on a shared computer.
 * - A write is attempted by one tab at a time (Web Locks where available); the backend deduplicates by key anyway.
 */
import { getStore, live, safely, type QueuedWrite } from './device-queue-storage.js';
import {
  Channel,
  attempt,
  channelId,
  channels,
  listenForOnline,
  resetSending,
  submittedHere,
  type ReplayListener,
  type Send,
  type Worker,
} from './device-queue-sending.js';
import { WidgetError } from './errors.js';

export { backendRefOf, newIdempotencyKey } from './device-queue-keys.js';

export {
  configureDeviceQueue,
  deviceQueueDbName,
  type DeviceQueueOptions,
  type QueuedWrite,
} from './device-queue-storage.js';
export { isRefusal, retryDelay, type ReplayListener, type Send, type Settled } from './device-queue-sending.js';

export type SubmitOutcome<R> =
  | { status: 'sent'; result: R }
  | { status: 'queued'; error: WidgetError; persisted: boolean }
  | { status: 'rejected'; error: WidgetError };

/**
 * Stores the write, sends it, and reports what happened. A write that could not be delivered stays stored and is
 * retried by the channel's replay listeners (`replayQueued`), also on later visits.
 */
export async function submitOrQueue<P, R>(o: {
  kind: string;
  key: string;
  backendRef: string;
  payload: P;
  send: Send<P, R>;
}): Promise<SubmitOutcome<R>> {
  const now = Date.now();
  const item: QueuedWrite<P> = {
    key: o.key,
    kind: o.kind,
    backendRef: o.backendRef,
    channel: channelId(o.kind, o.backendRef),
    payload: o.payload,
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
  };
  const store = await getStore();
  // Write-ahead: if the tab closes mid-request, the next visit sends it again (same key, so never twice).
  const persisted = (await safely(() => store.put(item))) && store.persistent;
  submittedHere.add(o.key);
  const outcome = await attempt(item, o.send, store, true);
  if (outcome.status === 'queued') {
    channels.get(item.channel)?.schedule();
    return { status: 'queued', error: outcome.error, persisted };
  }
  if (outcome.status === 'busy') {
    return { status: 'queued', error: new WidgetError('aborted', 'sent by another tab'), persisted };
  }
  return outcome;
}

/**
 * Registers `send` for the stored writes of `kind` to `backendRef`: sends every one of them now (whatever their
 * backoff said: this is a new visit or a newly connected element) and keeps retrying while the returned stop
 * function has not been called.
 */
export function replayQueued<P, R>(
  kind: string,
  backendRef: string,
  send: Send<P, R>,
  listener: ReplayListener<P, R> = {},
): () => void {
  const id = channelId(kind, backendRef);
  let ch = channels.get(id);
  if (!ch) channels.set(id, (ch = new Channel(id)));
  const worker: Worker = {
    send: send as Send<unknown, unknown>,
    listener: listener as ReplayListener<unknown, unknown>,
  };
  ch.workers.push(worker);
  listenForOnline();
  ch.wake(true);
  return () => {
    const c = channels.get(id);
    if (!c) return;
    c.workers = c.workers.filter((w) => w !== worker);
    if (c.workers.length === 0) {
      c.stop();
      channels.delete(id);
    }
  };
}

/** Tries the stored writes of a channel now (a visitor pressed "try again"). */
export function retryNow(kind: string, backendRef: string): void {
  channels.get(channelId(kind, backendRef))?.wake(true);
}

/** The writes of a channel still waiting to be confirmed. */
export async function queuedItems<P = unknown>(kind: string, backendRef: string): Promise<QueuedWrite<P>[]> {
  return (await live(await getStore(), channelId(kind, backendRef))) as QueuedWrite<P>[];
}

/** Forgets every stored write and every listener (tests). */
export async function clearDeviceQueue(): Promise<void> {
  resetSending();
  await (await getStore()).clear();
}
