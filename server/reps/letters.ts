/**
 * Write outcomes: what a visitor reported after writing to an office. Only the office (target id), the outcome, the
 * channel the letter left by, an optional campaign slug and the time are stored; never the letter, nothing about
 * the visitor.
 */
import type { Db } from '../db/index.js';
import { newId } from '../db/ids.js';
import type { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import { WRITE_CHANNELS, type WriteOutcome, type WriteStats } from 'm4a-widgets/shared/schemas/letters.js';
import { startOfWeek } from './calls.js';

/** Stores one outcome per Idempotency-Key (its UNIQUE constraint decides): a retry answers `duplicate`. */
export async function recordWriteOutcome(
  db: Db,
  outcome: WriteOutcome,
  now: Date,
  idempotencyKey: string,
): Promise<Receipt> {
  const row = await db.kysely
    .insertInto('write_outcomes')
    .values({
      id: newId(now.getTime()),
      target_id: outcome.targetId,
      outcome: outcome.outcome,
      channel: outcome.channel,
      source: outcome.source ?? null,
      idempotency_key: idempotencyKey,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return { id: row.id, status: 'created' };
  const earlier = await db.kysely
    .selectFrom('write_outcomes')
    .select('id')
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: earlier.id, status: 'duplicate' };
}

/** Letters reported sent this week, by channel ("Not now" is no letter). */
export async function writeStats(db: Db, now: Date, targetId?: string): Promise<WriteStats> {
  const since = startOfWeek(now).toISOString();
  const rows = await db.kysely
    .selectFrom('write_outcomes')
    .select((eb) => ['channel', eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', since)
    .where('outcome', '=', 'sent')
    .$if(targetId !== undefined, (q) => q.where('target_id', '=', targetId!))
    .groupBy('channel')
    .execute();
  const byChannel = Object.fromEntries(WRITE_CHANNELS.map((c) => [c, 0])) as WriteStats['byChannel'];
  let count = 0;
  for (const r of rows) {
    const n = Number(r.n);
    if (r.channel in byChannel) byChannel[r.channel as keyof typeof byChannel] = n;
    count += n;
  }
  return { count, since, byChannel, ...(targetId ? { targetId } : {}) };
}
