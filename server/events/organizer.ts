/** Organizers' own events (source `reference`): created, edited and withdrawn through the organizer API. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db.js';
import { Conflict, NotFound } from '../errors.js';
import type { M4aEvent } from 'm4a-widgets/shared/schemas/event.js';
import { columns, type EventRow } from './store.js';
import { rsvpCount } from './rsvps.js';


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

/** One of the organizer's own events, for editing: imported events are changed at their source. */
export function ownEvent(db: Db, id: string): M4aEvent & { deleted: boolean } {
  const event = getEvent(db, id);
  if (!event) throw new NotFound('event_not_found', `No event ${id}.`);
  if (event.source !== 'reference') {
    throw new Conflict('imported_event', `This event is imported from ${event.source}: change it there.`);
  }
  return event;
}
