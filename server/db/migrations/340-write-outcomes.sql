-- Outcomes of letters visitors wrote to legislators' offices and partners' local targets. Like call outcomes, only
-- the office, the outcome, the channel the letter left by, a campaign slug and the time: never the letter's text,
-- nothing about the visitor (no name, no address, no ZIP, no IP). `target_id` is a Bioguide id, an Open States id,
-- or `local:…` for a partner's own target.
CREATE TABLE write_outcomes (
  id TEXT PRIMARY KEY,
  target_id TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'not-now')),
  channel TEXT NOT NULL CHECK (channel IN ('email', 'form', 'website', 'print', 'pdf', 'handoff')),
  source TEXT,
  idempotency_key TEXT UNIQUE,
  created_at TEXT NOT NULL
);
CREATE INDEX write_outcomes_created_at ON write_outcomes (created_at);
CREATE INDEX write_outcomes_target ON write_outcomes (target_id, created_at);
