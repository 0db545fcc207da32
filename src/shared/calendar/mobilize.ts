/**
 * Mobilize's public API (https://github.com/mobilizeamerica/api), shared by the browser `mobilize` backend and the
 * reference server's importer: the request URL for an EventQuery, the response envelope, the mapping of one
 * Mobilize event to one M4aEvent per upcoming timeslot, and paging through `next` up to Mobilize's result cap.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_MILES,
  EVENT_LIMITS,
  M4aEvent,
  MAX_PAGE_SIZE,
  isValidTimeZone,
  type AccessibilityStatus,
  type EventLocation,
  type EventQuery,
} from '../schemas/event.js';
import { searchesNearZip } from './filter.js';
import { retryRateLimited, type RateLimitProbe, type RetryOptions } from '../retry.js';
import { clip, httpUrl, nonEmpty } from './text.js';
import { toZonedIso as toIso } from './time.js';
import { fromMobilizeType, toMobilizeTypes } from './types.js';

export { MOBILIZE_BASE_URL } from './mobilize-url.js';

/** Mobilize stops paging after this many results; asking for more fails, so paging stops here cleanly. */
export const MOBILIZE_RESULT_CAP = 1000;

/** What Mobilize puts in `venue` and the first address line of an event whose address is private. */
const PRIVATE_PLACEHOLDER = /address is private/i;

const str = z.optional(z.nullable(z.string()));
const num = z.optional(z.nullable(z.number()));

export const MobilizeTimeslot = z.looseObject({
  id: num,
  /** Unix seconds. */
  start_date: z.number(),
  end_date: num,
  is_full: z.optional(z.nullable(z.boolean())),
});

export const MobilizeLocation = z.looseObject({
  venue: str,
  address_lines: z.optional(z.nullable(z.array(z.nullable(z.string())))),
  locality: str,
  region: str,
  country: str,
  postal_code: str,
  location: z.optional(z.nullable(z.looseObject({ latitude: num, longitude: num }))),
});

export const MobilizeEvent = z.looseObject({
  id: z.number(),
  title: z.string(),
  summary: str,
  description: str,
  featured_image_url: str,
  timeslots: z.array(z.unknown()),
  location: z.optional(z.nullable(z.unknown())),
  timezone: str,
  event_type: str,
  browser_url: str,
  is_virtual: z.optional(z.nullable(z.boolean())),
  address_visibility: str,
  accessibility_status: str,
  accessibility_notes: str,
});
export type MobilizeEvent = z.infer<typeof MobilizeEvent>;

export const MobilizeEnvelope = z.looseObject({
  data: z.optional(z.nullable(z.unknown())),
  count: num,
  next: str,
  previous: str,
  error: z.optional(z.unknown()),
});

export interface MobilizePage {
  /** Raw events of this page, not yet mapped. */
  data: unknown[];
  next: string | null;
  count?: number;
}

/** Thrown when Mobilize answers with its error envelope or something that is not one. */
export class MobilizeResponseError extends Error {
  override readonly name = 'MobilizeResponseError';
}

/** Reads Mobilize's `{data, count, next, previous, error}` envelope. */
export function parseMobilizeEnvelope(json: unknown): MobilizePage {
  const parsed = MobilizeEnvelope.safeParse(json);
  if (!parsed.success) throw new MobilizeResponseError('Mobilize answered with something other than its JSON envelope');
  const { data, error, next, count } = parsed.data;
  if (error !== undefined && error !== null) {
    const detail = typeof error === 'object' ? Object.keys(error).join(', ') : String(error);
    throw new MobilizeResponseError(`Mobilize reported an error (${detail || 'no detail'})`);
  }
  if (!Array.isArray(data)) throw new MobilizeResponseError('Mobilize answered without a data list');
  return { data, next: next ?? null, ...(typeof count === 'number' ? { count } : {}) };
}

const ACCESSIBILITY: Record<string, AccessibilityStatus> = {
  ACCESSIBLE: 'accessible',
  NOT_ACCESSIBLE: 'not-accessible',
  NOT_SURE: 'unknown',
};

function mapLocation(raw: unknown, isPrivate: boolean): EventLocation | undefined {
  const parsed = MobilizeLocation.safeParse(raw);
  if (!parsed.success) return undefined;
  const l = parsed.data;
  const placeholder = (s: string | null | undefined) => !!s && PRIVATE_PLACEHOLDER.test(s);
  const hidden = isPrivate || placeholder(l.venue) || (l.address_lines ?? []).some(placeholder);
  const venue = hidden && placeholder(l.venue) ? undefined : nonEmpty(l.venue, EVENT_LIMITS.addressLine);
  const lines = hidden
    ? []
    : (l.address_lines ?? [])
        .map((line) => clip(line, EVENT_LIMITS.addressLine))
        .filter(Boolean)
        .slice(0, EVENT_LIMITS.addressLines);
  const lat = l.location?.latitude;
  const lng = l.location?.longitude;
  // A private address's point would reveal it (often someone's home): distance then uses the ZIP centroid.
  const point = !hidden && typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : {};
  const location: EventLocation = {
    addressLines: lines,
    ...(venue ? { venue } : {}),
    ...(nonEmpty(l.locality, 100) ? { locality: clip(l.locality, 100) } : {}),
    ...(nonEmpty(l.region, 100) ? { region: clip(l.region, 100) } : {}),
    ...(nonEmpty(l.postal_code, 20) ? { postalCode: clip(l.postal_code, 20) } : {}),
    ...point,
    ...(hidden ? { private: true } : {}),
  };
  return location;
}

