/**
 * The never-lose outbox for visitor writes (signups, RSVPs). A write is stored on the device *before* it is sent
 * and deleted only when the backend confirms it, so a dropped connection, a timeout, a 5xx or a closed tab loses
 * nothing: the write is sent again, with the same idempotency key, until the backend answers.
 *
 * Usage from an element:
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
 *   (validation, HTTP 400/409/410/413/422) is final; everything else (offline, timeout, 5xx, 429, a captive portal's
 *   HTML page) is retried with exponential backoff and jitter while the page is open, at once when the browser
 *   comes back `online`, and again whenever an element calls `replayQueued` (every page load).
 * - Storage: IndexedDB, else localStorage, else memory (then the write survives only while the page stays open;
 *   `persisted: false` tells the element to say so). Writes older than `maxAgeMs` (30 days) are dropped unsent, so
 *   personal data does not linger on a shared computer.
 * - A write is attempted by one tab at a time (Web Locks where available); the backend deduplicates by key anyway.
 */
import { backoffDelay } from '../shared/retry.js';
import { WidgetError, toWidgetError } from './errors.js';
import { PENDING_WRITES_KEY } from './tags.js';

export interface OutboxItem<P = unknown> {
  /** The idempotency key: one per submission, the same on every retry. */
  key: string;
  kind: string;
  backendRef: string;
  /** `kind` and `backendRef` together; what replays are grouped by. */
  channel: string;
  payload: P;
  createdAt: number;
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch ms before which no retry is made (backoff). */
  nextAttemptAt: number;
}

export type Send<P, R> = (payload: P, key: string) => Promise<R>;

export type SubmitOutcome<R> =
  | { status: 'sent'; result: R }
  | { status: 'queued'; error: WidgetError; persisted: boolean }
  | { status: 'rejected'; error: WidgetError };

/** What replay listeners hear about a stored write that settled. */
export interface Settled<P, R> {
  item: OutboxItem<P>;
  /** This listener's own `send` performed the attempt (so exactly one listener reports it, e.g. with an event). */
  sentHere: boolean;
  /** The write was submitted on this page load (not left over from an earlier visit). */
  fromThisPage: boolean;
  result?: R;
  error?: WidgetError;
}

export interface ReplayListener<P, R> {
  onSent?(settled: Settled<P, R>): void;
  /** The backend refused a stored write; it has been removed from the outbox. */
  onRejected?(settled: Settled<P, R>): void;
}

export interface OutboxOptions {
  /** First retry delay; doubled per attempt, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  maxAgeMs: number;
  /** Which storage to use: `auto` tries IndexedDB, then localStorage, then memory. */
  storage: 'auto' | 'indexeddb' | 'localstorage' | 'memory';
  /** Keeps separate outboxes apart on one origin (separate apps, parallel test pages); empty by default. */
  namespace: string;
  random: () => number;
}

const DEFAULTS: OutboxOptions = {
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  maxAgeMs: 30 * 24 * 60 * 60_000,
  storage: 'auto',
  namespace: '',
  random: Math.random,
};

let options: OutboxOptions = { ...DEFAULTS };

/** Changes timing or storage (tests, or a partner who wants a different policy). */
export function configureOutbox(partial: Partial<OutboxOptions>): void {
  options = { ...options, ...partial };
  if (partial.storage !== undefined || partial.namespace !== undefined) storePromise = undefined;
}

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

/** The backend looked at the write and said no: sending it again cannot help. */
export function isRefusal(error: WidgetError): boolean {
  if (error.kind === 'validation') return true;
  return error.kind === 'http' && [400, 409, 410, 413, 422].includes(error.extra.status ?? 0);
}

