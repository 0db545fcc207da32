/**
 * The Forwarding page: per destination its counts and latest errors (HTTP statuses and network codes, never a
 * request body), retry now, and pause/resume. A paused destination keeps its queue; the forwarder skips it.
 */
import { sql } from 'kysely';
import { transaction, type Db } from '../db/index.js';
import { audit } from '../accounts/audit.js';
import { announceNewSignup, requeueFailed } from '../forwarding/forwarder.js';
import { forwardingHealth } from './overview.js';
import type { ForwardingStatus } from 'm4a-widgets/shared/schemas/console.js';

export async function forwardingStatus(
  db: Db,
  configured: readonly string[],
): Promise<ForwardingStatus['destinations']> {
  const health = await forwardingHealth(db.kysely);
  const known = new Set(health.map((h) => h.destination));
  const all = [
    ...health,
    ...configured
      .filter((d) => !known.has(d))
      .map((d) => ({ destination: d, pending: 0, failed: 0, sent: 0, paused: false })),
  ];
  return Promise.all(
    all.map(async (h) => {
      const errors = await db.kysely
        .selectFrom('signup_forwards')
        .select(['last_error as error', sql<string>`coalesce(failed_at, next_attempt_at)`.as('at'), 'attempts'])
        .where('destination', '=', h.destination)
        .where('last_error', 'is not', null)
        .where('forwarded_at', 'is', null)
        .orderBy(sql`coalesce(failed_at, next_attempt_at)`, 'desc')
        .limit(5)
        .execute();
      return { ...h, configured: configured.includes(h.destination), latestErrors: errors };
    }),
  );
}

/** Failed forwards queued again and waiting ones made due now; the forwarder in this process is woken. */
export async function retryNow(db: Db, actor: string, destination: string, now: Date): Promise<{ requeued: number }> {
  const requeued = await requeueFailed(db, now, destination);
  const due = await db.kysely
    .updateTable('signup_forwards')
    .set({ next_attempt_at: now.toISOString() })
    .where('destination', '=', destination)
    .where('forwarded_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('leased_by', 'is', null)
    .executeTakeFirst();
  await audit(db.kysely, now, { actor, action: 'forwarding-retried', target: destination, detail: { requeued } });
  announceNewSignup(db);
  return { requeued: requeued + Number(due.numUpdatedRows) };
}

export async function setPaused(db: Db, actor: string, destination: string, paused: boolean, now: Date): Promise<void> {
  await transaction(db, async (q) => {
    if (paused) {
      await q
        .insertInto('forward_pauses')
        .values({ destination, paused_at: now.toISOString(), paused_by: actor })
        .onConflict((oc) => oc.column('destination').doNothing())
        .execute();
    } else {
      await q.deleteFrom('forward_pauses').where('destination', '=', destination).execute();
    }
    await audit(q, now, { actor, action: paused ? 'forwarding-paused' : 'forwarding-resumed', target: destination });
  });
  if (!paused) announceNewSignup(db);
}
