/**
 * The tables as Kysely sees them, the same on both engines: flags are INTEGER 0/1, times ISO 8601 UTC text (text
 * order is time order), epoch milliseconds BIGINT (read back as numbers), JSON documents TEXT. Keeping one row shape
 * is what lets every store run one set of queries on SQLite and PostgreSQL.
 */
import type { Generated } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

export interface SignupsTable {
  id: string;
  idempotency_key: string;
  received_at: string;
  submitted_at: string;
  given_name: string | null;
  family_name: string | null;
  email: string;
  phone: string | null;
  zip: string;
  interests: string;
  answers: string;
  note: string | null;
  email_opt_in: number;
  sms_opt_in: number;
  sms_consent_text: string | null;
  lang: string | null;
  source: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  page_url: string | null;
  site: string | null;
  elapsed_ms: number;
  spam_reason: string | null;
}

export interface SignupForwardsTable {
  signup_id: string;
  destination: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  forwarded_at: string | null;
  failed_at: string | null;
  /** Which instance holds the row's lease (null: nobody); given back on shutdown. */
  leased_by: string | null;
}

export interface EventsTable {
  id: string;
  source: string;
  source_id: string;
  feed: string;
  type: string;
  start_ms: number;
  end_ms: number | null;
  start_date: string;
  online: number;
  geo_lat: number | null;
  geo_lng: number | null;
  capacity: number | null;
  full: Generated<number>;
  rsvp: string;
  data: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventRsvpsTable {
  id: string;
  event_id: string;
  idempotency_key: string;
  first_name: string;
  last_name: string | null;
  email: string;
  zip: string;
  phone: string | null;
  created_at: string;
}

export interface EventFeedsTable {
  feed: string;
  label: string;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  event_count: Generated<number>;
}

export interface RepsLegislatorsTable {
  id: string;
  level: string;
  chamber: string;
  state: string;
  district: number | null;
  data: string;
}

export interface RepsZipDistrictsTable {
  zip: string;
  state: string;
  district: number;
}

export interface RepsRefreshRunsTable {
  id: Generated<number>;
  trigger: string;
  holder: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  error: string | null;
  summary: string | null;
}

export interface CallOutcomesTable {
  id: string;
  legislator_id: string;
  outcome: string;
  source: string | null;
  idempotency_key: string | null;
  created_at: string;
}

export interface WriteOutcomesTable {
  id: string;
  target_id: string;
  outcome: string;
  channel: string;
  source: string | null;
  idempotency_key: string | null;
  created_at: string;
}

/** A partner's local targets (migration 350), in the list's order; `body` is the LocalTarget JSON. */
export interface LocalTargetsTable {
  id: string;
  position: number;
  body: string;
}

/** Cluster-wide job leases (migration 330): one row per job, held by one instance until `expires_at`. */
export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** Fixed-window request counters shared by every instance (the signup rate limit). */
export interface RateLimitsTable {
  key: string;
  hits: number;
  reset_at: number;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: string;
}

/** The organizer console's accounts (migration 400): see server/accounts/. */
export interface ConsoleUsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  totp_secret: string | null;
  totp_pending: string | null;
  totp_last_step: number | null;
  disabled_at: string | null;
  created_at: string;
}

export interface ConsoleSessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_ms: number;
  seen_ms: number;
}

export interface ConsoleLinksTable {
  token_hash: string;
  kind: string;
  role: string;
  created_by: string | null;
  created_ms: number;
  expires_ms: number;
  used_ms: number | null;
}

export interface ConsoleSignInFailuresTable {
  key: string;
  at_ms: number;
}

export interface ConsoleAuditTable {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  detail: Generated<string>;
}

export interface ForwardPausesTable {
  destination: string;
  paused_at: string;
  paused_by: string | null;
}

export interface Schema {
  meta: MetaTable;
  signups: SignupsTable;
  signup_forwards: SignupForwardsTable;
  events: EventsTable;
  event_rsvps: EventRsvpsTable;
  event_feeds: EventFeedsTable;
  reps_legislators: RepsLegislatorsTable;
  reps_zip_districts: RepsZipDistrictsTable;
  reps_zip_districts_next: RepsZipDistrictsTable;
  reps_refresh_runs: RepsRefreshRunsTable;
  call_outcomes: CallOutcomesTable;
  local_targets: LocalTargetsTable;
  write_outcomes: WriteOutcomesTable;
  leases: LeasesTable;
  rate_limits: RateLimitsTable;
  schema_migrations: SchemaMigrationsTable;
  console_users: ConsoleUsersTable;
  console_sessions: ConsoleSessionsTable;
  console_links: ConsoleLinksTable;
  console_sign_in_failures: ConsoleSignInFailuresTable;
  console_audit: ConsoleAuditTable;
  forward_pauses: ForwardPausesTable;
}
