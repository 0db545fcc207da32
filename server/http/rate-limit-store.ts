/**
 * hono-rate-limiter's counters, shared by every instance on one database (table `rate_limits`: one fixed window per
 * client, starting at its first hit), without a database write on the request's path. The first time an instance
 * sees a client in a window it reads the client's row; it then counts that client's hits in memory and, at most
 * FLUSH_MS later, adds them to the row and reads back the total every instance has written (one upsert for all the
 * clients it counted). So a client's limit holds across instances, except for what it sends to the other instances
 * within one flush interval before they learn of it (docs/deployment.md, "Rate limits", says exactly how much).
 */
import { sql } from 'kysely';
import type { ClientRateLimitInfo, Store } from 'hono-rate-limiter';
import type { Db } from '../db/index.js';

/** How long hits counted here may stay unwritten. */
export const FLUSH_MS = 200;
/** Clients per upsert: few enough for any engine's limit on bound parameters (3 each). */
const BATCH = 500;
/** Clients known here with nothing to write are forgotten past this many (their row is read again when they return). */
const MAX_KNOWN = 50_000;

interface Window {
  /** Hits of the window written to the database by every instance, as last read back. */
  stored: number;
  /** Hits counted here and being written now. */
  writing: number;
  /** Hits counted here and not written yet. */
  pending: number;
  resetAt: number;
  /** The read of the client's row that starts this window here; hits arriving meanwhile wait for it. */
  loading: Promise<void> | undefined;
}

export interface DatabaseRateLimitStore extends Store {
  /** Writes every hit counted so far (also run before the database closes). */
  flush(): Promise<void>;
}

/** Windows run on the wall clock, as the limiter's Retry-After (reset time minus Date.now()) does. */
export function databaseRateLimitStore(db: Db, windowMs: number, prefix: string): DatabaseRateLimitStore {
  const k = (key: string) => `${prefix}:${key}`;
  const windows = new Map<string, Window>();
  const dirty = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | undefined;
  /** Once the database closes, no later flush could succeed: nothing is scheduled any more. */
  let closed = false;

  async function load(key: string, w: Window, at: number) {
    try {
      const row = await db.kysely
        .selectFrom('rate_limits')
        .select(['hits', 'reset_at'])
        .where('key', '=', k(key))
        .executeTakeFirst();
      if (row && row.reset_at > at) {
        w.stored = row.hits;
        w.resetAt = row.reset_at;
      }
    } catch (err) {
      if (windows.get(key) === w) windows.delete(key);
      throw err;
    } finally {
      w.loading = undefined;
    }
  }

  async function write(keys: string[], at: number) {
    const batch = keys.flatMap((key) => {
      const w = windows.get(key);
      if (!w || w.resetAt <= at || w.pending === 0) return [];
      w.writing = w.pending;
      w.pending = 0;
      return [{ key, w }];
    });
    if (batch.length === 0) return;
    try {
      const rows = await db.kysely
        .insertInto('rate_limits')
        .values(batch.map(({ key, w }) => ({ key: k(key), hits: Math.max(0, w.writing), reset_at: w.resetAt })))
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            hits: sql<number>`CASE WHEN rate_limits.reset_at <= ${at} THEN excluded.hits
              WHEN rate_limits.hits + excluded.hits < 0 THEN 0 ELSE rate_limits.hits + excluded.hits END`,
            reset_at: sql<number>`CASE WHEN rate_limits.reset_at <= ${at} THEN excluded.reset_at ELSE rate_limits.reset_at END`,
          }),
        )
        .returning(['key', 'hits', 'reset_at'])
        .execute();
      const byKey = new Map(rows.map((r) => [r.key, r]));
      for (const { key, w } of batch) {
        const row = byKey.get(k(key));
        w.writing = 0;
        if (!row || windows.get(key) !== w) continue;
        // The database's window wins: another instance may have started it first.
        w.stored = row.hits;
        w.resetAt = row.reset_at;
      }
    } catch (err) {
      for (const { key, w } of batch) {
        w.pending += w.writing;
        w.writing = 0;
        dirty.add(key);
      }
      throw err;
    }
  }

  function forget(at: number) {
    for (const [key, w] of windows) {
      if (windows.size <= MAX_KNOWN) break;
      if (w.resetAt <= at || (w.pending === 0 && w.writing === 0 && !w.loading)) windows.delete(key);
    }
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    // One flush at a time, so a client's hits are added once and in order.
    while (flushing) await flushing;
    if (dirty.size === 0) return;
    const keys = [...dirty].sort(); // one lock order for every instance: concurrent upserts cannot deadlock
    dirty.clear();
    const at = Date.now();
    flushing = (async () => {
      for (let i = 0; i < keys.length; i += BATCH) await write(keys.slice(i, i + BATCH), at);
    })();
    try {
      await flushing;
    } finally {
      flushing = undefined;
      forget(at);
      if (dirty.size > 0) schedule();
    }
  }

  function schedule() {
    if (timer || closed) return;
    timer = setTimeout(() => void flush().catch(() => schedule()), FLUSH_MS);
    timer.unref();
  }

  db.beforeClose(() => {
    closed = true;
    return flush();
  });

  return {
    async increment(key): Promise<ClientRateLimitInfo> {
      const at = Date.now();
      let w = windows.get(key);
      if (!w || w.resetAt <= at) {
        w = { stored: 0, writing: 0, pending: 0, resetAt: at + windowMs, loading: undefined };
        windows.set(key, w);
        w.loading = load(key, w, at);
      }
      if (w.loading) await w.loading;
      w.pending++;
      dirty.add(key);
      schedule();
      return { totalHits: w.stored + w.writing + w.pending, resetTime: new Date(w.resetAt) };
    },
    decrement(key) {
      const w = windows.get(key);
      if (!w) return;
      w.pending--;
      dirty.add(key);
      schedule();
    },
    async resetKey(key) {
      windows.delete(key);
      dirty.delete(key);
      await db.kysely.deleteFrom('rate_limits').where('key', '=', k(key)).execute();
    },
    flush,
  };
}

/** Drops windows that ended (the table would otherwise keep one row per client address ever seen). */
export async function pruneRateLimits(db: Db): Promise<number> {
  const r = await db.kysely.deleteFrom('rate_limits').where('reset_at', '<=', Date.now()).executeTakeFirst();
  return Number(r.numDeletedRows);
}
