-- Events: one row per occurrence (a Mobilize timeslot, one date of a recurring calendar entry, an organizer's event).
-- `data` is the M4aEvent JSON the API returns; the other columns are what queries filter and sort on.
CREATE TABLE events (
  id TEXT PRIMARY KEY,                 -- public id: '<source>:<source_id>'
  source TEXT NOT NULL,                -- 'reference' | 'mobilize' | 'action-network' | 'ics'
  source_id TEXT NOT NULL,             -- id within the source, with the slot start
  feed TEXT NOT NULL,                  -- import feed that owns the row ('reference' for organizer-made events)
  type TEXT NOT NULL,
  start_ms INTEGER NOT NULL,
  end_ms INTEGER,                      -- NULL when the source gives no end
  start_date TEXT NOT NULL,            -- YYYY-MM-DD in the event's own time zone (date filters)
  online INTEGER NOT NULL,
  geo_lat REAL,                        -- venue point, or its ZIP centroid (private or ungeocoded addresses)
  geo_lng REAL,
  capacity INTEGER,
  full INTEGER NOT NULL DEFAULT 0,
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
CREATE UNIQUE INDEX event_rsvps_once ON event_rsvps (event_id, email COLLATE NOCASE);

-- Health of each import feed, for organizers: when it last worked, and the last failure (no personal data).
CREATE TABLE event_feeds (
  feed TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  last_attempt_at TEXT,
  last_success_at TEXT,
  last_error TEXT,
  event_count INTEGER NOT NULL DEFAULT 0
);
