/**
 * Events in the database: the table's row shape, and imports replacing one feed's rows at a time (upsert by source and
 * source id, rows the feed no longer lists are removed). Listing is in listing.ts, organizers' own events in
 * organizer.ts, RSVPs in rsvps.ts, feed health in feeds.ts.
 */
import { transaction, type Db } from '../db/index.js';
import type { Selectable } from 'kysely';
import type { EventsTable } from '../db/schema.js';
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

export type EventRow = Selectable<EventsTable>;

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
export async function replaceFeed(
  db: Db,
  feed: string,
  events: readonly ImportedEvent[],
  options: { now: Date; complete?: boolean },
): Promise<ReplaceResult> {
  const nowIso = options.now.toISOString();
  const result: ReplaceResult = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  await transaction(db, async (trx) => {
    const ids = new Set<string>();
    for (const { event, sourceId } of events) {
      const id = `${event.source}:${sourceId}`;
      if (id !== event.id) throw new Error(`Event id ${event.id} does not match its source id ${id}`);
      ids.add(id);
      const cols = { feed, ...columns(event) };
      const existing = await trx.selectFrom('events').select(['data', 'feed']).where('id', '=', id).executeTakeFirst();
      if (!existing) {
        await trx
          .insertInto('events')
          .values({ id, source: event.source, source_id: sourceId, ...cols, created_at: nowIso, updated_at: nowIso })
          .execute();
        result.inserted++;
      } else if (existing.data !== cols.data || existing.feed !== feed) {
        await trx
          .updateTable('events')
          .set({ ...cols, deleted_at: null, updated_at: nowIso })
          .where('id', '=', id)
          .execute();
        result.updated++;
      } else {
        result.unchanged++;
      }
    }
    if (options.complete !== false) {
      const held = await trx.selectFrom('events').select('id').where('feed', '=', feed).execute();
      const gone = held.map((r) => r.id).filter((id) => !ids.has(id));
      // In slices: both engines cap the number of parameters in one statement.
      for (let i = 0; i < gone.length; i += 500) {
        await trx
          .deleteFrom('events')
          .where('id', 'in', gone.slice(i, i + 500))
          .execute();
      }
      result.removed = gone.length;
    }
  });
  return result;
}

/** Whether any event row exists at all (the demo seed only fills an empty table). */
export async function hasAnyEvent(db: Db): Promise<boolean> {
  return (await db.kysely.selectFrom('events').select('id').limit(1).executeTakeFirst()) !== undefined;
}
