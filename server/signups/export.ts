/**
 * Organizer exports of stored signups: which signups (the query), and the CSV for spreadsheets and phone banks.
 * The routes are in server/routes/signup-exports.ts.
 */
import { stringify } from 'csv-stringify/sync';
import * as z from 'zod/mini';
import type { SignupFilter, SignupRecord } from './store.js';

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_HINT = 'Use a date like 2026-10-01 or a date-time like 2026-10-01T18:00:00-05:00';

/** A `from`/`to` bound: a calendar date (whole UTC day) or a date-time with offset. */
const Bound = z.union([z.iso.date({ error: DATE_HINT }), z.iso.datetime({ offset: true, error: DATE_HINT })]);

export const SignupExportQuery = z.object({
  /** Received on or after this date / instant. */
  from: z.optional(Bound),
  /** Received on or before this date (the whole day) / instant. */
  to: z.optional(Bound),
  /** Exact `source` attribution. */
  source: z.optional(z.string().check(z.maxLength(200))),
  /** Signups flagged as spam are left out unless asked for. */
  spam: z._default(z.enum(['exclude', 'include', 'only']), 'exclude'),
});

export function exportFilter(query: z.infer<typeof SignupExportQuery>): SignupFilter {
  const filter: SignupFilter = { spam: query.spam };
  if (query.from)
    filter.from = new Date(DATE_ONLY.test(query.from) ? `${query.from}T00:00:00Z` : query.from).toISOString();
  if (query.to) {
    const end = DATE_ONLY.test(query.to) ? Date.parse(`${query.to}T00:00:00Z`) + DAY_MS : Date.parse(query.to) + 1;
    filter.to = new Date(end).toISOString();
  }
  if (query.source !== undefined) filter.source = query.source;
  return filter;
}

/** `608-555-0123` for people dialing from a sheet: never starts with `+`, so it needs no formula escape. */
function nationalPhone(e164: string | null): string {
  const m = e164 ? /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : (e164 ?? '');
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/**
 * Spreadsheets run cells that start with `=`, `+`, `-`, `@` (or tab / CR) as formulas. csv-stringify's
 * `escape_formulas` prefixes those with `'`; this also catches the same characters behind leading whitespace.
 */
function castString(value: string): string {
  return /^\s+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}

/** The CSV export: one row per signup, one `answer_<id>` column per custom question seen in the rows. */
export function signupsCsv(records: readonly SignupRecord[]): string {
  const answerKeys = [...new Set(records.flatMap((r) => Object.keys(r.answers)))].sort();
  const rows = records.map((r) => {
    const answers = Object.fromEntries(
      answerKeys.map((k) => {
        const a = r.answers[k];
        return [`answer_${k}`, Array.isArray(a) ? a.join('; ') : (a ?? '')];
      }),
    );
    return {
      id: r.id,
      received_at: r.receivedAt,
      submitted_at: r.submittedAt,
      given_name: r.givenName ?? '',
      family_name: r.familyName ?? '',
      email: r.email,
      phone: nationalPhone(r.phone),
      zip: r.zip,
      interests: r.interests.join('; '),
      note: r.note ?? '',
      email_opt_in: yesNo(r.emailOptIn),
      sms_opt_in: yesNo(r.smsOptIn),
      sms_consent_text: r.smsConsentText ?? '',
      lang: r.lang ?? '',
      source: r.attribution.source ?? '',
      utm_source: r.attribution.utm.source ?? '',
      utm_medium: r.attribution.utm.medium ?? '',
      utm_campaign: r.attribution.utm.campaign ?? '',
      utm_term: r.attribution.utm.term ?? '',
      utm_content: r.attribution.utm.content ?? '',
      page_url: r.attribution.pageUrl ?? '',
      site: r.attribution.site ?? '',
      ...answers,
      spam_reason: r.spamReason ?? '',
    };
  });
  const columns = [
    'id',
    'received_at',
    'submitted_at',
    'given_name',
    'family_name',
    'email',
    'phone',
    'zip',
    'interests',
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
    ...answerKeys.map((k) => `answer_${k}`),
    'spam_reason',
  ];
  // BOM: Excel reads UTF-8 (José, Muñoz) correctly only with it.
  return stringify(rows, {
    header: true,
    columns,
    bom: true,
    quoted: true,
    escape_formulas: true,
    record_delimiter: 'windows',
    cast: { string: castString },
  });
}
