/**
 * `GET /api/events` as one SQL query implementing the same rules as `src/shared/calendar/filter.ts`
 * (see docs/events.md): upcoming, filtered, near a ZIP within a radius, paged by an opaque cursor.
 */
import type { Db } from '../db.js';
import { InvalidInput } from '../errors.js';
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_MILES,
  type M4aEvent,
  type EventPage,
  type EventQuery,
} from 'm4a-widgets/shared/schemas/event.js';
import { boundingBox, haversineMiles, roundMiles, type LatLng } from 'm4a-widgets/shared/calendar/distance.js';
import { searchesNearZip } from 'm4a-widgets/shared/calendar/filter.js';
import type { EventRow } from './store.js';
import { zipCentroid } from './zips.js';

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


const encodeCursor = (startMs: number, id: string) => Buffer.from(JSON.stringify([startMs, id])).toString('base64url');

function decodeCursor(cursor: string): [number, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && typeof v[1] === 'string') return v as [number, string];
  } catch {
    // Reported below.
  }
  throw new InvalidInput('invalid_request', 'Invalid cursor: use the `next` value of the previous page.', [
    { path: 'cursor', message: 'Use the next value of the previous page' },
  ]);
}

/** Centroid of the query's ZIP, or a 400 naming the field. */
export function originOf(zip: string): LatLng {
  const origin = zipCentroid(zip);
  if (!origin) {
    throw new InvalidInput('unknown_zip', `No location is known for ZIP ${zip.slice(0, 5)}.`, [
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
