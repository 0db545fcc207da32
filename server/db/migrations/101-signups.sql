-- Volunteer signups, one row per idempotency key: the UNIQUE constraint is what makes a retried or concurrent
-- duplicate POST land on the existing row instead of creating a second one.
-- Times are ISO 8601 UTC strings from Date.toISOString(), so text order is time order.
CREATE TABLE signups (
  id TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  received_at TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  given_name TEXT,
  family_name TEXT,
  email TEXT NOT NULL,
  phone TEXT,
  zip TEXT NOT NULL,
  interests TEXT NOT NULL DEFAULT '[]',
  answers TEXT NOT NULL DEFAULT '{}',
  note TEXT,
  email_opt_in INTEGER NOT NULL DEFAULT 0,
  sms_opt_in INTEGER NOT NULL DEFAULT 0,
  sms_consent_text TEXT,
  lang TEXT,
  source TEXT,
  utm_source TEXT,
  utm_medium TEXT,
  utm_campaign TEXT,
  utm_term TEXT,
  utm_content TEXT,
  page_url TEXT,
  site TEXT,
  elapsed_ms INTEGER NOT NULL,
  -- Set when the honeypot was filled or the form was filled too fast: kept (a person using autofill can trip
  -- either check) but never forwarded and left out of exports unless asked for.
  spam_reason TEXT
);
CREATE INDEX signups_received_at ON signups (received_at);
CREATE INDEX signups_source_received_at ON signups (source, received_at);

-- Forwarding queue: one row per signup and destination. A row is done when forwarded_at is set (after a 2xx) or failed_at
-- is set (a permanent 4xx); otherwise it is due at next_attempt_at.
CREATE TABLE signup_forwards (
  signup_id TEXT NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
  destination TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  forwarded_at TEXT,
  failed_at TEXT,
  PRIMARY KEY (signup_id, destination)
);
CREATE INDEX signup_forwards_due ON signup_forwards (next_attempt_at) WHERE forwarded_at IS NULL AND failed_at IS NULL;
