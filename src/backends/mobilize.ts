/**
 * Mobilize, straight from the browser: a chapter's public events with no server of its own. Mobilize filters by
 * ZIP and radius, type, online/in-person and dates itself; the exact cut (our `other` type, calendar days in each
 * event's zone, ended timeslots) is made here after mapping. Each upcoming timeslot is its own list entry.
 *
 * Paging follows Mobilize's `next` link (kept in the opaque cursor) and stops cleanly at Mobilize's 1,000-result
 * cap. HTTP 429 is retried a few times with backoff. Mobilize pages come in Mobilize's order (by distance on a ZIP
 * search); each page is sorted by start time.
 */
import type { Backend } from '../core/backend.js';
import { WidgetError } from '../core/errors.js';
import { fetchJson } from '../core/fetch.js';
import type { EventPage, EventQuery } from '../shared/schemas/event.js';
import { filterEvents } from '../shared/calendar/filter.js';
import {
  MobilizeResponseError,
  decodeMobilizeCursor,
  encodeMobilizeCursor,
  fetchMobilizePage,
  mapMobilizeEvents,
  mobilizeEventsUrl,
  nextMobilizeCursor,
  type MobilizeSource,
} from '../shared/calendar/mobilize.js';
import type { RateLimitProbe, RetryOptions } from '../shared/retry.js';
import type { MobilizeOptions } from './options.js';

/** Pages fetched in one call at most while Mobilize's results are all filtered out here. */
const MAX_PAGES_PER_CALL = 5;

export interface MobilizeBackendDeps {
  /** Clock, replaceable in tests. */
  now?: () => number;
  retry?: RetryOptions;
}

const rateLimited: RateLimitProbe = (err) =>
  err instanceof WidgetError && err.kind === 'rate-limited' ? (err.extra.retryAfterMs ?? 0) : null;

export function createMobilizeBackend(options: MobilizeOptions, deps: MobilizeBackendDeps = {}): Backend {
  const { now = Date.now } = deps;
  const source: MobilizeSource = {
    baseUrl: new URL(options.baseUrl, globalThis.document?.baseURI).href,
    organizationId: options.organizationId,
  };

  async function listEvents(query: EventQuery, o?: { signal?: AbortSignal }): Promise<EventPage> {
    const at = now();
    const getJson = (url: string) =>
      fetchJson(url, { signal: o?.signal, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    // Mobilize already searched around the ZIP (and left online events out); the rest is re-checked here.
    const local: EventQuery = { ...query, zip: undefined, radiusMiles: undefined };
    let cursor = query.cursor ? decode(query.cursor) : null;
    let url = cursor?.next ?? mobilizeEventsUrl(source, query, at).href;
    let seen = cursor?.seen ?? 0;
    for (let pages = 1; ; pages++) {
      const page = await fetchMobilizePage(url, getJson, rateLimited, { ...deps.retry, signal: o?.signal }).catch(
        toWidgetError,
      );
      const events = filterEvents(mapMobilizeEvents(page.data, { now: at }).events, local, { now: at });
      cursor = wrap(() => nextMobilizeCursor(page, seen, source));
      if (events.length || !cursor || pages >= MAX_PAGES_PER_CALL) {
        return { events, next: cursor ? encodeMobilizeCursor(cursor) : null };
      }
      url = cursor.next;
      seen = cursor.seen;
    }
  }

  function decode(value: string) {
    return wrap(() => decodeMobilizeCursor(value, source));
  }

  return { listEvents };
}

function wrap<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    return toWidgetError(err);
  }
}

function toWidgetError(err: unknown): never {
  if (err instanceof MobilizeResponseError) throw new WidgetError('invalid-response', err.message);
  throw err;
}
