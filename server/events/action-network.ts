/**
 * Action Network's events API (OSDI): `GET /api/v2/events` with the `OSDI-API-Token` header, events in
 * `_embedded["osdi:events"]`, pages linked by `_links.next`. Cancelled, private and hidden events are left out.
 *
 * Action Network events carry no time zone, and their `start_date`/`end_date` hold the event's local wall-clock
 * time even though they end in `Z`; they are read as wall time in the configured zone (M4A_EVENTS_TIMEZONE). A
 * value with an explicit numeric offset is taken as the instant it names.
 */
import * as z from 'zod/mini';
import { EVENT_LIMITS, M4aEvent, type EventLocation } from 'm4a-widgets/shared/schemas/event.js';
import { clip, httpUrl, nonEmpty } from 'm4a-widgets/shared/calendar/text.js';
import { localIsoToInstant, toZonedIso } from 'm4a-widgets/shared/calendar/time.js';
import { inferEventType } from 'm4a-widgets/shared/calendar/types.js';
import { ONLINE_PLACE } from './address.js';
import type { ImportedEvent } from './store.js';
import { fetchJsonFrom, UpstreamError } from './upstream.js';

export const ACTION_NETWORK_BASE_URL = 'https://actionnetwork.org/api/v2';
/** Pages read per import at most; beyond, the import counts as incomplete (nothing is removed). */
export const ACTION_NETWORK_MAX_PAGES = 40;

const str = z.optional(z.nullable(z.string()));
const num = z.optional(z.nullable(z.number()));

const OsdiLocation = z.looseObject({
  venue: str,
  address_lines: z.optional(z.nullable(z.array(z.nullable(z.string())))),
  locality: str,
  region: str,
  postal_code: str,
  country: str,
  location: z.optional(z.nullable(z.looseObject({ latitude: num, longitude: num }))),
});

const OsdiEvent = z.looseObject({
  identifiers: z.array(z.string()),
  title: str,
  name: str,
  description: str,
  browser_url: str,
  featured_image_url: str,
  start_date: str,
  end_date: str,
  status: str,
  visibility: str,
  capacity: num,
  total_accepted: num,
  location: z.optional(z.nullable(OsdiLocation)),
  'action_network:hidden': z.optional(z.nullable(z.boolean())),
});

const OsdiPage = z.looseObject({
  _embedded: z.optional(z.looseObject({ 'osdi:events': z.optional(z.array(z.unknown())) })),
  _links: z.optional(z.looseObject({ next: z.optional(z.nullable(z.looseObject({ href: z.string() }))) })),
});

/** Instant of an Action Network date-time (see the module comment for the `Z` quirk). */
function instantOf(value: string | null | undefined, timeZone: string): number | undefined {
  if (!value) return undefined;
  if (/[+-]\d{2}:?\d{2}$/.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
  }
  return localIsoToInstant(value, timeZone);
}

function mapLocation(raw: z.infer<typeof OsdiLocation>): { location?: EventLocation; online: boolean } {
  const lines = (raw.address_lines ?? []).map((l) => clip(l, EVENT_LIMITS.addressLine)).filter(Boolean);
  const venue = nonEmpty(raw.venue, EVENT_LIMITS.addressLine);
  const hasAddress = lines.length > 0 || !!raw.locality || !!raw.postal_code;
  if ((venue && ONLINE_PLACE.test(venue)) || !hasAddress) return { online: true };
  const lat = raw.location?.latitude;
  const lng = raw.location?.longitude;
  return {
    online: false,
    location: {
      addressLines: lines.slice(0, EVENT_LIMITS.addressLines),
      ...(venue ? { venue } : {}),
      ...(nonEmpty(raw.locality, 100) ? { locality: clip(raw.locality, 100) } : {}),
      ...(nonEmpty(raw.region, 100) ? { region: clip(raw.region, 100) } : {}),
      ...(nonEmpty(raw.postal_code, 20) ? { postalCode: clip(raw.postal_code, 20) } : {}),
      ...(typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : {}),
    },
  };
}

