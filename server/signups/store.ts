/**
 * Signup storage. One row per idempotency key (UNIQUE in the table), written together with its forwarding rows
 * atomically (one transaction; on SQLite one savepoint of a commit shared with signups arriving at the same moment,
 * server/db/commit-group.ts), so a stored signup is always queued for every destination configured at that moment.
 */
import { sql } from 'kysely';
import type { Db, Q } from '../db/index.js';
import { groupedWrite } from '../db/commit-group.js';
import { newId } from '../db/ids.js';
import { compiledOnce } from '../db/prepared.js';
import type { SignupAnswer, SignupRequest } from 'm4a-widgets/shared/schemas/signup.js';
import type { SignupsTable } from '../db/schema.js';

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
    utm: {
      source: string | null;
      medium: string | null;
      campaign: string | null;
      term: string | null;
      content: string | null;
    };
    pageUrl: string | null;
    site: string | null;
  };
  elapsedMs: number;
  spamReason: SpamReason | null;
}

type SignupRow = Omit<SignupsTable, 'idempotency_key'>;

export const COLUMNS = [
  'id',
  'received_at',
  'submitted_at',
  'given_name',
  'family_name',
  'email',
  'phone',
  'zip',
  'interests',
  'answers',
  'note',
  'email_opt_in',
  'sms_opt_in',
  'sms_consent_text',
  'lang',
  'source',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'page_url',
  'site',
  'elapsed_ms',
  'spam_reason',
] as const;

export function toRecord(row: SignupRow): SignupRecord {
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
    spamReason: row.spam_reason as SpamReason | null,
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
  insert(s: NewSignup): Promise<{ id: string; created: boolean }>;
  idForKey(key: string): Promise<string | undefined>;
  get(id: string): Promise<SignupRecord | undefined>;
  list(filter: SignupFilter): Promise<SignupRecord[]>;
}

export interface SignupFilter {
  /** Inclusive lower bound on `received_at`, ISO UTC. */
  from?: string;
  /** Exclusive upper bound on `received_at`, ISO UTC. */
  to?: string;
  source?: string;
  spam: 'exclude' | 'include' | 'only';
}

function toRow(s: NewSignup, id: string): SignupsTable {
  const v = s.signup;
  const a = v.attribution;
  return {
    id,
    idempotency_key: s.idempotencyKey,
    received_at: s.receivedAt.toISOString(),
    submitted_at: new Date(v.submittedAt).toISOString(),
    given_name: v.givenName ?? null,
    family_name: v.familyName ?? null,
    email: v.email,
    phone: v.phone ?? null,
    zip: v.zip,
    interests: JSON.stringify(v.interests),
    answers: JSON.stringify(v.answers),
    note: v.note ?? null,
    email_opt_in: v.emailOptIn ? 1 : 0,
    sms_opt_in: v.smsOptIn ? 1 : 0,
    sms_consent_text: v.smsConsentText ?? null,
    lang: v.lang ?? null,
    source: a.source ?? null,
    utm_source: a.utm.source ?? null,
    utm_medium: a.utm.medium ?? null,
    utm_campaign: a.utm.campaign ?? null,
    utm_term: a.utm.term ?? null,
    utm_content: a.utm.content ?? null,
    page_url: a.pageUrl ?? null,
    site: a.site ?? null,
    elapsed_ms: v.elapsedMs,
    spam_reason: s.spamReason,
  };
}

const stores = new WeakMap<Db, SignupStore>();

/**
 * The store for a database. The key's UNIQUE constraint decides duplicates, not this process's memory: a second
 * insert of a key (a retry, or the same POST reaching another instance) does nothing, and the first row's id is
 * read back.
 */
export function signupStore(db: Db): SignupStore {
  const existing = stores.get(db);
  if (existing) return existing;

  // The one query every signup runs, compiled once (server/db/prepared.ts).
  const insertSignup = compiledOnce([...COLUMNS, 'idempotency_key'], (row: SignupsTable) =>
    db.kysely
      .insertInto('signups')
      .values(row)
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id'),
  );

  // PostgreSQL: a signup and its forwarding rows in one statement, atomic by itself, in one round trip.
  const insertQueued =
    db.engine === 'postgres'
      ? compiledOnce(
          [...COLUMNS, 'idempotency_key', 'destinations', 'next_attempt_at'],
          ({
            destinations,
            next_attempt_at,
            ...row
          }: SignupsTable & { destinations: string[]; next_attempt_at: string }) =>
            db.kysely
              .with('s', (w) =>
                w
                  .insertInto('signups')
                  .values(row)
                  .onConflict((oc) => oc.column('idempotency_key').doNothing())
                  .returning('id'),
              )
              .insertInto('signup_forwards')
              .columns(['signup_id', 'destination', 'next_attempt_at'])
              .expression((eb) =>
                eb
                  .selectFrom('s')
                  .select([
                    's.id',
                    sql<string>`unnest(${destinations}::text[])`.as('destination'),
                    sql<string>`${next_attempt_at}::text`.as('next_attempt_at'),
                  ]),
              )
              .returning('signup_id'),
        )
      : undefined;

  const idForKey = async (key: string) =>
    (await db.kysely.selectFrom('signups').select('id').where('idempotency_key', '=', key).executeTakeFirst())?.id;

  const store: SignupStore = {
    async insert(s) {
      const queued = !s.spamReason && s.destinations.length > 0;
      if (queued && insertQueued) {
        const values = {
          ...toRow(s, newId()),
          destinations: [...s.destinations],
          next_attempt_at: s.receivedAt.toISOString(),
        };
        const [row] = (await db.kysely.executeQuery(insertQueued(values))).rows;
        if (row) return { id: row.signup_id, created: true };
        const id = await idForKey(s.idempotencyKey);
        if (id === undefined) throw new Error('signup neither inserted nor found under its idempotency key');
        return { id, created: false };
      }
      const write = async (q: Q) => {
        const [row] = (await q.executeQuery(insertSignup(toRow(s, newId())))).rows;
        if (!row) {
          const first = await q
            .selectFrom('signups')
            .select('id')
            .where('idempotency_key', '=', s.idempotencyKey)
            .executeTakeFirstOrThrow();
          return { id: first.id, created: false };
        }
        if (queued) {
          const next = s.receivedAt.toISOString();
          await q
            .insertInto('signup_forwards')
            .values(s.destinations.map((destination) => ({ signup_id: row.id, destination, next_attempt_at: next })))
            .execute();
        }
        return { id: row.id, created: true };
      };
      // On PostgreSQL a signup with nothing to queue is one statement too. On SQLite round trips cost nothing and
      // the commit is what waits (for the disk), so it is shared.
      return db.engine === 'sqlite' ? groupedWrite(db, write) : write(db.kysely);
    },
    idForKey,
    async get(id) {
      const row = await db.kysely.selectFrom('signups').select(COLUMNS).where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    async list(filter) {
      let q = db.kysely.selectFrom('signups').select(COLUMNS);
      if (filter.from) q = q.where('received_at', '>=', filter.from);
      if (filter.to) q = q.where('received_at', '<', filter.to);
      if (filter.source !== undefined) q = q.where('source', '=', filter.source);
      if (filter.spam === 'exclude') q = q.where('spam_reason', 'is', null);
      if (filter.spam === 'only') q = q.where('spam_reason', 'is not', null);
      // Ids are time-ordered (server/db/ids.ts): they keep signups of one millisecond in the order they came.
      const rows = await q.orderBy('received_at').orderBy('id').execute();
      return rows.map(toRecord);
    },
  };
  stores.set(db, store);
  return store;
}
