/**
 * Call outcomes: what happened when a visitor called an office. Only the office (legislator id), the outcome,
 * an optional campaign slug and the time are stored; nothing about the visitor.
 */
import type { Db } from '../db/index.js';
import { newId } from '../db/ids.js';
import type { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import { CALL_OUTCOMES, type CallOutcome, type CallStats } from 'm4a-widgets/shared/schemas/representative.js';

/**
 * Stores one outcome per Idempotency-Key: a retry answers `duplicate` with the first id. The key's UNIQUE
 * constraint decides, so a retry reaching another instance at the same moment finds the first row too.
 */
export async function recordCallOutcome(
  db: Db,
  outcome: CallOutcome,
  now: Date,
  idempotencyKey: string,
): Promise<Receipt> {
  const id = newId(now.getTime());
  const row = await db.kysely
    .insertInto('call_outcomes')
    .values({
      id,
      legislator_id: outcome.legislatorId,
      outcome: outcome.outcome,
      source: outcome.source ?? null,
      idempotency_key: idempotencyKey,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return { id: row.id, status: 'created' };
  const earlier = await db.kysely
    .selectFrom('call_outcomes')
    .select('id')
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: earlier.id, status: 'duplicate' };
}

/** Monday 00:00 UTC of the week `now` is in. */
export function startOfWeek(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}

export async function callStats(db: Db, now: Date, legislatorId?: string): Promise<CallStats> {
  const since = startOfWeek(now).toISOString();
  const rows = await db.kysely
    .selectFrom('call_outcomes')
    .select((eb) => ['outcome', eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', since)
    .$if(legislatorId !== undefined, (q) => q.where('legislator_id', '=', legislatorId!))
    .groupBy('outcome')
    .execute();
  const byOutcome = Object.fromEntries(CALL_OUTCOMES.map((o) => [o, 0])) as CallStats['byOutcome'];
  let count = 0;
  for (const r of rows) {
    const n = Number(r.n);
    if (r.outcome in byOutcome) byOutcome[r.outcome as keyof typeof byOutcome] = n;
    count += n;
  }
  return { count, since, byOutcome, ...(legislatorId ? { legislatorId } : {}) };
}
