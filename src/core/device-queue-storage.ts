/**
 * Where the visitor's device queue (core/device-queue.ts) keeps writes: IndexedDB, else localStorage, else memory.
 *
 * The database, object store and localStorage key names still say "outbox", the queue's earlier name: they are
 * stored on visitors' devices, and a write saved before an upgrade must still be found (and sent) after it.
 */
import { PENDING_WRITES_KEY } from './tags.js';
import { noteQueueInUse } from './device-queue-hint.js';

export interface QueuedWrite<P = unknown> {
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

export interface DeviceQueueOptions {
  /** First retry delay; doubled per attempt, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  maxAgeMs: number;
  /** Which storage to use: `auto` tries IndexedDB, then localStorage, then memory. */
  storage: 'auto' | 'indexeddb' | 'localstorage' | 'memory';
  /** Keeps separate queues apart on one origin (separate apps, parallel test pages); empty by default. */
  namespace: string;
  random: () => number;
}

const DEFAULTS: DeviceQueueOptions = {
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  maxAgeMs: 30 * 24 * 60 * 60_000,
  storage: 'auto',
  namespace: '',
  random: Math.random,
};

let options: DeviceQueueOptions = { ...DEFAULTS };

export const queueOptions = (): Readonly<DeviceQueueOptions> => options;

/** Changes timing or storage (tests, or a partner who wants a different policy). */
export function configureDeviceQueue(partial: Partial<DeviceQueueOptions>): void {
  noteQueueInUse();
  options = { ...options, ...partial };
  if (partial.storage !== undefined || partial.namespace !== undefined) storePromise = undefined;
}

export interface Store {
  readonly persistent: boolean;
  put(item: QueuedWrite): Promise<void>;
  remove(key: string): Promise<void>;
  list(channel: string): Promise<QueuedWrite[]>;
  /** Items in all channels. */
  count(): Promise<number>;
  clear(): Promise<void>;
}

let storePromise: Promise<Store> | undefined;

export function getStore(): Promise<Store> {
  noteQueueInUse();
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
      if (want === 'indexeddb') console.warn('m4a-widgets: IndexedDB is not available for the device queue.', err);
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
export async function live(store: Store, channel: string): Promise<QueuedWrite[]> {
  const items = await store.list(channel);
  const cutoff = Date.now() - options.maxAgeMs;
  const out: QueuedWrite[] = [];
  for (const item of items) {
    if (item.createdAt < cutoff) await safely(() => store.remove(item.key));
    else out.push(item);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}

/** Runs a storage update; a failure is logged and reported as `false`, never thrown at the visitor. */
export async function safely(fn: () => Promise<void>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    console.warn('m4a-widgets: the device queue could not update its storage.', err);
    return false;
  }
}

/** Named "outbox" on devices since the first release; see the comment at the top. */
const DB_STORE = 'outbox';
/** The IndexedDB database of the current namespace. */
export const deviceQueueDbName = () => (options.namespace ? `m4a-widgets-${options.namespace}` : 'm4a-widgets');

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function idbStore(): Promise<Store> {
  if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(deviceQueueDbName(), 1);
    open.onupgradeneeded = () =>
      open.result.createObjectStore(DB_STORE, { keyPath: 'key' }).createIndex('channel', 'channel');
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
    list: (channel) => run('readonly', (s) => s.index('channel').getAll(channel)) as Promise<QueuedWrite[]>,
    count: () => run('readonly', (s) => s.count()),
    clear: async () => void (await run('readwrite', (s) => s.clear())),
  };
}

function localStore(): Store {
  const ls = globalThis.localStorage;
  // "m4a-outbox" on devices since the first release; see the comment at the top.
  const LS_PREFIX = options.namespace ? `m4a-outbox@${options.namespace}:` : 'm4a-outbox:';
  // Throws when storage is disabled or full, so the caller falls back to memory.
  ls.setItem(`${LS_PREFIX}probe`, '1');
  ls.removeItem(`${LS_PREFIX}probe`);
  const keys = () =>
    Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k): k is string => !!k?.startsWith(LS_PREFIX));
  return {
    persistent: true,
    put: async (item) => ls.setItem(LS_PREFIX + item.key, JSON.stringify(item)),
    remove: async (key) => ls.removeItem(LS_PREFIX + key),
    list: async (channel) =>
      keys().flatMap((k) => {
        try {
          const item = JSON.parse(ls.getItem(k) ?? 'null') as QueuedWrite | null;
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
  const items = new Map<string, QueuedWrite>();
  return {
    persistent: false,
    put: async (item) => void items.set(item.key, structuredClone(item)),
    remove: async (key) => void items.delete(key),
    list: async (channel) => [...items.values()].filter((i) => i.channel === channel).map((i) => structuredClone(i)),
    count: async () => items.size,
    clear: async () => items.clear(),
  };
}
