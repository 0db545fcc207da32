/**
 * EventQuery applied to an array of events, for backends without server-side search (`static`, partner JS
 * backends) and to tidy what an upstream returns. The reference server implements the same rules in SQL;
 * docs/events.md states them once:
 * - past events (ended, or started when there is no end) are hidden;
 * - a ZIP searches in-person events within the radius (default 25 miles) of its centroid, straight-line, and adds
 *   `distanceMiles`; with `online: 'only'` the ZIP is ignored;
 * - a date `from`/`to` is a calendar day in each event's own time zone, both ends inclusive;
 * - results are in start order.
 */
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_MILES,
  type EventPage,
  type EventQuery,
  type M4aEvent,
} from '../schemas/event.js';
import { haversineMiles, roundMiles, type LatLng } from './distance.js';
import { isPast, zonedDate } from './time.js';

/** Whether an event is over (time.ts, where the list reads it without the filters). */
export { isPast };

export interface FilterContext {
  /** Current time, ms since the epoch. */
  now: number;
  /** Centroid of `query.zip`; required when the query has a ZIP (and is not online-only). */
  origin?: LatLng | undefined;
  /** Where an event is, for distance; by default its geocoded point. Pass one that falls back to the postal code's centroid. */
  pointOf?: (event: M4aEvent) => LatLng | undefined;
}

const isDateOnly = (s: string) => s.length === 10;

const exactPoint = (e: M4aEvent): LatLng | undefined =>
  e.location?.lat !== undefined && e.location.lng !== undefined
    ? { lat: e.location.lat, lng: e.location.lng }
    : undefined;

/** Whether the query asks for a distance search. */
export function searchesNearZip(query: EventQuery): query is EventQuery & { zip: string } {
  return query.zip !== undefined && query.online !== 'only';
}

/** Start order, then id order for events starting together. */
const byStart = (a: { event: M4aEvent; start: number }, b: { event: M4aEvent; start: number }) =>
  a.start - b.start || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);

/** The events matching a query (all pages), in start order, with `distanceMiles` on a ZIP search. */
export function filterEvents(events: readonly M4aEvent[], query: EventQuery, context: FilterContext): M4aEvent[] {
  const { now, origin, pointOf = exactPoint } = context;
  const near = searchesNearZip(query);
  if (near && !origin) throw new Error('filterEvents: a ZIP search needs the ZIP centroid as context.origin');
  const radius = query.radiusMiles ?? DEFAULT_RADIUS_MILES;
  const types = query.types?.length ? new Set(query.types) : undefined;
  const fromDate = query.from && isDateOnly(query.from) ? query.from : undefined;
  const toDate = query.to && isDateOnly(query.to) ? query.to : undefined;
  const fromInstant = query.from && !fromDate ? Date.parse(query.from) : undefined;
  const toInstant = query.to && !toDate ? Date.parse(query.to) : undefined;

  const out: Array<{ event: M4aEvent; start: number }> = [];
  // Sources usually list events in start order already: then there is nothing to sort.
  let sorted = true;
  for (const event of events) {
    if (isPast(event, now)) continue;
    if (types && !types.has(event.type)) continue;
    if (query.online === 'only' && !event.online) continue;
    if (query.online === 'exclude' && event.online) continue;
    const start = Date.parse(event.start);
    if (fromInstant !== undefined && start < fromInstant) continue;
    if (toInstant !== undefined && start > toInstant) continue;
    if (fromDate || toDate) {
      const day = zonedDate(start, event.timezone);
      if ((fromDate && day < fromDate) || (toDate && day > toDate)) continue;
    }
    let result = event;
    if (near) {
      if (event.online) continue;
      const point = pointOf(event);
      if (!point) continue;
      const miles = haversineMiles(origin!, point);
      if (miles > radius) continue;
      result = { ...event, distanceMiles: roundMiles(miles) };
    }
    const last = out[out.length - 1];
    if (last && byStart(last, { event: result, start }) > 0) sorted = false;
    out.push({ event: result, start });
  }
  if (!sorted) out.sort(byStart);
  return out.map((o) => o.event);
}

/** One page of an already filtered list. The cursor is the offset of the page's first event. */
export function pageEvents(events: readonly M4aEvent[], query: Pick<EventQuery, 'cursor' | 'limit'>): EventPage {
  const offset = query.cursor === undefined ? 0 : Number(query.cursor);
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`Invalid events cursor "${query.cursor}"`);
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const page = events.slice(offset, offset + limit);
  const nextOffset = offset + page.length;
  return { events: page, next: nextOffset < events.length ? String(nextOffset) : null, total: events.length };
}

/** `filterEvents` then `pageEvents`: an EventPage from a full list. */
export function queryEvents(events: readonly M4aEvent[], query: EventQuery, context: FilterContext): EventPage {
  return pageEvents(filterEvents(events, query, context), query);
}
