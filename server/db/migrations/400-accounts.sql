-- The organizer console (docs/console.md): accounts, their sessions, one-time links, sign-in throttling, the audit
-- log, paused forwarding destinations. Times the expiry rules compare are epoch milliseconds (BIGINT); secrets are
-- stored only as SHA-256 digests of the random tokens handed out, so a copy of the database signs nobody in.
CREATE TABLE console_users (
  id TEXT PRIMARY KEY,
  -- Lower-cased: the sign-in name.
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  totp_secret TEXT,
  -- Set while an authenticator is being enrolled, moved to totp_secret once a code from it is confirmed.
  totp_pending TEXT,
  -- The last TOTP time step accepted, so a code seen over someone's shoulder cannot be used a second time.
  totp_last_step BIGINT,
  disabled_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE console_sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES console_users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_ms BIGINT NOT NULL,
  seen_ms BIGINT NOT NULL
);
CREATE INDEX console_sessions_user ON console_sessions (user_id);

-- The setup link (kind `setup`, creates the owner) and invite links (kind `invite`), each usable once.
CREATE TABLE console_links (
  token_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  role TEXT NOT NULL,
  created_by TEXT,
  created_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL,
  used_ms BIGINT
);

-- One row per failed sign-in, keyed by a digest of the account name or by the peer address: counted over a window
-- by every instance alike.
CREATE TABLE console_sign_in_failures (
  key TEXT NOT NULL,
  at_ms BIGINT NOT NULL
);
CREATE INDEX console_sign_in_failures_key ON console_sign_in_failures (key, at_ms);

-- Who did what, when: account ids and counts, never a visitor's personal data.
CREATE TABLE console_audit (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX console_audit_at ON console_audit (at);

CREATE TABLE forward_pauses (
  destination TEXT PRIMARY KEY,
  paused_at TEXT NOT NULL,
  paused_by TEXT
);

-- The People page searches and pages by these.
CREATE INDEX signups_email ON signups (lower(email));
CREATE INDEX event_rsvps_email ON event_rsvps (lower(email));
