/**
 * The People page's queries: signups searched, filtered and paged on the server (newest or oldest first, by a
 * cursor on `(received_at, id)`, which the received_at index serves without counting skipped rows), the same
 * filter for exports, and one person's detail with where their data was forwarded.
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import * as z from 'zod/mini';
import type { Db } from '../db/index.js';
import type { Schema } from '../db/schema.js';
import { COLUMNS, toRecord, type SignupRecord } from '../signups/store.js';
import { NotFound } from '../errors.js';
import type { PeopleFacets, PeoplePage, PersonDetail, PersonSummary } from 'm4a-widgets/shared/schemas/console.js';

const DATE = z.iso.date('Use a date like 2026-10-01');
const flag = z.optional(z.enum(['yes', 'no']));

export const PeopleQuery = z.object({
  /** A name, an email (or its start) or a ZIP code. */
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  from: z.optional(DATE),
  to: z.optional(DATE),
  source: z.optional(z.string().check(z.maxLength(200))),
  interest: z.optional(z.string().check(z.maxLength(100))),
  email: flag,
  sms: flag,
  spam: z._default(z.enum(['exclude', 'include', 'only']), 'exclude'),
  sort: z._default(z.enum(['newest', 'oldest']), 'newest'),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

type SignupSelect = SelectQueryBuilder<Schema, 'signups', object>;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);
const lowerLike = (column: string, pattern: string) =>
  sql<boolean>`lower(${sql.ref(column)}) LIKE ${pattern.toLowerCase()} ESCAPE '\\'`;

/** The filter part of a query, shared by the page, its count and the export. */
export function filtered<Q extends SignupSelect>(base: Q, query: PeopleQuery): Q {
  let q = base as SignupSelect;
  const text = query.q;
  if (text) {
    if (/^\d{5}$/.test(text)) q = q.where('zip', 'like', `${text}%`);
    else if (text.includes('@')) q = q.where(lowerLike('email', `${likeEscape(text)}%`));
    else {
      // One expression over name and email: a single pass per row, and "ana muñoz" finds the full name.
      const pattern = `%${likeEscape(text)}%`.toLowerCase();
      const haystack = sql`coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || email`;
      q = q.where(sql<boolean>`lower(${haystack}) LIKE ${pattern} ESCAPE '\\'`);
    }
  }
  if (query.from) q = q.where('received_at', '>=', `${query.from}T00:00:00.000Z`);
  if (query.to) q = q.where('received_at', '<', nextDay(query.to));
  if (query.source !== undefined) q = q.where('source', '=', query.source);
  if (query.interest) q = q.where('interests', 'like', `%${JSON.stringify(query.interest)}%`);
  if (query.email) q = q.where('email_opt_in', '=', query.email === 'yes' ? 1 : 0);
  if (query.sms) q = q.where('sms_opt_in', '=', query.sms === 'yes' ? 1 : 0);
  if (query.spam === 'exclude') q = q.where('spam_reason', 'is', null);
  if (query.spam === 'only') q = q.where('spam_reason', 'is not', null);
  return q as Q;
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString();

export type { PersonSummary };

const cursorOf = (r: { received_at: string; id: string }) =>
  Buffer.from(`${r.received_at}|${r.id}`).toString('base64url');

function parseCursor(cursor: string): [string, string] | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return at && id ? [at, id] : undefined;
}

export async function peoplePage(db: Db, query: PeopleQuery): Promise<PeoplePage> {
  const desc = query.sort === 'newest';
  let page = filtered(db.kysely.selectFrom('signups'), query).select([
    'id',
    'received_at',
    'given_name',
    'family_name',
    'email',
    'zip',
    'source',
    'interests',
    'email_opt_in',
    'sms_opt_in',
    'spam_reason',
  ]);
  const after = query.cursor ? parseCursor(query.cursor) : undefined;
  if (after) {
    const [at, id] = after;
    page = page.where((eb) =>
      eb.or([
        eb('received_at', desc ? '<' : '>', at),
        eb.and([eb('received_at', '=', at), eb('id', desc ? '<' : '>', id)]),
      ]),
    );
  }
  const direction = desc ? 'desc' : 'asc';
  const [rows, total] = await Promise.all([
    page
      .orderBy('received_at', direction)
      .orderBy('id', direction)
      .limit(query.limit + 1)
      .execute(),
    filtered(db.kysely.selectFrom('signups'), query)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const more = rows.length > query.limit;
  const shown = rows.slice(0, query.limit);
  const people: PersonSummary[] = shown.map((r) => ({
    id: r.id,
    receivedAt: r.received_at,
    givenName: r.given_name,
    familyName: r.family_name,
    email: r.email,
    zip: r.zip,
    source: r.source,
    interests: JSON.parse(r.interests) as string[],
    emailOptIn: r.email_opt_in === 1,
    smsOptIn: r.sms_opt_in === 1,
    spamReason: r.spam_reason,
  }));
  return { total: Number(total.n), people, next: more ? cursorOf(shown.at(-1)!) : null };
}

/** Every signup of the filter, oldest first, as the existing export writes them. */
export async function peopleForExport(db: Db, query: PeopleQuery): Promise<SignupRecord[]> {
  const rows = await filtered(db.kysely.selectFrom('signups'), query)
    .select(COLUMNS)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

export async function personDetail(db: Db, id: string): Promise<PersonDetail> {
  const row = await db.kysely.selectFrom('signups').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFound('not_found', 'No such person (perhaps deleted on request).');
  const [forwards, others, rsvps] = await Promise.all([
    db.kysely
      .selectFrom('signup_forwards')
      .select([
        'destination',
        'attempts',
        'next_attempt_at as nextAttemptAt',
        'last_error as lastError',
        'forwarded_at as forwardedAt',
        'failed_at as failedAt',
      ])
      .where('signup_id', '=', id)
      .orderBy('destination')
      .execute(),
    db.kysely
      .selectFrom('signups')
      .select(['id', 'received_at as receivedAt', 'source'])
      .where(sql<boolean>`lower(email) = ${row.email.toLowerCase()}`)
      .where('id', '!=', id)
      .orderBy('received_at')
      .execute(),
    db.kysely
      .selectFrom('event_rsvps')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(sql<boolean>`lower(email) = ${row.email.toLowerCase()}`)
      .executeTakeFirstOrThrow(),
  ]);
  const status = (f: (typeof forwards)[number]) => (f.forwardedAt ? 'sent' : f.failedAt ? 'failed' : 'pending');
  return {
    person: toRecord(row),
    forwards: forwards.map((f) => ({ ...f, status: status(f) })),
    otherSignups: others,
    rsvps: Number(rsvps.n),
  };
}

/** Distinct sources and interests seen, for the filter menus (attribution labels, not personal data). */
export async function peopleFacets(db: Db): Promise<PeopleFacets> {
  const sources = await db.kysely
    .selectFrom('signups')
    .select('source')
    .distinct()
    .where('source', 'is not', null)
    .orderBy('source')
    .limit(200)
    .execute();
  return { sources: sources.map((s) => s.source!) };
}
