/**
 * The Overview page's aggregates: counts only, never a row of personal data, so every role may read them. Signups
 * per day or week split by `source` and by `utm_campaign` (spam left out), RSVPs per upcoming event, calls per
 * office and outcome, letters sent per day or week by channel and per office and channel, and forwarding health per
 * destination.
 */
import { sql } from 'kysely';
import * as z from 'zod/mini';
import { snapshot, type Db, type Q } from '../db/index.js';

const DAY_MS = 86_400_000;

export const OverviewQuery = z.object({
  from: z.optional(z.iso.date('Use a date like 2026-10-01')),
  to: z.optional(z.iso.date('Use a date like 2026-10-01')),
  bucket: z._default(z.enum(['day', 'week']), 'day'),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

export interface SeriesPoint {
  period: string;
  key: string;
  count: number;
}

/** Monday of the ISO week a day (YYYY-MM-DD) is in. */
export function weekOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return new Date(ms - weekday * DAY_MS).toISOString().slice(0, 10);
}

async function series(q: Q, column: 'source' | 'utm_campaign', from: string, to: string, bucket: 'day' | 'week') {
  const rows = await q
    .selectFrom('signups')
    .select([
      sql<string>`substr(received_at, 1, 10)`.as('day'),
      sql<string>`coalesce(${sql.ref(column)}, '')`.as('key'),
    ])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .where('spam_reason', 'is', null)
    .groupBy([sql`substr(received_at, 1, 10)`, sql`coalesce(${sql.ref(column)}, '')`])
    .execute();
  const sums = new Map<string, SeriesPoint>();
  for (const r of rows) {
    const period = bucket === 'week' ? weekOf(r.day) : r.day;
    const id = `${period}\u0000${r.key}`;
    const point = sums.get(id) ?? { period, key: r.key, count: 0 };
    point.count += Number(r.n);
    sums.set(id, point);
  }
  return [...sums.values()].sort((a, b) => a.period.localeCompare(b.period) || a.key.localeCompare(b.key));
}

async function rsvpsPerEvent(q: Q, nowMs: number) {
  const rows = await q
    .selectFrom('events as e')
    .leftJoin('event_rsvps as r', 'r.event_id', 'e.id')
    .select(['e.id', 'e.data', 'e.start_ms', 'e.capacity'])
    .select((eb) => eb.fn.count<number>('r.id').as('n'))
    .where('e.deleted_at', 'is', null)
    .where('e.start_ms', '>=', nowMs)
    .where('e.rsvp', '=', 'inline')
    .groupBy(['e.id', 'e.data', 'e.start_ms', 'e.capacity'])
    .orderBy('e.start_ms')
    .limit(25)
    .execute();
  return rows.map((r) => ({
    eventId: r.id,
    title: (JSON.parse(r.data) as { title?: string }).title ?? r.id,
    start: new Date(r.start_ms).toISOString(),
    capacity: r.capacity,
    rsvps: Number(r.n),
  }));
}

async function callsPerOffice(q: Q, from: string, to: string) {
  const rows = await q
    .selectFrom('call_outcomes as c')
    .leftJoin('reps_legislators as l', 'l.id', 'c.legislator_id')
    .select(['c.legislator_id', 'c.outcome', 'l.data'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.created_at', '>=', from)
    .where('c.created_at', '<', to)
    .groupBy(['c.legislator_id', 'c.outcome', 'l.data'])
    .execute();
  return rows
    .map((r) => ({
      legislatorId: r.legislator_id,
      office: r.data ? ((JSON.parse(r.data) as { name?: string }).name ?? r.legislator_id) : r.legislator_id,
      outcome: r.outcome,
      calls: Number(r.n),
    }))
    .sort((a, b) => b.calls - a.calls || a.office.localeCompare(b.office));
}

/** The office's name from the rep data; a partner's `local:` target (or an office no longer imported) by its id. */
const officeName = (id: string, data: string | null) =>
  data ? ((JSON.parse(data) as { name?: string }).name ?? id) : id;

/** Letters reported sent ("Not now" is no letter), per office and channel, and per day or week by channel. */
async function letters(q: Q, from: string, to: string, bucket: 'day' | 'week') {
  const rows = await q
    .selectFrom('write_outcomes as w')
    .leftJoin('reps_legislators as l', 'l.id', 'w.target_id')
    .select(['w.target_id', 'w.channel', 'l.data', sql<string>`substr(w.created_at, 1, 10)`.as('day')])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('w.created_at', '>=', from)
    .where('w.created_at', '<', to)
    .where('w.outcome', '=', 'sent')
    .groupBy(['w.target_id', 'w.channel', 'l.data', sql`substr(w.created_at, 1, 10)`])
    .execute();
  const perOffice = new Map<string, { targetId: string; office: string; channel: string; letters: number }>();
  const byChannel = new Map<string, SeriesPoint>();
  for (const r of rows) {
    const n = Number(r.n);
    const officeKey = `${r.target_id}\u0000${r.channel}`;
    const office = perOffice.get(officeKey) ?? {
      targetId: r.target_id,
      office: officeName(r.target_id, r.data),
      channel: r.channel,
      letters: 0,
    };
    office.letters += n;
    perOffice.set(officeKey, office);
    const period = bucket === 'week' ? weekOf(r.day) : r.day;
    const point = byChannel.get(`${period}\u0000${r.channel}`) ?? { period, key: r.channel, count: 0 };
    point.count += n;
    byChannel.set(`${period}\u0000${r.channel}`, point);
  }
  return {
    letters: [...perOffice.values()].sort((a, b) => b.letters - a.letters || a.office.localeCompare(b.office)),
    lettersByChannel: [...byChannel.values()].sort(
      (a, b) => a.period.localeCompare(b.period) || a.key.localeCompare(b.key),
    ),
  };
}

/** Pending, failed and sent per destination, and whether it is paused. */
export async function forwardingHealth(q: Q) {
  const [rows, paused] = await Promise.all([
    q
      .selectFrom('signup_forwards')
      .select('destination')
      .select([
        sql<number>`sum(case when forwarded_at is null and failed_at is null then 1 else 0 end)`.as('pending'),
        sql<number>`sum(case when failed_at is not null and forwarded_at is null then 1 else 0 end)`.as('failed'),
        sql<number>`sum(case when forwarded_at is not null then 1 else 0 end)`.as('sent'),
      ])
      .groupBy('destination')
      .orderBy('destination')
      .execute(),
    q.selectFrom('forward_pauses').select('destination').execute(),
  ]);
  const pausedSet = new Set(paused.map((p) => p.destination));
  const named = new Set(rows.map((r) => r.destination));
  return [
    ...rows.map((r) => ({
      destination: r.destination,
      pending: Number(r.pending),
      failed: Number(r.failed),
      sent: Number(r.sent),
      paused: pausedSet.has(r.destination),
    })),
    ...[...pausedSet]
      .filter((d) => !named.has(d))
      .map((d) => ({ destination: d, pending: 0, failed: 0, sent: 0, paused: true })),
  ];
}

/** The range asked for, by default the 90 days up to today (UTC dates, `to` inclusive). */
export function overviewRange(query: OverviewQuery, now: Date) {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 89 * DAY_MS).toISOString().slice(0, 10);
  return {
    from,
    to,
    fromIso: `${from}T00:00:00.000Z`,
    toIso: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString(),
  };
}

export async function overview(db: Db, query: OverviewQuery, now: Date) {
  const range = overviewRange(query, now);
  return snapshot(db, async (q) => {
    const [bySource, byCampaign, rsvps, calls, written, forwarding] = await Promise.all([
      series(q, 'source', range.fromIso, range.toIso, query.bucket),
      series(q, 'utm_campaign', range.fromIso, range.toIso, query.bucket),
      rsvpsPerEvent(q, now.getTime()),
      callsPerOffice(q, range.fromIso, range.toIso),
      letters(q, range.fromIso, range.toIso, query.bucket),
      forwardingHealth(q),
    ]);
    const { from, to } = range;
    return { from, to, bucket: query.bucket, bySource, byCampaign, rsvps, calls, ...written, forwarding };
  });
}
