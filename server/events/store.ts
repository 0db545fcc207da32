/**
 * Events in SQLite: imports replace one feed's rows at a time (upsert by source and source id, rows the feed no
 * longer lists are removed), organizers' own events are created and withdrawn here, and `GET /api/events` is one
 * SQL query implementing the same rules as `src/shared/calendar/filter.ts` (see docs/events.md).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db.js';
import { HttpProblem } from '../http.js';
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_MILES,
  type M4aEvent,
  type EventPage,
  type EventQuery,
  type RsvpRequest,
} from 'm4a-widgets/shared/schemas/event.js';
import type { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import { boundingBox, haversineMiles, roundMiles, type LatLng } from 'm4a-widgets/shared/calendar/distance.js';
import { searchesNearZip } from 'm4a-widgets/shared/calendar/filter.js';
import { zonedDate } from 'm4a-widgets/shared/calendar/time.js';
import { zipCentroid } from './zips.js';

/** An event as an importer hands it over: the public record plus where it came from. */
export interface ImportedEvent {
  event: M4aEvent;
  /** Id within the source, including the slot start (the public id is `<source>:<sourceId>`). */
  sourceId: string;
}

interface EventRow {
  id: string;
  source: string;
  source_id: string;
  feed: string;
  type: string;
  start_ms: number;
  end_ms: number | null;
  start_date: string;
  online: number;
  geo_lat: number | null;
  geo_lng: number | null;
  capacity: number | null;
  full: number;
  rsvp: string;
  data: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

const registered = new WeakSet<Db>();

/** SQL needs the distance function; registered once per connection. */
function prepare(db: Db): Db {
  if (!registered.has(db)) {
    db.function('m4a_miles', { deterministic: true }, (lat: unknown, lng: unknown, lat0: unknown, lng0: unknown) =>
      typeof lat === 'number' && typeof lng === 'number'
        ? haversineMiles({ lat, lng }, { lat: lat0 as number, lng: lng0 as number })
        : null,
    );
    registered.add(db);
  }
  return db;
}

/** The point distance is measured from: the venue's, else its ZIP's centroid (private or ungeocoded addresses). */
export function geoOf(event: M4aEvent): LatLng | undefined {
  const l = event.location;
  if (!l || event.online) return undefined;
  if (l.lat !== undefined && l.lng !== undefined) return { lat: l.lat, lng: l.lng };
  return l.postalCode ? zipCentroid(l.postalCode) : undefined;
}

function columns(event: M4aEvent) {
  const start = Date.parse(event.start);
  const geo = geoOf(event);
  return {
    type: event.type,
    start_ms: start,
    end_ms: event.end === undefined ? null : Date.parse(event.end),
    start_date: zonedDate(start, event.timezone),
    online: event.online ? 1 : 0,
    geo_lat: geo?.lat ?? null,
    geo_lng: geo?.lng ?? null,
    capacity: event.capacity ?? null,
    full: event.full ? 1 : 0,
    rsvp: event.rsvp,
    data: JSON.stringify(event),
  };
}

export interface ReplaceResult {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/**
 * Makes `feed`'s rows match `events` in one transaction. With `complete: false` (the source stopped paging at a
 * cap) rows missing from the list are kept, since they may simply be beyond the cap.
 */
export function replaceFeed(db: Db, feed: string, events: readonly ImportedEvent[], options: { now: Date; complete?: boolean }): ReplaceResult {
  const nowIso = options.now.toISOString();
  const result: ReplaceResult = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  const find = db.prepare<[string], Pick<EventRow, 'data' | 'feed'>>('SELECT data, feed FROM events WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO events (id, source, source_id, feed, type, start_ms, end_ms, start_date, online, geo_lat, geo_lng, capacity, full, rsvp, data, created_at, updated_at)
     VALUES (@id, @source, @source_id, @feed, @type, @start_ms, @end_ms, @start_date, @online, @geo_lat, @geo_lng, @capacity, @full, @rsvp, @data, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE events SET feed = @feed, type = @type, start_ms = @start_ms, end_ms = @end_ms, start_date = @start_date, online = @online,
       geo_lat = @geo_lat, geo_lng = @geo_lng, capacity = @capacity, full = @full, rsvp = @rsvp, data = @data, deleted_at = NULL, updated_at = @now
     WHERE id = @id`,
  );
  db.transaction(() => {
    const ids: string[] = [];
    for (const { event, sourceId } of events) {
      const id = `${event.source}:${sourceId}`;
      if (id !== event.id) throw new Error(`Event id ${event.id} does not match its source id ${id}`);
      ids.push(id);
      const row = { id, source: event.source, source_id: sourceId, feed, now: nowIso, ...columns(event) };
      const existing = find.get(id);
      if (!existing) {
        insert.run(row);
        result.inserted++;
      } else if (existing.data !== row.data || existing.feed !== feed) {
        update.run(row);
        result.updated++;
      } else {
        result.unchanged++;
      }
    }
    if (options.complete !== false) {
      result.removed = db
        .prepare('DELETE FROM events WHERE feed = ? AND id NOT IN (SELECT value FROM json_each(?))')
        .run(feed, JSON.stringify(ids)).changes;
    }
  })();
  return result;
}

/* -------------------------------------------------------------- listing */

const encodeCursor = (startMs: number, id: string) => Buffer.from(JSON.stringify([startMs, id])).toString('base64url');

function decodeCursor(cursor: string): [number, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && typeof v[1] === 'string') return v as [number, string];
  } catch {
    // Reported below.
  }
  throw new HttpProblem(400, 'invalid_request', 'Invalid cursor: use the `next` value of the previous page.', [
    { path: 'cursor', message: 'Use the next value of the previous page' },
  ]);
}

/** Centroid of the query's ZIP, or a 400 naming the field. */
export function originOf(zip: string): LatLng {
  const origin = zipCentroid(zip);
  if (!origin) {
    throw new HttpProblem(400, 'unknown_zip', `No location is known for ZIP ${zip.slice(0, 5)}.`, [
      { path: 'zip', message: 'We could not find that ZIP code. Check it, or try a nearby one.' },
    ]);
  }
  return origin;
}

/** `GET /api/events`: upcoming events matching the query, one page, in start order. */
export function listEvents(db: Db, query: EventQuery, now: Date): EventPage {
  prepare(db);
  const where = ['deleted_at IS NULL', 'COALESCE(end_ms, start_ms) > @now'];
  const params: Record<string, unknown> = { now: now.getTime() };
  if (query.types?.length) {
    where.push('type IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(query.types);
  }
  if (query.online === 'only') where.push('online = 1');
  if (query.online === 'exclude') where.push('online = 0');
  for (const [edge, op] of [['from', '>='], ['to', '<=']] as const) {
    const value = query[edge];
    if (value === undefined) continue;
    if (value.length === 10) where.push(`start_date ${op} @${edge}`);
    else where.push(`start_ms ${op} @${edge}`);
    params[edge] = value.length === 10 ? value : Date.parse(value);
  }
  let origin: LatLng | undefined;
  if (searchesNearZip(query)) {
    origin = originOf(query.zip);
    const radius = query.radiusMiles ?? DEFAULT_RADIUS_MILES;
    const box = boundingBox(origin, radius);
    where.push(
      'online = 0',
      'geo_lat BETWEEN @minLat AND @maxLat',
      'geo_lng BETWEEN @minLng AND @maxLng',
      'm4a_miles(geo_lat, geo_lng, @lat, @lng) <= @radius',
    );
    Object.assign(params, box, { lat: origin.lat, lng: origin.lng, radius });
  }
  const filter = where.join(' AND ');
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM events WHERE ${filter}`).get(params) as { n: number }).n;

  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  let pageFilter = filter;
  if (query.cursor) {
    const [startMs, id] = decodeCursor(query.cursor);
    pageFilter += ' AND (start_ms, id) > (@cStart, @cId)';
    Object.assign(params, { cStart: startMs, cId: id });
  }
  const rows = db
    .prepare(`SELECT id, start_ms, full, data, geo_lat, geo_lng FROM events WHERE ${pageFilter} ORDER BY start_ms, id LIMIT @limit`)
    .all({ ...params, limit: limit + 1 }) as Array<Pick<EventRow, 'id' | 'start_ms' | 'full' | 'data' | 'geo_lat' | 'geo_lng'>>;
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const events = page.map((row) => {
    const event = { ...(JSON.parse(row.data) as M4aEvent), full: row.full === 1 };
    if (origin && row.geo_lat !== null && row.geo_lng !== null) {
      event.distanceMiles = roundMiles(haversineMiles(origin, { lat: row.geo_lat, lng: row.geo_lng }));
    }
    return event;
  });
  const last = page.at(-1);
  return { events, next: more && last ? encodeCursor(last.start_ms, last.id) : null, total };
}

/* ------------------------------------------------------- organizer events */

/** Organizer-made events keep one id for life, so RSVPs stay attached when the time or place changes. */
export function newReferenceSourceId(): string {
  return randomUUID();
}

export function getEvent(db: Db, id: string): (M4aEvent & { deleted: boolean }) | undefined {
  const row = db.prepare<[string], Pick<EventRow, 'data' | 'full' | 'deleted_at'>>('SELECT data, full, deleted_at FROM events WHERE id = ?').get(id);
  return row ? { ...(JSON.parse(row.data) as M4aEvent), full: row.full === 1, deleted: row.deleted_at !== null } : undefined;
}

/** Saves an organizer's event (new or edited). `full` follows the RSVP count when there is a capacity. */
export function saveReferenceEvent(db: Db, event: M4aEvent, now: Date): void {
  const sourceId = event.id.slice('reference:'.length);
  db.transaction(() => {
    const taken = rsvpCount(db, event.id);
    const full = event.full || (event.capacity !== undefined && taken >= event.capacity);
    const row = { id: event.id, source: 'reference', source_id: sourceId, feed: 'reference', now: now.toISOString(), ...columns({ ...event, full }) };
    db.prepare(
      `INSERT INTO events (id, source, source_id, feed, type, start_ms, end_ms, start_date, online, geo_lat, geo_lng, capacity, full, rsvp, data, created_at, updated_at)
       VALUES (@id, @source, @source_id, @feed, @type, @start_ms, @end_ms, @start_date, @online, @geo_lat, @geo_lng, @capacity, @full, @rsvp, @data, @now, @now)
       ON CONFLICT (id) DO UPDATE SET type = excluded.type, start_ms = excluded.start_ms, end_ms = excluded.end_ms,
         start_date = excluded.start_date, online = excluded.online, geo_lat = excluded.geo_lat, geo_lng = excluded.geo_lng,
         capacity = excluded.capacity, full = excluded.full, rsvp = excluded.rsvp, data = excluded.data,
         deleted_at = NULL, updated_at = excluded.updated_at`,
    ).run(row);
  })();
}

/** Withdraws an organizer's event from listings; its RSVPs are kept. */
export function withdrawReferenceEvent(db: Db, id: string, now: Date): boolean {
  return db.prepare('UPDATE events SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now.toISOString(), id).changes > 0;
}

/** Organizer view: their own events, newest start first, withdrawn ones flagged. */
export function listReferenceEvents(db: Db): Array<M4aEvent & { deleted: boolean; rsvps: number }> {
  const rows = db
    .prepare(
      `SELECT e.data, e.full, e.deleted_at, (SELECT COUNT(*) FROM event_rsvps r WHERE r.event_id = e.id) AS rsvps
       FROM events e WHERE e.source = 'reference' ORDER BY e.start_ms DESC`,
    )
    .all() as Array<Pick<EventRow, 'data' | 'full' | 'deleted_at'> & { rsvps: number }>;
  return rows.map((r) => ({ ...(JSON.parse(r.data) as M4aEvent), full: r.full === 1, deleted: r.deleted_at !== null, rsvps: r.rsvps }));
}

/* ---------------------------------------------------------------- RSVPs */

function rsvpCount(db: Db, eventId: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM event_rsvps WHERE event_id = ?').get(eventId) as { n: number }).n;
}

/**
 * Records an inline RSVP once: the same Idempotency-Key, or the same email for the same event, answers
 * `duplicate` with the first RSVP's id. 404 for an unknown or withdrawn event, 409 when it is full, over, or takes
 * RSVPs on its own page.
 */
export function createRsvp(db: Db, eventId: string, rsvp: RsvpRequest, idempotencyKey: string, now: Date): Receipt {
  return db
    .transaction((): Receipt => {
      const seen = db.prepare<[string], { id: string }>('SELECT id FROM event_rsvps WHERE idempotency_key = ?').get(idempotencyKey);
      if (seen) return { id: seen.id, status: 'duplicate' };
      const row = db
        .prepare<[string], Pick<EventRow, 'rsvp' | 'start_ms' | 'end_ms' | 'capacity' | 'full'>>(
          'SELECT rsvp, start_ms, end_ms, capacity, full FROM events WHERE id = ? AND deleted_at IS NULL',
        )
        .get(eventId);
      if (!row) throw new HttpProblem(404, 'event_not_found', 'There is no such event, or it was cancelled.');
      if (row.rsvp !== 'inline') throw new HttpProblem(409, 'rsvp_elsewhere', "This event takes RSVPs on its own page: follow the event's link.");
      if ((row.end_ms ?? row.start_ms) <= now.getTime()) throw new HttpProblem(409, 'event_over', 'This event is over.');
      const same = db
        .prepare<[string, string], { id: string }>('SELECT id FROM event_rsvps WHERE event_id = ? AND email = ? COLLATE NOCASE')
        .get(eventId, rsvp.email);
      if (same) return { id: same.id, status: 'duplicate' };
      const taken = rsvpCount(db, eventId);
      if (row.full === 1 || (row.capacity !== null && taken >= row.capacity)) {
        throw new HttpProblem(409, 'event_full', 'This event is full.');
      }
      const id = randomUUID();
      db.prepare(
        `INSERT INTO event_rsvps (id, event_id, idempotency_key, first_name, last_name, email, zip, phone, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, eventId, idempotencyKey, rsvp.firstName, rsvp.lastName ?? null, rsvp.email, rsvp.zip, rsvp.phone ?? null, now.toISOString());
      if (row.capacity !== null && taken + 1 >= row.capacity) db.prepare('UPDATE events SET full = 1 WHERE id = ?').run(eventId);
      return { id, status: 'created' };
    })
    .immediate();
}

export interface RsvpRecord {
  id: string;
  firstName: string;
  lastName: string | null;
  email: string;
  zip: string;
  phone: string | null;
  createdAt: string;
}

/** Organizer view of one event's RSVPs, oldest first. */
export function listRsvps(db: Db, eventId: string): RsvpRecord[] {
  return db
    .prepare(
      `SELECT id, first_name AS firstName, last_name AS lastName, email, zip, phone, created_at AS createdAt
       FROM event_rsvps WHERE event_id = ? ORDER BY created_at, id`,
    )
    .all(eventId) as RsvpRecord[];
}

/* ---------------------------------------------------------- feed health */

export interface FeedStatus {
  feed: string;
  label: string;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  eventCount: number;
}

export function recordFeedResult(db: Db, feed: string, label: string, now: Date, outcome: { error: string } | { count: number }): void {
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO event_feeds (feed, label, last_attempt_at) VALUES (?, ?, ?)
     ON CONFLICT (feed) DO UPDATE SET label = excluded.label, last_attempt_at = excluded.last_attempt_at`,
  ).run(feed, label, at);
  if ('error' in outcome) {
    db.prepare('UPDATE event_feeds SET last_error = ? WHERE feed = ?').run(outcome.error, feed);
  } else {
    db.prepare('UPDATE event_feeds SET last_success_at = ?, last_error = NULL, event_count = ? WHERE feed = ?').run(at, outcome.count, feed);
  }
}

export function feedStatuses(db: Db): FeedStatus[] {
  return db
    .prepare(
      `SELECT feed, label, last_attempt_at AS lastAttemptAt, last_success_at AS lastSuccessAt, last_error AS lastError,
              event_count AS eventCount FROM event_feeds ORDER BY feed`,
    )
    .all() as FeedStatus[];
}

/** Whether any event row exists at all (the demo seed only fills an empty table). */
export function hasAnyEvent(db: Db): boolean {
  return db.prepare('SELECT 1 FROM events LIMIT 1').get() !== undefined;
}