/** Delay before retry number `attempts` (1-based): exponential, half of it random, capped; `Retry-After` wins. */
export function retryDelay(attempts: number, retryAfterMs = 0): number {
  return backoffDelay(attempts, { baseMs: options.baseDelayMs, maxMs: options.maxDelayMs, retryAfterMs, random: options.random });
}

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
  const item: OutboxItem<P> = {
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
    const ch = channels.get(item.channel);
    ch?.schedule();
    return { status: 'queued', error: outcome.error, persisted };
  }
  if (outcome.status === 'busy') return { status: 'queued', error: new WidgetError('aborted', 'sent by another tab'), persisted };
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
  const worker: Worker = { send: send as Send<unknown, unknown>, listener: listener as ReplayListener<unknown, unknown> };
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
export async function queuedItems<P = unknown>(kind: string, backendRef: string): Promise<OutboxItem<P>[]> {
  return (await live(await getStore(), channelId(kind, backendRef))) as OutboxItem<P>[];
}

/** Forgets every stored write and every listener (tests). */
export async function clearOutbox(): Promise<void> {
  for (const ch of channels.values()) ch.stop();
  channels.clear();
  submittedHere.clear();
  inFlight.clear();
  done.clear();
  await (await getStore()).clear();
}

// ---------------------------------------------------------------------------------------------------------------
// Sending

const channelId = (kind: string, backendRef: string) => `${kind}\n${backendRef}`;

/** Keys submitted on this page load. */
const submittedHere = new Set<string>();
/** Keys with an attempt in progress in this tab. */
const inFlight = new Set<string>();
/** Keys confirmed or refused on this page load: a replay that listed them a moment earlier must not send them again. */
const done = new Set<string>();

type Attempt<R> =
  | { status: 'sent'; result: R }
  | { status: 'queued'; error: WidgetError }
  | { status: 'rejected'; error: WidgetError }
  | { status: 'busy' };

async function attempt<P, R>(item: OutboxItem<P>, send: Send<P, R>, store: Store, first: boolean): Promise<Attempt<R>> {
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

/** Runs `fn` holding this key's lock across tabs, or answers `busy` when another tab holds it. */
async function withLock<R>(key: string, fn: () => Promise<Attempt<R>>): Promise<Attempt<R>> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return fn();
  return (await locks.request(`m4a-outbox:${key}`, { ifAvailable: true }, (lock) =>
    lock ? fn() : ({ status: 'busy' } as const),
  )) as Attempt<R>;
}

interface Worker {
  send: Send<unknown, unknown>;
  listener: ReplayListener<unknown, unknown>;
}

const channels = new Map<string, Channel>();

class Channel {
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
      .catch((err: unknown) => console.warn('m4a-widgets: the outbox could not send stored items.', err))
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
      else if (outcome.status === 'busy') next = Math.min(next, Date.now() + options.baseDelayMs);
      else this.notify(item, worker, outcome);
    }
    if (next !== Infinity && !this.stopped) {
      this.timer = setTimeout(() => this.wake(false), Math.max(0, next - Date.now()));
    }
  }

  private notify(item: OutboxItem, sender: Worker, outcome: Attempt<unknown>): void {
    for (const w of this.workers) {
      const settled: Settled<unknown, unknown> = { item, sentHere: w === sender, fromThisPage: submittedHere.has(item.key) };
      try {
        if (outcome.status === 'sent') w.listener.onSent?.({ ...settled, result: outcome.result });
        else if (outcome.status === 'rejected') w.listener.onRejected?.({ ...settled, error: outcome.error });
      } catch (err) {
        console.warn('m4a-widgets: an outbox listener failed.', err);
      }
    }
  }
}

