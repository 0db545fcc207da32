/**
 * Signup storage. One row per idempotency key (UNIQUE in the table), written together with its forwarding rows in one
 * transaction, so a stored signup is always queued for every destination configured at that moment.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db.js';
import type { SignupAnswer, SignupRequest } from 'm4a-widgets/shared/schemas/signup.js';

export const SPAM_REASONS = ['honeypot', 'too-fast'] as const;
export type SpamReason = (typeof SPAM_REASONS)[number];

/** A stored signup as organizers receive it (JSON export, webhook). Absent values are `null`. */
export interface SignupRecord {
  id: string;
  receivedAt: string;
  submittedAt: string;
  givenName: string | null;
  familyName: string | null;
  email: string;
  phone: string | null;
  zip: string;
  interests: string[];
  answers: Record<string, SignupAnswer>;
  note: string | null;
  emailOptIn: boolean;
  smsOptIn: boolean;
  smsConsentText: string | null;
  lang: string | null;
  attribution: {
    source: string | null;
    utm: { source: string | null; medium: string | null; campaign: string | null; term: string | null; content: string | null };
    pageUrl: string | null;
    site: string | null;
  };
  elapsedMs: number;
  spamReason: SpamReason | null;
}

interface SignupRow {
  id: string;
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
  spam_reason: SpamReason | null;
}

const COLUMNS = `id, received_at, submitted_at, given_name, family_name, email, phone, zip, interests, answers, note,
  email_opt_in, sms_opt_in, sms_consent_text, lang, source, utm_source, utm_medium, utm_campaign, utm_term, utm_content,
  page_url, site, elapsed_ms, spam_reason`;

function toRecord(row: SignupRow): SignupRecord {
  return {
    id: row.id,
    receivedAt: row.received_at,
    submittedAt: row.submitted_at,
    givenName: row.given_name,
    familyName: row.family_name,
    email: row.email,
    phone: row.phone,
    zip: row.zip,
    interests: JSON.parse(row.interests) as string[],
    answers: JSON.parse(row.answers) as Record<string, SignupAnswer>,
    note: row.note,
    emailOptIn: row.email_opt_in === 1,
    smsOptIn: row.sms_opt_in === 1,
    smsConsentText: row.sms_consent_text,
    lang: row.lang,
    attribution: {
      source: row.source,
      utm: {
        source: row.utm_source,
        medium: row.utm_medium,
        campaign: row.utm_campaign,
        term: row.utm_term,
        content: row.utm_content,
      },
      pageUrl: row.page_url,
      site: row.site,
    },
    elapsedMs: row.elapsed_ms,
    spamReason: row.spam_reason,
  };
}

export interface NewSignup {
  idempotencyKey: string;
  signup: SignupRequest;
  receivedAt: Date;
  spamReason: SpamReason | null;
  /** Destinations to queue the signup's forwarding for; ignored for spam. */
  destinations: readonly string[];
}

export interface SignupStore {
  /** Stores the signup unless its key is known: `created: false` then names the row stored first. */
  insert(s: NewSignup): { id: string; created: boolean };
  idForKey(key: string): string | undefined;
  get(id: string): SignupRecord | undefined;
  list(filter: SignupFilter): SignupRecord[];
}

export interface SignupFilter {
  /** Inclusive lower bound on `received_at`, ISO UTC. */
  from?: string;
  /** Exclusive upper bound on `received_at`, ISO UTC. */
  to?: string;
  source?: string;
  spam: 'exclude' | 'include' | 'only';
}

const stores = new WeakMap<Db, SignupStore>();

/** The store for a database, with its statements prepared once. */
export function signupStore(db: Db): SignupStore {
  const existing = stores.get(db);
  if (existing) return existing;

  const insertRow = db.prepare<unknown[], { id: string }>(
    `INSERT INTO signups (${COLUMNS}, idempotency_key)
     VALUES (${Array(26).fill('?').join(', ')})
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING id`,
  );
  const insertForward = db.prepare(
    'INSERT INTO signup_forwards (signup_id, destination, next_attempt_at) VALUES (?, ?, ?)',
  );
  const byKey = db.prepare<[string], string>('SELECT id FROM signups WHERE idempotency_key = ?').pluck();
  const byId = db.prepare<[string], SignupRow>(`SELECT ${COLUMNS} FROM signups WHERE id = ?`);

  const insert = db.transaction((s: NewSignup): { id: string; created: boolean } => {
    const v = s.signup;
    const receivedAt = s.receivedAt.toISOString();
    const a = v.attribution;
    const row = insertRow.get(
      randomUUID(),
      receivedAt,
      new Date(v.submittedAt).toISOString(),
      v.givenName ?? null,
      v.familyName ?? null,
      v.email,
      v.phone ?? null,
      v.zip,
      JSON.stringify(v.interests),
      JSON.stringify(v.answers),
      v.note ?? null,
      v.emailOptIn ? 1 : 0,
      v.smsOptIn ? 1 : 0,
      v.smsConsentText ?? null,
      v.lang ?? null,
      a.source ?? null,
      a.utm.source ?? null,
      a.utm.medium ?? null,
      a.utm.campaign ?? null,
      a.utm.term ?? null,
      a.utm.content ?? null,
      a.pageUrl ?? null,
      a.site ?? null,
      v.elapsedMs,
      s.spamReason,
      s.idempotencyKey,
    );
    if (!row) return { id: byKey.get(s.idempotencyKey)!, created: false };
    if (!s.spamReason) for (const d of s.destinations) insertForward.run(row.id, d, receivedAt);
    return { id: row.id, created: true };
  });

  const store: SignupStore = {
    insert: (s) => insert.immediate(s),
    idForKey: (key) => byKey.get(key),
    get: (id) => {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    list(filter) {
      const where: string[] = [];
      const params: string[] = [];
      const add = (clause: string, value: string) => {
        where.push(clause);
        params.push(value);
      };
      if (filter.from) add('received_at >= ?', filter.from);
      if (filter.to) add('received_at < ?', filter.to);
      if (filter.source !== undefined) add('source = ?', filter.source);
      if (filter.spam === 'exclude') where.push('spam_reason IS NULL');
      if (filter.spam === 'only') where.push('spam_reason IS NOT NULL');
      const sql = `SELECT ${COLUMNS} FROM signups ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY received_at, rowid`;
      return db.prepare<string[], SignupRow>(sql).all(...params).map(toRecord);
    },
  };
  stores.set(db, store);
  return store;
}
