/**
 * How the device queue (core/device-queue.ts) sends stored writes: one attempt at a time per key (Web Locks across
 * tabs), backoff after a failure, and replay channels that retry what is due while an element listens.
 */
import { backoffDelay, isRefusalStatus } from '../shared/retry.js';
import { queueOptions, getStore, live, safely, type QueuedWrite, type Store } from './device-queue-storage.js';
import { toWidgetError, type WidgetError } from './errors.js';

export type Send<P, R> = (payload: P, key: string) => Promise<R>;

/** What replay listeners hear about a stored write that settled. */
export interface Settled<P, R> {
  item: QueuedWrite<P>;
  /** This listener's own `send` performed the attempt (so exactly one listener reports it, e.g. with an event). */
  sentHere: boolean;
  /** The write was submitted on this page load (not left over from an earlier visit). */
  fromThisPage: boolean;
  result?: R;
  error?: WidgetError;
}

export interface ReplayListener<P, R> {
  onSent?(settled: Settled<P, R>): void;
  /** The backend refused a stored write; it has been removed from the queue. */
  onRejected?(settled: Settled<P, R>): void;
}

/**
 * The backend looked at the write and said no: sending it again cannot help. Anything else, including statuses
 * that are neither refused nor retryable (401, 403, 404: a misconfigured receiver), is kept and retried, since on
 * the visitor's device no one else could retry it.
 */
export function isRefusal(error: WidgetError): boolean {
  return error.kind === 'validation' || (error.kind === 'http' && isRefusalStatus(error.extra.status ?? 0));
}

/** Delay before retry number `attempts` (1-based): exponential, half of it random, capped; `Retry-After` wins. */
export function retryDelay(attempts: number, retryAfterMs = 0): number {
  const { baseDelayMs: baseMs, maxDelayMs: maxMs, random } = queueOptions();
  return backoffDelay(attempts, { baseMs, maxMs, retryAfterMs, random });
}

export const channelId = (kind: string, backendRef: string) => `${kind}\n${backendRef}`;

/** Keys submitted on this page load. */
export const submittedHere = new Set<string>();
/** Keys with an attempt in progress in this tab. */
const inFlight = new Set<string>();
/** Keys confirmed or refused on this page load: a replay that listed them a moment earlier must not send them again. */
const done = new Set<string>();

export type Attempt<R> =
  | { status: 'sent'; result: R }
  | { status: 'queued'; error: WidgetError }
  | { status: 'rejected'; error: WidgetError }
  | { status: 'busy' };

export async function attempt<P, R>(
  item: QueuedWrite<P>,
  send: Send<P, R>,
  store: Store,
  first: boolean,
): Promise<Attempt<R>> {
  if (inFlight.has(item.key)) return { status: 'busy' };
  inFlight.add(item.key);
  try {
    const run = async (): Promise<Attempt<R>> => ({ status: 'sent', result: await send(item.payload, item.key) });
    const outcome = await withLock(item.key, run);
    if (outcome.status === 'sent') {
      done.add(item.key);
      await safely(() => store.remove(item.key));
    }
    return outcome;
  } catch (err) {
    const error = toWidgetError(err);
    // The element left the page mid-request: not a failed attempt, the next visit sends it.
    if (error.kind === 'aborted') return { status: 'queued', error };
    // A backend without this method is reported, not kept, on first try. A backend that could not start (its code
    // failed to load while offline) is kept: that passes.
    if (isRefusal(error) || (first && error.kind === 'unsupported')) {
      done.add(item.key);
      await safely(() => store.remove(item.key));
      return { status: 'rejected', error };
    }
    item.attempts += 1;
    item.nextAttemptAt = Date.now() + retryDelay(item.attempts, error.extra.retryAfterMs);
    await safely(() => store.put(item));
    return { status: 'queued', error };
  } finally {
    inFlight.delete(item.key);
  }
}

/**
 * Runs `fn` holding this key's lock across tabs, or answers `busy` when another tab holds it. The lock keeps its
 * "m4a-outbox" name so a tab still running the previous release shares it.
 */
async function withLock<R>(key: string, fn: () => Promise<Attempt<R>>): Promise<Attempt<R>> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return fn();
  return (await locks.request(`m4a-outbox:${key}`, { ifAvailable: true }, (lock) =>
    lock ? fn() : ({ status: 'busy' } as const),
  )) as Attempt<R>;
}

export interface Worker {
  send: Send<unknown, unknown>;
  listener: ReplayListener<unknown, unknown>;
}

export const channels = new Map<string, Channel>();

/** Forgets what this page load sent and tried (tests). */
export function resetSending(): void {
  for (const ch of channels.values()) ch.stop();
  channels.clear();
  submittedHere.clear();
  inFlight.clear();
  done.clear();
}

export class Channel {
  workers: Worker[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again: boolean | undefined;
  private stopped = false;

  constructor(readonly id: string) {}

  /** Sends what is due (everything when `force`), then sleeps until the next item is due. */
  wake(force = false): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = this.again || force;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain(force)
      .catch((err: unknown) => console.warn('m4a-widgets: the device queue could not send stored items.', err))
      .finally(() => {
        this.running = undefined;
        const again = this.again;
        this.again = undefined;
        if (again !== undefined) this.wake(again);
      });
  }

  /** Re-reads the store and sets a timer for the next due item. */
  schedule(): void {
    if (!this.running) this.wake(false);
    else this.again = this.again ?? false;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async drain(force: boolean): Promise<void> {
    const store = await getStore();
    let next = Infinity;
    for (const item of await live(store, this.id)) {
      const worker = this.workers.at(-1);
      if (!worker || this.stopped) return;
      if (done.has(item.key)) continue;
      if (!force && item.nextAttemptAt > Date.now()) {
        next = Math.min(next, item.nextAttemptAt);
        continue;
      }
      const outcome = await attempt(item, worker.send, store, false);
      if (outcome.status === 'queued') next = Math.min(next, item.nextAttemptAt);
      else if (outcome.status === 'busy') next = Math.min(next, Date.now() + queueOptions().baseDelayMs);
      else this.notify(item, worker, outcome);
    }
    if (next !== Infinity && !this.stopped) {
      this.timer = setTimeout(() => this.wake(false), Math.max(0, next - Date.now()));
    }
  }

  private notify(item: QueuedWrite, sender: Worker, outcome: Attempt<unknown>): void {
    for (const w of this.workers) {
      const fromThisPage = submittedHere.has(item.key);
      const settled: Settled<unknown, unknown> = { item, sentHere: w === sender, fromThisPage };
      try {
        if (outcome.status === 'sent') w.listener.onSent?.({ ...settled, result: outcome.result });
        else if (outcome.status === 'rejected') w.listener.onRejected?.({ ...settled, error: outcome.error });
      } catch (err) {
        console.warn('m4a-widgets: a device queue listener failed.', err);
      }
    }
  }
}

let onlineListening = false;
/** Tries every channel at once when the browser comes back online. */
export function listenForOnline(): void {
  if (onlineListening) return;
  onlineListening = true;
  addEventListener('online', () => {
    for (const ch of channels.values()) ch.wake(true);
  });
}
