-- Cluster-wide leases: a background job runs on the instance that holds its lease (claimed with a conditional
-- upsert), so several instances on one database run it once. Plain SQL that PostgreSQL accepts as well.
CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

-- One row per refresh of the representative data (scheduled or by hand): when, how it ended, what changed.
CREATE TABLE reps_refresh_runs (
  id INTEGER PRIMARY KEY,
  trigger TEXT NOT NULL CHECK (trigger IN ('schedule', 'command')),
  holder TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'error')),
  error TEXT,
  -- JSON: { congress, counts, added: [{id, name}], removed: [{id, name}], warnings: [] }
  summary TEXT
);
CREATE INDEX reps_refresh_runs_started ON reps_refresh_runs (started_at);
