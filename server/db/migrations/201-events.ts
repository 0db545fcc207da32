/**
 * Events, RSVPs and feed health. Code rather than a .sql file because two things are said differently by the two
 * engines: epoch milliseconds need BIGINT on PostgreSQL (SQLite's INTEGER is already 64-bit) and coordinates DOUBLE
 * PRECISION; "one RSVP per email, in any case" is COLLATE NOCASE on SQLite (as chapters' files already have it) and
 * an index on lower(email) on PostgreSQL. Queries compare `lower(email)`, which both indexes answer.
 */
import type { Engine } from '../target.js';

export default function events(engine: Engine): string {
  const pg = engine === 'postgres';
  const ms = pg ? 'BIGINT' : 'INTEGER';
  const real = pg ? 'DOUBLE PRECISION' : 'REAL';
  const onceByEmail = pg ? 'lower(email)' : 'email COLLATE NOCASE';
  return `
-- Events: one row per occurrence (a Mobilize timeslot, one date of a recurring calendar entry, an organizer's event).
-- data is the M4aEvent JSON the API returns; the other columns are what queries filter and sort on.
CREATE TABLE events (
  id TEXT PRIMARY KEY,                 -- public id: '<source>:<source_id>'
  source TEXT NOT NULL,                -- 'reference' | 'mobilize' | 'action-network' | 'ics'
  source_id TEXT NOT NULL,             -- id within the source, with the slot start
  feed TEXT NOT NULL,                  -- import feed that owns the row ('reference' for organizer-made events)
  type TEXT NOT NULL,
  start_ms ${ms} NOT NULL,
  end_ms ${ms},                        -- NULL when the source gives no end
  start_date TEXT NOT NULL,            -- YYYY-MM-DD in the event's own time zone (date filters)
  online INTEGER NOT NULL,
  geo_lat ${real},                     -- venue point, or its ZIP centroid (private or ungeocoded addresses)
  geo_lng ${real},
  capacity INTEGER,
  "full" INTEGER NOT NULL DEFAULT 0,  -- quoted: FULL is a keyword in PostgreSQL
  rsvp TEXT NOT NULL,
  data TEXT NOT NULL,
  deleted_at TEXT,                     -- organizer-made events are withdrawn, not erased: their RSVPs stay
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (source, source_id)
);
CREATE INDEX events_upcoming ON events (start_ms, id) WHERE deleted_at IS NULL;
CREATE INDEX events_feed ON events (feed);

-- Inline RSVPs to organizer-made events. Personal data: never logged, never in analytics events.
CREATE TABLE event_rsvps (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events (id),
  idempotency_key TEXT NOT NULL UNIQUE,
  first_name TEXT NOT NULL,
  last_name TEXT,
  email TEXT NOT NULL,
  zip TEXT NOT NULL,
  phone TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX event_rsvps_once ON event_rsvps (event_id, ${onceByEmail});

-- Health of each import feed, for organizers: when it last worked, and the last failure (no personal data).
CREATE TABLE event_feeds (
  feed TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  last_attempt_at TEXT,
  last_success_at TEXT,
  last_error TEXT,
  event_count INTEGER NOT NULL DEFAULT 0
);
`;
}