export interface MapOptions {
  /** Current time (ms): timeslots that have ended are left out. */
  now: number;
  /** Zone used when an event's `timezone` is missing or unknown. */
  defaultTimeZone?: string;
}

export interface MapResult {
  events: M4aEvent[];
  /** Upstream records that could not be read (logged by the caller, never shown). */
  skipped: number;
}

/** One entry per upcoming timeslot of one Mobilize event; records that are not valid events count as skipped. */
export function mapMobilizeEvent(raw: unknown, options: MapOptions): MapResult {
  const parsed = MobilizeEvent.safeParse(raw);
  if (!parsed.success) return { events: [], skipped: 1 };
  const e = parsed.data;
  const timezone = e.timezone && isValidTimeZone(e.timezone) ? e.timezone : (options.defaultTimeZone ?? 'UTC');
  const isPrivate = e.address_visibility === 'PRIVATE';
  const location = e.location == null ? undefined : mapLocation(e.location, isPrivate);
  const online = e.is_virtual ?? location === undefined;
  const url = httpUrl(e.browser_url);
  const imageUrl = httpUrl(e.featured_image_url);
  const status = e.accessibility_status ? ACCESSIBILITY[e.accessibility_status] : undefined;
  const notes = nonEmpty(e.accessibility_notes, EVENT_LIMITS.accessibilityNotes);
  const description = clip(e.description || e.summary, EVENT_LIMITS.description);

  const events: M4aEvent[] = [];
  let skipped = 0;
  for (const rawSlot of e.timeslots) {
    const slot = MobilizeTimeslot.safeParse(rawSlot);
    if (!slot.success) {
      skipped++;
      continue;
    }
    const start = slot.data.start_date * 1000;
    const end =
      typeof slot.data.end_date === 'number' && slot.data.end_date >= slot.data.start_date
        ? slot.data.end_date * 1000
        : undefined;
    if ((end ?? start) <= options.now) continue;
    const candidate = {
      id: `mobilize:${e.id}:${slot.data.start_date}`,
      source: 'mobilize',
      title: clip(e.title, EVENT_LIMITS.title),
      type: fromMobilizeType(e.event_type),
      start: toIso(start, timezone),
      ...(end !== undefined ? { end: toIso(end, timezone) } : {}),
      timezone,
      online,
      ...(location && !online ? { location } : {}),
      description,
      ...(url ? { url } : {}),
      rsvp: url ? 'link' : 'none',
      full: slot.data.is_full === true,
      ...(status || notes ? { accessibility: { ...(status ? { status } : {}), ...(notes ? { notes } : {}) } } : {}),
      ...(imageUrl ? { imageUrl } : {}),
    };
    const valid = M4aEvent.safeParse(candidate);
    if (valid.success) events.push(valid.data);
    else skipped++;
  }
  return { events, skipped };
}

/** Maps a page (or several) of raw Mobilize events. */
export function mapMobilizeEvents(raws: readonly unknown[], options: MapOptions): MapResult {
  const out: MapResult = { events: [], skipped: 0 };
  for (const raw of raws) {
    const r = mapMobilizeEvent(raw, options);
    out.events.push(...r.events);
    out.skipped += r.skipped;
  }
  return out;
}

export interface MobilizeSource {
  /** Absolute base URL, e.g. https://api.mobilize.us/v1 */
  baseUrl: string;
  organizationId: number;
}

const DAY_MS = 86_400_000;

/** Unix seconds; date-only bounds widen by a day either side (every zone), the exact cut is made after mapping. */
function boundSeconds(value: string, edge: 'from' | 'to'): number {
  if (value.length === 10) {
    const midnightUtc = Date.parse(`${value}T00:00:00Z`);
    return Math.floor((edge === 'from' ? midnightUtc - DAY_MS : midnightUtc + 2 * DAY_MS) / 1000);
  }
  return Math.floor(Date.parse(value) / 1000);
}

/** Whether Mobilize can filter these types itself (our `other` also covers types Mobilize adds later). */
const filtersTypesUpstream = (query: EventQuery) => !!query.types?.length && !query.types.includes('other');

