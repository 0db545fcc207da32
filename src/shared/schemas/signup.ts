/**
 * Volunteer signups: the one schema `<m4a-signup-form>` validates with in the browser and the reference server
 * validates with again. Parsing also normalizes (trimmed text, phone as E.164, de-duplicated choices), and parsing
 * the output a second time gives the same output, so a signup queued offline can be re-validated safely.
 *
 * Error messages are English and say how to fix the problem; the widget shows its own translated message for each
 * `path` and uses these only as a fallback.
 */
import * as z from 'zod/mini';
import { Lang } from './common.js';
import { ZIP_MESSAGE, ZIP_PATTERN } from '../zip.js';

/** Default "how do you want to help" choices, in display order. Partners may add their own ids. */
export const SIGNUP_INTERESTS = [
  'canvass',
  'phone-text-bank',
  'town-halls-panels',
  'rallies',
  'contact-legislators',
  'host-event',
  'healthcare-union-outreach',
] as const;
export type SignupInterest = (typeof SIGNUP_INTERESTS)[number];

/** Visitor-facing fields of the form, by the name they carry in the request and in error `path`s. */
export const SIGNUP_FIELDS = [
  'givenName',
  'familyName',
  'email',
  'phone',
  'zip',
  'interests',
  'note',
  'emailOptIn',
  'smsOptIn',
] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];

/** Name of the honeypot input: hidden from people, left empty by them, filled in by naive bots. */
export const SIGNUP_HONEYPOT_FIELD = 'website';

/** Default shortest believable time from form shown to submit; faster submissions are treated as bots. */
export const SIGNUP_MIN_FILL_MS = 3000;

/** Length limits, shared so the widget can set `maxlength` to exactly what the server accepts. */
export const SIGNUP_LIMITS = {
  name: 100,
  email: 254,
  phoneInput: 40,
  note: 1000,
  interestId: 64,
  interests: 32,
  answerKey: 64,
  answers: 20,
  answerText: 1000,
  answerChoices: 20,
  answerChoice: 200,
  consentText: 2000,
  attribution: 200,
  pageUrl: 2048,
} as const;

const L = SIGNUP_LIMITS;

/** Ids of choices and custom questions: lowercase words joined by hyphens, e.g. `phone-text-bank`. */
const slug = (max: number, what: string) =>
  z
    .string()
    .check(
      z.regex(/^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/, `${what} must be lowercase letters, digits and hyphens`),
      z.maxLength(max, `${what} must be at most ${max} characters`),
    );

/** Optional visitor text: trimmed, bounded, and an empty string counts as not given. */
const optionalText = (max: number, tooLong: string) =>
  z.optional(
    z.pipe(
      z.string().check(z.trim(), z.maxLength(max, tooLong)),
      z.transform((s) => s || undefined),
    ),
  );

/**
 * Attribution and other machine-gathered text must never block a signup: it is trimmed and cut to length rather
 * than rejected.
 */
const clipped = (max: number) =>
  z.optional(
    z.pipe(
      z.string(),
      z.transform((s) => s.trim().slice(0, max) || undefined),
    ),
  );

/**
 * A US phone number (NANP) in any common writing, `(608) 555-0123`, `608.555.0123`, `+1 608 555 0123`, as E.164
 * (`+16085550123`); `null` when it is not one.
 */
export function normalizeUsPhone(input: string): string | null {
  if (!/^[\d\s().+-]+$/.test(input)) return null;
  const plus = input.trim().startsWith('+');
  let digits = input.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  else if (plus || digits.length !== 10) return null;
  // Area code and exchange never start with 0 or 1 in the North American Numbering Plan.
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return null;
  return `+1${digits}`;
}

const PHONE_MESSAGE = 'Enter a US phone number, like 608-555-0123';

const Phone = z.optional(
  z.pipe(
    z.string().check(z.trim(), z.maxLength(L.phoneInput, PHONE_MESSAGE)),
    z.transform((s, ctx) => {
      if (!s) return undefined;
      const e164 = normalizeUsPhone(s);
      if (e164 === null) {
        ctx.issues.push({ code: 'custom', message: PHONE_MESSAGE, input: s });
        return z.NEVER;
      }
      return e164;
    }),
  ),
);

const Email = z.pipe(
  z.string({ error: 'Enter your email address' }).check(z.trim()),
  z
    .email({
      error: (iss) =>
        iss.input === ''
          ? 'Enter your email address'
          : 'Enter an email address in the correct format, like name@example.com',
    })
    .check(z.maxLength(L.email, `Email address must be ${L.email} characters or fewer`)),
);

const ZipCode = z.string({ error: 'Enter your ZIP code' }).check(z.trim(), z.regex(ZIP_PATTERN, ZIP_MESSAGE));

