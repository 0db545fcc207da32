/**
 * `GET /api/events` implementing the same rules as `src/shared/calendar/filter.ts` (see docs/events.md): upcoming,
 * filtered, near a ZIP within a radius, paged by an opaque cursor. The filters are SQL; a search near a ZIP takes
 * the rows in the radius's bounding box and measures each with the shared haversine, so both engines answer with
 * the very distances the browser would compute.
 */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
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

const encodeCursor = (startMs: number, id: string) => Buffer.from(JSON.stringify([startMs, id])).toString('base64url');

function decodeCursor(cursor: string): [number, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && typeof v[1] === 'string')
      return v as [number, string];
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

type ListedRow = Pick<EventRow, 'id' | 'start_ms' | 'full' | 'data' | 'geo_lat' | 'geo_lng'>;

/** `GET /api/events`: upcoming events matching the query, one page, in start order. */
export async function listEvents(db: Db, query: EventQuery, now: Date): Promise<EventPage> {
  let q = db.kysely
    .selectFrom('events')
    .where('deleted_at', 'is', null)
    .where(sql<boolean>`COALESCE(end_ms, start_ms) > ${now.getTime()}`);
  if (query.types?.length) q = q.where('type', 'in', query.types);
  if (query.online === 'only') q = q.where('online', '=', 1);
  if (query.online === 'exclude') q = q.where('online', '=', 0);
  for (const [edge, op] of [
    ['from', '>='],
    ['to', '<='],
  ] as const) {
    const value = query[edge];
    if (value === undefined) continue;
    q = value.length === 10 ? q.where('start_date', op, value) : q.where('start_ms', op, Date.parse(value));
  }
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const columns = ['id', 'start_ms', 'full', 'data', 'geo_lat', 'geo_lng'] as const;

  let origin: LatLng | undefined;
  let total: number;
  let rows: ListedRow[];
  if (searchesNearZip(query)) {
    origin = originOf(query.zip);
    const center = origin;
    const radius = query.radiusMiles ?? DEFAULT_RADIUS_MILES;
    const box = boundingBox(center, radius);
    const near = (
      await q
        .select(columns)
        .where('online', '=', 0)
        .where('geo_lat', '>=', box.minLat)
        .where('geo_lat', '<=', box.maxLat)
        .where('geo_lng', '>=', box.minLng)
        .where('geo_lng', '<=', box.maxLng)
        .orderBy('start_ms')
        .orderBy('id')
        .execute()
    ).filter(
      (r) =>
        r.geo_lat !== null &&
        r.geo_lng !== null &&
        haversineMiles(center, { lat: r.geo_lat, lng: r.geo_lng }) <= radius,
    );
    total = near.length;
    const after = cursor
      ? near.filter((r) => r.start_ms > cursor[0] || (r.start_ms === cursor[0] && r.id > cursor[1]))
      : near;
    rows = after.slice(0, limit + 1);
  } else {
    total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const paged = cursor ? q.where(sql<boolean>`(start_ms, id) > (${cursor[0]}, ${cursor[1]})`) : q;
    rows = await paged
      .select(columns)
      .orderBy('start_ms')
      .orderBy('id')
      .limit(limit + 1)
      .execute();
  }
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