/** `GET {baseUrl}/organizations/{id}/events` with the query's filters in Mobilize's parameters. */
export function mobilizeEventsUrl(source: MobilizeSource, query: EventQuery, now: number): URL {
  const url = new URL(`${source.baseUrl.replace(/\/+$/, '')}/organizations/${source.organizationId}/events`);
  const p = url.searchParams;
  const from = query.from ? boundSeconds(query.from, 'from') : undefined;
  p.append('timeslot_start', from !== undefined && from * 1000 > now ? `gte_${from}` : 'gte_now');
  if (query.to) p.append('timeslot_start', `lte_${boundSeconds(query.to, 'to')}`);
  if (searchesNearZip(query)) {
    p.set('zipcode', query.zip.slice(0, 5));
    p.set('max_dist', String(query.radiusMiles ?? DEFAULT_RADIUS_MILES));
  }
  if (filtersTypesUpstream(query)) {
    for (const type of query.types!) for (const value of toMobilizeTypes(type)) p.append('event_types', value);
  }
  if (query.online === 'only') p.set('is_virtual', 'true');
  if (query.online === 'exclude') p.set('is_virtual', 'false');
  p.set('per_page', String(Math.min(query.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)));
  return url;
}

/** Where paging stands: Mobilize's `next` link and how many events were fetched before it. */
export interface MobilizeCursor {
  next: string;
  seen: number;
}

export function encodeMobilizeCursor(cursor: MobilizeCursor): string {
  return JSON.stringify(cursor);
}

/** Reads a cursor and checks its link stays on the configured Mobilize origin and path. */
export function decodeMobilizeCursor(value: string, source: MobilizeSource): MobilizeCursor {
  let c: unknown;
  try {
    c = JSON.parse(value);
  } catch {
    throw new MobilizeResponseError('Invalid Mobilize paging cursor');
  }
  const { next, seen } = (c ?? {}) as Partial<MobilizeCursor>;
  if (typeof next !== 'string' || typeof seen !== 'number' || !Number.isInteger(seen) || seen < 0) {
    throw new MobilizeResponseError('Invalid Mobilize paging cursor');
  }
  checkSameApi(next, source);
  return { next, seen };
}

/** A `next` link must point back at the same API, never elsewhere. */
function checkSameApi(link: string, source: MobilizeSource): void {
  const base = new URL(source.baseUrl);
  let u: URL;
  try {
    u = new URL(link, base);
  } catch {
    throw new MobilizeResponseError('Mobilize paging link is not a URL');
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  if (u.origin !== base.origin || !u.pathname.startsWith(`${basePath}/`)) {
    throw new MobilizeResponseError('Mobilize paging link points outside the configured API');
  }
}

/** The cursor after a page, or null when there is no more or the result cap is reached. */
export function nextMobilizeCursor(
  page: MobilizePage,
  seenBefore: number,
  source: MobilizeSource,
): MobilizeCursor | null {
  const seen = seenBefore + page.data.length;
  if (!page.next || seen >= MOBILIZE_RESULT_CAP || page.data.length === 0) return null;
  checkSameApi(page.next, source);
  return { next: new URL(page.next, source.baseUrl).href, seen };
}

/** Fetches and reads one page, retrying (bounded) while Mobilize rate-limits. */
export async function fetchMobilizePage(
  url: string,
  getJson: (url: string) => Promise<unknown>,
  probe: RateLimitProbe,
  retry: RetryOptions = {},
): Promise<MobilizePage> {
  const json = await retryRateLimited(() => getJson(url), probe, retry);
  return parseMobilizeEnvelope(json);
}

export interface CollectResult extends MapResult {
  /** False when paging stopped at the result cap: more events exist upstream. */
  complete: boolean;
  pages: number;
}

/**
 * Every upcoming event of an organization (the server importer): pages through `next` until the end or the
 * result cap, retrying rate-limited pages.
 */
export async function collectMobilizeEvents(
  source: MobilizeSource,
  getJson: (url: string) => Promise<unknown>,
  probe: RateLimitProbe,
  options: MapOptions & { retry?: RetryOptions; perPage?: number },
): Promise<CollectResult> {
  const out: CollectResult = { events: [], skipped: 0, complete: true, pages: 0 };
  let url: string | null = mobilizeEventsUrl(source, { limit: options.perPage ?? MAX_PAGE_SIZE }, options.now).href;
  let seen = 0;
  while (url) {
    const page = await fetchMobilizePage(url, getJson, probe, options.retry);
    out.pages++;
    const mapped = mapMobilizeEvents(page.data, options);
    out.events.push(...mapped.events);
    out.skipped += mapped.skipped;
    const cursor = nextMobilizeCursor(page, seen, source);
    if (!cursor && page.next && page.data.length > 0) out.complete = false;
    seen = cursor?.seen ?? seen + page.data.length;
    url = cursor?.next ?? null;
  }
  return out;
}