export interface OsdiMapOptions {
  now: number;
  /** Zone of every Action Network event (they carry none). */
  timeZone: string;
}

/** One Action Network event, or undefined when it is cancelled, private, hidden, over or unreadable (`skipped`). */
export function mapOsdiEvent(raw: unknown, options: OsdiMapOptions): { event?: ImportedEvent; skipped?: true } {
  const parsed = OsdiEvent.safeParse(raw);
  if (!parsed.success) return { skipped: true };
  const e = parsed.data;
  if (e.status === 'cancelled' || e.visibility === 'private' || e['action_network:hidden'] === true) return {};
  const uuid = e.identifiers.find((i) => i.startsWith('action_network:'))?.slice('action_network:'.length);
  const start = instantOf(e.start_date, options.timeZone);
  if (!uuid || start === undefined) return { skipped: true };
  const endRaw = instantOf(e.end_date, options.timeZone);
  const end = endRaw !== undefined && endRaw >= start ? endRaw : undefined;
  if ((end ?? start) <= options.now) return {};
  const title = clip(e.title || e.name, EVENT_LIMITS.title);
  const { location, online } = e.location ? mapLocation(e.location) : { location: undefined, online: true };
  const url = httpUrl(e.browser_url);
  const imageUrl = httpUrl(e.featured_image_url);
  const capacity = typeof e.capacity === 'number' && e.capacity > 0 ? Math.floor(e.capacity) : undefined;
  const sourceId = `${uuid}:${Math.floor(start / 1000)}`;
  const candidate = {
    id: `action-network:${sourceId}`,
    source: 'action-network',
    title,
    type: inferEventType(title),
    start: toZonedIso(start, options.timeZone),
    ...(end !== undefined ? { end: toZonedIso(end, options.timeZone) } : {}),
    timezone: options.timeZone,
    online,
    ...(location ? { location } : {}),
    description: clip(e.description, EVENT_LIMITS.description),
    ...(url ? { url } : {}),
    rsvp: url ? 'link' : 'none',
    ...(capacity !== undefined ? { capacity } : {}),
    full: capacity !== undefined && (e.total_accepted ?? 0) >= capacity,
    ...(imageUrl ? { imageUrl } : {}),
  };
  const valid = M4aEvent.safeParse(candidate);
  return valid.success ? { event: { event: valid.data, sourceId } } : { skipped: true };
}

export interface OsdiImport {
  events: ImportedEvent[];
  skipped: number;
  /** False when paging stopped at the page cap. */
  complete: boolean;
}

/** Reads every page of the events collection, following `_links.next` on the same API only. */
export async function importActionNetwork(
  fetchFn: typeof fetch,
  options: OsdiMapOptions & { apiKey: string; baseUrl?: string; signal?: AbortSignal; maxPages?: number },
): Promise<OsdiImport> {
  const base = new URL(options.baseUrl ?? ACTION_NETWORK_BASE_URL);
  const label = 'action-network';
  const out: OsdiImport = { events: [], skipped: 0, complete: true };
  let url: string | undefined = `${base.href.replace(/\/+$/, '')}/events`;
  for (let pages = 0; url; pages++) {
    if (pages >= (options.maxPages ?? ACTION_NETWORK_MAX_PAGES)) {
      out.complete = false;
      break;
    }
    const json = await fetchJsonFrom(fetchFn, url, {
      label,
      headers: { 'OSDI-API-Token': options.apiKey },
      signal: options.signal,
    });
    const page = OsdiPage.safeParse(json);
    if (!page.success) throw new UpstreamError(`${label}: answer is not an OSDI collection`);
    for (const raw of page.data._embedded?.['osdi:events'] ?? []) {
      const r = mapOsdiEvent(raw, options);
      if (r.event) out.events.push(r.event);
      if (r.skipped) out.skipped++;
    }
    const next: string | undefined = page.data._links?.next?.href;
    if (next && new URL(next, base).origin !== base.origin)
      throw new UpstreamError(`${label}: next page is on another site`);
    url = next ? new URL(next, base).href : undefined;
  }
  return out;
}