let onlineListening = false;
function listenForOnline(): void {
  if (onlineListening) return;
  onlineListening = true;
  addEventListener('online', () => {
    for (const ch of channels.values()) ch.wake(true);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Storage

interface Store {
  readonly persistent: boolean;
  put(item: OutboxItem): Promise<void>;
  remove(key: string): Promise<void>;
  list(channel: string): Promise<OutboxItem[]>;
  /** Items in all channels. */
  count(): Promise<number>;
  clear(): Promise<void>;
}

let storePromise: Promise<Store> | undefined;

function getStore(): Promise<Store> {
  storePromise ??= pickStore();
  return storePromise;
}

/** Keeps the loader's hint (core/tags.ts) in step with the store: set while any write waits, cleared when none does. */
function withPendingHint(store: Store): Store {
  const hint = (on: boolean) => {
    try {
      if (on) globalThis.localStorage?.setItem(PENDING_WRITES_KEY, '1');
      else globalThis.localStorage?.removeItem(PENDING_WRITES_KEY);
    } catch {
      // No localStorage: the elements then load when they near the screen, and replay then.
    }
  };
  return {
    ...store,
    put: async (item) => {
      await store.put(item);
      hint(true);
    },
    remove: async (key) => {
      await store.remove(key);
      if ((await store.count()) === 0) hint(false);
    },
    clear: async () => {
      await store.clear();
      hint(false);
    },
  };
}

async function pickStore(): Promise<Store> {
  const want = options.storage;
  if (want === 'auto' || want === 'indexeddb') {
    try {
      return withPendingHint(await idbStore());
    } catch (err) {
      if (want === 'indexeddb') console.warn('m4a-widgets: IndexedDB is not available for the outbox.', err);
    }
  }
  if (want !== 'memory') {
    try {
      return withPendingHint(localStore());
    } catch {
      // Storage disabled by the browser or the visitor: keep writes in memory for as long as the page is open.
    }
  }
  return memoryStore();
}

/** Items of a channel, oldest first, with the expired ones removed. */
async function live(store: Store, channel: string): Promise<OutboxItem[]> {
  const items = await store.list(channel);
  const cutoff = Date.now() - options.maxAgeMs;
  const out: OutboxItem[] = [];
  for (const item of items) {
    if (item.createdAt < cutoff) await safely(() => store.remove(item.key));
    else out.push(item);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}

async function safely(fn: () => Promise<void>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    console.warn('m4a-widgets: the outbox could not update its storage.', err);
    return false;
  }
}

const DB_STORE = 'outbox';
/** The IndexedDB database of the current namespace. */
export const outboxDbName = () => (options.namespace ? `m4a-widgets-${options.namespace}` : 'm4a-widgets');

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function idbStore(): Promise<Store> {
  if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(outboxDbName(), 1);
    open.onupgradeneeded = () => open.result.createObjectStore(DB_STORE, { keyPath: 'key' }).createIndex('channel', 'channel');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error('IndexedDB upgrade blocked by another tab'));
  });
  const run = async <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = db.transaction(DB_STORE, mode);
    const result = await request(fn(tx.objectStore(DB_STORE)));
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error);
      });
    }
    return result;
  };
  return {
    persistent: true,
    put: async (item) => void (await run('readwrite', (s) => s.put(item))),
    remove: async (key) => void (await run('readwrite', (s) => s.delete(key))),
    list: (channel) => run('readonly', (s) => s.index('channel').getAll(channel)) as Promise<OutboxItem[]>,
    count: () => run('readonly', (s) => s.count()),
    clear: async () => void (await run('readwrite', (s) => s.clear())),
  };
}

function localStore(): Store {
  const ls = globalThis.localStorage;
  const LS_PREFIX = options.namespace ? `m4a-outbox@${options.namespace}:` : 'm4a-outbox:';
  // Throws when storage is disabled or full, so the caller falls back to memory.
  ls.setItem(`${LS_PREFIX}probe`, '1');
  ls.removeItem(`${LS_PREFIX}probe`);
  const keys = () => Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k): k is string => !!k?.startsWith(LS_PREFIX));
  return {
    persistent: true,
    put: async (item) => ls.setItem(LS_PREFIX + item.key, JSON.stringify(item)),
    remove: async (key) => ls.removeItem(LS_PREFIX + key),
    list: async (channel) =>
      keys().flatMap((k) => {
        try {
          const item = JSON.parse(ls.getItem(k) ?? 'null') as OutboxItem | null;
          return item?.channel === channel ? [item] : [];
        } catch {
          return [];
        }
      }),
    count: async () => keys().length,
    clear: async () => keys().forEach((k) => ls.removeItem(k)),
  };
}

function memoryStore(): Store {
  const items = new Map<string, OutboxItem>();
  return {
    persistent: false,
    put: async (item) => void items.set(item.key, structuredClone(item)),
    remove: async (key) => void items.delete(key),
    list: async (channel) => [...items.values()].filter((i) => i.channel === channel).map((i) => structuredClone(i)),
    count: async () => items.size,
    clear: async () => items.clear(),
  };
}
