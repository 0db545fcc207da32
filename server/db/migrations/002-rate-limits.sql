-- What several server instances on one database share besides the data itself (docs/deployment.md); the
-- job leases are migration 330's.

-- Fixed-window request counters (the signup rate limit), so a client's limit holds across instances.
-- reset_at is epoch milliseconds; BIGINT is INTEGER affinity on SQLite.
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  hits INTEGER NOT NULL,
  reset_at BIGINT NOT NULL
);
