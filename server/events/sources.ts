/**
 * Import feeds: one per calendar URL, one for Action Network, one for the Mobilize organization. Each is imported
 * on its own: a feed that fails keeps its last good events and the others go on.
 */
import type { Db } from '../db/index.js';
import type { Logger } from '../log.js';
import { collectMobilizeEvents } from 'm4a-widgets/shared/calendar/mobilize.js';
import { importActionNetwork } from './action-network.js';
import type { EventSourcesConfig } from './config.js';
import { icsFeedKey, parseIcsFeed } from './ics.js';
import { replaceFeed, type ImportedEvent, type ReplaceResult } from './store.js';
import { recordFeedResult } from './feeds.js';
import { fetchJsonFrom, fetchText, upstreamRateLimited } from './upstream.js';

export interface FeedContext {
  fetch: typeof fetch;
  now: Date;
  signal?: AbortSignal | undefined;
}

export interface FeedBatch {
  events: ImportedEvent[];
  skipped: number;
  /** False when the source stopped paging at a cap: events missing from the batch are kept. */
  complete: boolean;
}

export interface EventFeed {
  /** Stable database key: `ics:<hash of URL>`, `action-network`, `mobilize:<org>`. */
  key: string;
  /** For logs and the organizer status page: never a secret (calendar URLs can be private). */
  label: string;
  load(context: FeedContext): Promise<FeedBatch>;
}

export function icsFeed(url: string, timeZone: string): EventFeed {
  const label = `ics ${new URL(url).host}`;
  return {
    key: `ics:${icsFeedKey(url)}`,
    label,
    async load({ fetch, now, signal }) {
      const text = await fetchText(fetch, url, { label, signal, headers: { Accept: 'text/calendar, */*;q=0.5' } });
      const parsed = parseIcsFeed(text, { feedUrl: url, now: now.getTime(), defaultTimeZone: timeZone });
      return { ...parsed, complete: true };
    },
  };
}

export function actionNetworkFeed(apiKey: string, baseUrl: string, timeZone: string): EventFeed {
  return {
    key: 'action-network',
    label: 'action-network',
    load: ({ fetch, now, signal }) =>
      importActionNetwork(fetch, { apiKey, baseUrl, timeZone, now: now.getTime(), signal }),
  };
}

export function mobilizeFeed(organizationId: number, baseUrl: string, timeZone: string): EventFeed {
  const label = `mobilize org ${organizationId}`;
  return {
    key: `mobilize:${organizationId}`,
    label,
    async load({ fetch, now, signal }) {
      const r = await collectMobilizeEvents(
        { baseUrl, organizationId },
        (url) => fetchJsonFrom(fetch, url, { label, signal }),
        upstreamRateLimited,
        { now: now.getTime(), defaultTimeZone: timeZone, retry: { signal } },
      );
      return {
        events: r.events.map((event) => ({ event, sourceId: event.id.slice('mobilize:'.length) })),
        skipped: r.skipped,
        complete: r.complete,
      };
    },
  };
}

export function feedsFromConfig(config: EventSourcesConfig): EventFeed[] {
  const tz = config.M4A_EVENTS_TIMEZONE;
  return [
    ...config.M4A_ICS_URLS.map((url) => icsFeed(url, tz)),
    ...(config.M4A_ACTION_NETWORK_KEY && config.M4A_ACTION_NETWORK_EVENTS !== '0'
      ? [actionNetworkFeed(config.M4A_ACTION_NETWORK_KEY, config.M4A_ACTION_NETWORK_EVENTS_URL, tz)]
      : []),
    ...(config.M4A_MOBILIZE_ORG_ID ? [mobilizeFeed(config.M4A_MOBILIZE_ORG_ID, config.M4A_MOBILIZE_URL, tz)] : []),
  ];
}

export type FeedOutcome =
  | ({ feed: string; ok: true; skipped: number; complete: boolean } & ReplaceResult)
  | { feed: string; ok: false; error: string };

/** Imports one feed into the database; on failure leaves its rows as they were and says why. */
export async function importFeed(
  deps: { database: Db; log: Logger },
  feed: EventFeed,
  context: FeedContext,
): Promise<FeedOutcome> {
  const { database: db, log } = deps;
  try {
    const batch = await feed.load(context);
    const result = await replaceFeed(db, feed.key, batch.events, { now: context.now, complete: batch.complete });
    await recordFeedResult(db, feed.key, feed.label, context.now, { count: batch.events.length });
    log.info('events imported', { feed: feed.label, ...result, skipped: batch.skipped, complete: batch.complete });
    return { feed: feed.key, ok: true, skipped: batch.skipped, complete: batch.complete, ...result };
  } catch (err) {
    const error = (err instanceof Error ? err.message : String(err)).slice(0, 300);
    await recordFeedResult(db, feed.key, feed.label, context.now, { error });
    log.warn('event import failed; keeping the last imported events', { feed: feed.label, error });
    return { feed: feed.key, ok: false, error };
  }
}

/** Imports every feed, one after the other (gentle on upstreams and on a small server). */
export async function importAll(
  deps: { database: Db; log: Logger },
  feeds: readonly EventFeed[],
  context: Omit<FeedContext, 'now'> & { now: () => Date },
): Promise<FeedOutcome[]> {
  const outcomes: FeedOutcome[] = [];
  for (const feed of feeds) {
    if (context.signal?.aborted) break;
    outcomes.push(await importFeed(deps, feed, { ...context, now: context.now() }));
  }
  return outcomes;
}
