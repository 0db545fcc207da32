-- Outcomes of calls visitors made to legislators' offices. Nothing about the visitor is stored: no phone,
-- no address, no ZIP, no IP. `source` is a campaign/partner slug chosen by the site owner.
CREATE TABLE call_outcomes (
  id TEXT PRIMARY KEY,
  legislator_id TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('talked-to-staff', 'left-voicemail', 'busy-no-answer', 'skipped')),
  source TEXT,
  idempotency_key TEXT UNIQUE,
  created_at TEXT NOT NULL
);
CREATE INDEX call_outcomes_created_at ON call_outcomes (created_at);
CREATE INDEX call_outcomes_legislator ON call_outcomes (legislator_id, created_at);