/** Optional `true`/`false` consent flags: absent means no consent. */
const consent = z._default(z.boolean({ error: 'Must be true or false' }), false);

const Interests = z._default(
  z.pipe(
    z.array(slug(L.interestId, 'A choice id')).check(z.maxLength(L.interests, `Choose at most ${L.interests} options`)),
    z.transform((ids) => [...new Set(ids)]),
  ),
  [],
);

/** Answer to a custom question: free text, or the ids of the options picked. */
export const SignupAnswer = z.union([
  z.string().check(z.trim(), z.maxLength(L.answerText, `Answer must be ${L.answerText} characters or fewer`)),
  z
    .array(
      z
        .string()
        .check(z.trim(), z.maxLength(L.answerChoice, `Each option must be ${L.answerChoice} characters or fewer`)),
    )
    .check(z.maxLength(L.answerChoices, `Choose at most ${L.answerChoices} options`)),
]);
export type SignupAnswer = z.infer<typeof SignupAnswer>;

const Answers = z._default(
  z
    .record(slug(L.answerKey, 'A question id'), SignupAnswer)
    .check(z.refine((r) => Object.keys(r).length <= L.answers, `At most ${L.answers} custom answers are accepted`)),
  {},
);

/** Where the signup came from. Best effort: bad values are dropped or cut, never a reason to refuse a signup. */
export const SignupAttribution = z.object({
  /** The widget's `source` attribute, else the page URL's `source` parameter. */
  source: clipped(L.attribution),
  utm: z._default(
    z.object({
      source: clipped(L.attribution),
      medium: clipped(L.attribution),
      campaign: clipped(L.attribution),
      term: clipped(L.attribution),
      content: clipped(L.attribution),
    }),
    {},
  ),
  /** The page the form was on; dropped when it is not an http(s) URL. */
  pageUrl: z.optional(
    z.pipe(
      z.string(),
      z.transform((s) => {
        const url = s.trim();
        return url.length <= L.pageUrl && /^https?:\/\/[^\s]+$/i.test(url) && URL.canParse(url) ? url : undefined;
      }),
    ),
  ),
  /** The host site, e.g. `pnhp.org`. */
  site: clipped(L.attribution),
});
export type SignupAttribution = z.infer<typeof SignupAttribution>;

export const SignupRequest = z
  .object({
    givenName: optionalText(L.name, `First name must be ${L.name} characters or fewer`),
    familyName: optionalText(L.name, `Last name must be ${L.name} characters or fewer`),
    email: Email,
    phone: Phone,
    zip: ZipCode,
    /** Ids of the "how do you want to help" choices picked (`SIGNUP_INTERESTS` or partner-defined). */
    interests: Interests,
    /** Answers to partner-defined custom questions, by question id. */
    answers: Answers,
    note: optionalText(L.note, `Note must be ${L.note} characters or fewer`),
    emailOptIn: consent,
    smsOptIn: consent,
    /** The SMS consent wording exactly as shown next to the checkbox: the record of what the person agreed to. */
    smsConsentText: clipped(L.consentText),
    /** Language the form was shown in, so organizers can follow up in it. */
    lang: z.optional(Lang),
    attribution: z._default(SignupAttribution, { utm: {} }),
    /** The honeypot input's value; people leave it empty. */
    [SIGNUP_HONEYPOT_FIELD]: clipped(L.attribution),
    /** Milliseconds from the form being shown to submit, for the minimum fill time check. */
    elapsedMs: z.pipe(
      z
        .number({ error: 'elapsedMs must be a number of milliseconds' })
        .check(z.minimum(0, 'elapsedMs cannot be negative'), z.maximum(Number.MAX_SAFE_INTEGER)),
      z.transform(Math.round),
    ),
    /** When the visitor pressed submit (not when a queued retry was sent). */
    submittedAt: z.iso.datetime({
      offset: true,
      error: 'submittedAt must be an ISO 8601 date-time, like 2026-10-01T10:00:00-05:00',
    }),
  })
  .check(
    z.refine((s) => !s.smsOptIn || s.phone !== undefined, {
      path: ['phone'],
      message: 'Enter a mobile number to get text messages, or untick the text message box',
      // Report this together with other field errors rather than only after they are fixed.
      when: (payload) => {
        const v = payload.value as { smsOptIn?: unknown; phone?: unknown } | null;
        return typeof v === 'object' && v !== null && v.smsOptIn === true && (v.phone === undefined || v.phone === '');
      },
    }),
  );
export type SignupRequest = z.infer<typeof SignupRequest>;
/** What a client may send: defaults not yet applied, text not yet normalized. */
export type SignupInput = z.input<typeof SignupRequest>;
