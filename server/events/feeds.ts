/** The health of each import feed: last attempt, last success, last error, how many events it gave. */
import type { Db } from '../db/index.js';

export interface FeedStatus {
  feed: string;
  label: string;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  eventCount: number;
}

export async function recordFeedResult(
  db: Db,
  feed: string,
  label: string,
  now: Date,
  outcome: { error: string } | { count: number },
): Promise<void> {
  const at = now.toISOString();
  const result =
    'error' in outcome
      ? { last_error: outcome.error }
      : { last_success_at: at, last_error: null, event_count: outcome.count };
  await db.kysely
    .insertInto('event_feeds')
    .values({ feed, label, last_attempt_at: at, ...result })
    .onConflict((oc) => oc.column('feed').doUpdateSet({ label, last_attempt_at: at, ...result }))
    .execute();
}

export function feedStatuses(db: Db): Promise<FeedStatus[]> {
  return db.kysely
    .selectFrom('event_feeds')
    .select([
      'feed',
      'label',
      'last_attempt_at as lastAttemptAt',
      'last_success_at as lastSuccessAt',
      'last_error as lastError',
      'event_count as eventCount',
    ])
    .orderBy('feed')
    .execute();
}
