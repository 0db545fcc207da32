/**
 * Events in SQLite: the table's row shape, and imports replacing one feed's rows at a time (upsert by source and
 * source id, rows the feed no longer lists are removed). Listing is in listing.ts, organizers' own events in
 * organizer.ts, RSVPs in rsvps.ts, feed health in feeds.ts.
 */
import type { Db } from '../db.js';
import type { M4aEvent } from 'm4a-widgets/shared/schemas/event.js';
import type { LatLng } from 'm4a-widgets/shared/calendar/distance.js';
import { zonedDate } from 'm4a-widgets/shared/calendar/time.js';
import { zipCentroid } from './zips.js';

/** An event as an importer hands it over: the public record plus where it came from. */
export interface ImportedEvent {
  event: M4aEvent;
  /** Id within the source, including the slot start (the public id is `<source>:<sourceId>`). */
  sourceId: string;
}

export interface EventRow {
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

/** The point distance is measured from: the venue's, else its ZIP's centroid (private or ungeocoded addresses). */
export function geoOf(event: M4aEvent): LatLng | undefined {
  const l = event.location;
  if (!l || event.online) return undefined;
  if (l.lat !== undefined && l.lng !== undefined) return { lat: l.lat, lng: l.lng };
  return l.postalCode ? zipCentroid(l.postalCode) : undefined;
}

/** The indexed columns of an event's row (the full record is `data`). */
export function columns(event: M4aEvent) {
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

/** Whether any event row exists at all (the demo seed only fills an empty table). */
export function hasAnyEvent(db: Db): boolean {
  return db.prepare('SELECT 1 FROM events LIMIT 1').get() !== undefined;
}
