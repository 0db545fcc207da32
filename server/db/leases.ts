/**
 * Cluster-wide leases on background jobs (table `leases`, migration 330): a job runs on the instance holding its
 * lease. Claiming is one conditional upsert, atomic on both engines: it takes a free or expired lease, or renews the
 * caller's own, and leaves one another instance holds alone.
 */
import { sql } from 'kysely';
import type { Db } from './index.js';

/** True when `holder` now holds `name` until `now + ms`. */
export async function claimLease(db: Db, name: string, holder: string, now: Date, ms: number): Promise<boolean> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + ms).toISOString();
  const row = await db.kysely
    .insertInto('leases')
    .values({ name, holder, expires_at: until })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: until })
        .where(sql<boolean>`leases.expires_at <= ${at} OR leases.holder = ${holder}`),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

/** Gives a lease back early, if `holder` still holds it: it runs out at `now`. */
export async function releaseLease(db: Db, name: string, holder: string, now: Date): Promise<void> {
  await db.kysely
    .updateTable('leases')
    .set({ expires_at: now.toISOString() })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}
