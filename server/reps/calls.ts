/**
 * Call outcomes: what happened when a visitor called an office. Only the office (legislator id), the outcome,
 * an optional campaign slug and the time are stored; nothing about the visitor.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db.js';
import type { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import { CALL_OUTCOMES, type CallOutcome, type CallStats } from 'm4a-widgets/shared/schemas/representative.js';

/** Stores one outcome per Idempotency-Key: a retry answers `duplicate` with the first id. */
export function recordCallOutcome(db: Db, outcome: CallOutcome, now: Date, idempotencyKey: string): Receipt {
  const earlier = db.prepare('SELECT id FROM call_outcomes WHERE idempotency_key = ?').pluck().get(idempotencyKey) as
    | string
    | undefined;
  if (earlier) return { id: earlier, status: 'duplicate' };
  const id = randomUUID();
  db.prepare(
    'INSERT INTO call_outcomes (id, legislator_id, outcome, source, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, outcome.legislatorId, outcome.outcome, outcome.source ?? null, idempotencyKey, now.toISOString());
  return { id, status: 'created' };
}

/** Monday 00:00 UTC of the week `now` is in. */
export function startOfWeek(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}

export function callStats(db: Db, now: Date, legislatorId?: string): CallStats {
  const since = startOfWeek(now).toISOString();
  const rows = (
    legislatorId
      ? db
          .prepare('SELECT outcome, COUNT(*) AS n FROM call_outcomes WHERE created_at >= ? AND legislator_id = ? GROUP BY outcome')
          .all(since, legislatorId)
      : db.prepare('SELECT outcome, COUNT(*) AS n FROM call_outcomes WHERE created_at >= ? GROUP BY outcome').all(since)
  ) as { outcome: string; n: number }[];
  const byOutcome = Object.fromEntries(CALL_OUTCOMES.map((o) => [o, 0])) as CallStats['byOutcome'];
  let count = 0;
  for (const r of rows) {
    if (r.outcome in byOutcome) byOutcome[r.outcome as keyof typeof byOutcome] = r.n;
    count += r.n;
  }
  return { count, since, byOutcome, ...(legislatorId ? { legislatorId } : {}) };
}
