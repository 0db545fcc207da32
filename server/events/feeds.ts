/** The health of each import feed: last attempt, last success, last error, how many events it gave. */
import type { Db } from '../db.js';


export interface FeedStatus {
  feed: string;
  label: string;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  eventCount: number;
}

export function recordFeedResult(db: Db, feed: string, label: string, now: Date, outcome: { error: string } | { count: number }): void {
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO event_feeds (feed, label, last_attempt_at) VALUES (?, ?, ?)
     ON CONFLICT (feed) DO UPDATE SET label = excluded.label, last_attempt_at = excluded.last_attempt_at`,
  ).run(feed, label, at);
  if ('error' in outcome) {
    db.prepare('UPDATE event_feeds SET last_error = ? WHERE feed = ?').run(outcome.error, feed);
  } else {
    db.prepare('UPDATE event_feeds SET last_success_at = ?, last_error = NULL, event_count = ? WHERE feed = ?').run(at, outcome.count, feed);
  }
}

export function feedStatuses(db: Db): FeedStatus[] {
  return db
    .prepare(
      `SELECT feed, label, last_attempt_at AS lastAttemptAt, last_success_at AS lastSuccessAt, last_error AS lastError,
              event_count AS eventCount FROM event_feeds ORDER BY feed`,
    )
    .all() as FeedStatus[];
}
