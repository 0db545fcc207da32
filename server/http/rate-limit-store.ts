/**
 * hono-rate-limiter's counters in the database (table `rate_limits`), so a client's limit holds across every
 * instance on one database rather than per process. One upsert per hit: a fixed window starts at the first hit and
 * the count restarts once it has passed.
 */
import { sql } from 'kysely';
import type { ClientRateLimitInfo, Store } from 'hono-rate-limiter';
import type { Db } from '../db/index.js';

/** Windows run on the wall clock, as the limiter's Retry-After (reset time minus Date.now()) does. */
export function databaseRateLimitStore(db: Db, windowMs: number, prefix: string): Store {
  const k = (key: string) => `${prefix}:${key}`;
  return {
    async increment(key): Promise<ClientRateLimitInfo> {
      const at = Date.now();
      const row = await db.kysely
        .insertInto('rate_limits')
        .values({ key: k(key), hits: 1, reset_at: at + windowMs })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            hits: sql<number>`CASE WHEN rate_limits.reset_at <= ${at} THEN 1 ELSE rate_limits.hits + 1 END`,
            reset_at: sql<number>`CASE WHEN rate_limits.reset_at <= ${at} THEN excluded.reset_at ELSE rate_limits.reset_at END`,
          }),
        )
        .returning(['hits', 'reset_at'])
        .executeTakeFirstOrThrow();
      return { totalHits: row.hits, resetTime: new Date(row.reset_at) };
    },
    async decrement(key) {
      await db.kysely
        .updateTable('rate_limits')
        .set({ hits: sql<number>`hits - 1` })
        .where('key', '=', k(key))
        .where('hits', '>', 0)
        .execute();
    },
    async resetKey(key) {
      await db.kysely.deleteFrom('rate_limits').where('key', '=', k(key)).execute();
    },
  };
}

/** Drops windows that ended (the table would otherwise keep one row per client address ever seen). */
export async function pruneRateLimits(db: Db): Promise<number> {
  const r = await db.kysely.deleteFrom('rate_limits').where('reset_at', '<=', Date.now()).executeTakeFirst();
  return Number(r.numDeletedRows);
}
