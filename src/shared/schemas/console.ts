/**
 * The organizer console's answers (`/api/console`): declared once, here. The server describes its routes with
 * them (the contract) and types what it returns by them; the console parses every answer with them, so a change
 * on one side that the other does not follow fails a type check or a parse, not a page silently.
 */
import * as z from 'zod/mini';
import { M4aEvent } from './event.js';

/** Console roles, least privilege first. */
export const CONSOLE_ROLES = ['viewer', 'organizer', 'owner'] as const;
export const ConsoleRole = z.enum(CONSOLE_ROLES);
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

/** An account as the console shows it: never its password hash or TOTP secret. */
export const ConsoleUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ConsoleRole,
  /** An authenticator app is set up. */
  totp: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type ConsoleUser = z.infer<typeof ConsoleUser>;

/** Who is signed in (or nobody), the CSRF token to echo in `X-CSRF-Token`, and whether a second factor is required. */
export const ConsoleSession = z.object({
  user: z.nullable(ConsoleUser),
  csrf: z.string(),
  secondFactorRequired: z.boolean(),
});
export type ConsoleSession = z.infer<typeof ConsoleSession>;

/** What a setup or invite link offers. */
export const ConsoleLink = z.object({ kind: z.enum(['setup', 'invite']), role: z.string(), expiresAt: z.string() });
export type ConsoleLink = z.infer<typeof ConsoleLink>;

/** An authenticator app being set up: its secret (to type) and otpauth URI (to scan). */
export const TotpEnrolment = z.object({ secret: z.string(), uri: z.string() });
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const ConsoleOk = z.object({ ok: z.boolean() });

/** An invite link not yet used (the token itself is not kept). */
export const PendingInvite = z.object({
  role: ConsoleRole,
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type PendingInvite = z.infer<typeof PendingInvite>;

export const AccountList = z.object({ accounts: z.array(ConsoleUser), invites: z.array(PendingInvite) });
export type AccountList = z.infer<typeof AccountList>;

export const InviteLink = z.object({ url: z.string(), expiresAt: z.string() });
export type InviteLink = z.infer<typeof InviteLink>;

export const ConsoleSettings = z.object({ requireSecondFactor: z.boolean() });
export type ConsoleSettings = z.infer<typeof ConsoleSettings>;

/** An audit entry: who, when, what; `detail` holds counts and names, never personal data. */
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.nullable(z.string()),
  action: z.string(),
  target: z.nullable(z.string()),
  detail: z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.array(z.string()), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = z.object({ entries: z.array(AuditEntry) });

/** One signup in the People list. */
export const PersonSummary = z.object({
  id: z.string(),
  receivedAt: z.string(),
  givenName: z.nullable(z.string()),
  familyName: z.nullable(z.string()),
  email: z.string(),
  zip: z.string(),
  source: z.nullable(z.string()),
  interests: z.array(z.string()),
  emailOptIn: z.boolean(),
  smsOptIn: z.boolean(),
  /** Why it was flagged as spam, or null. */
  spamReason: z.nullable(z.string()),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/** A page of the People list: the filter's total, and the cursor of the next page (null on the last). */
export const PeoplePage = z.object({ total: z.number(), people: z.array(PersonSummary), next: z.nullable(z.string()) });
export type PeoplePage = z.infer<typeof PeoplePage>;

export const PeopleFacets = z.object({ sources: z.array(z.string()) });
export type PeopleFacets = z.infer<typeof PeopleFacets>;

const nullableText = z.nullable(z.string());

/** A stored signup as organizers receive it (detail view, JSON export, webhook). Absent values are null. */
export const SignupRecord = z.object({
  id: z.string(),
  receivedAt: z.string(),
  submittedAt: z.string(),
  givenName: nullableText,
  familyName: nullableText,
  email: z.string(),
  phone: nullableText,
  zip: z.string(),
  interests: z.array(z.string()),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  note: nullableText,
  emailOptIn: z.boolean(),
  smsOptIn: z.boolean(),
  smsConsentText: nullableText,
  lang: nullableText,
  attribution: z.object({
    source: nullableText,
    utm: z.object({
      source: nullableText,
      medium: nullableText,
      campaign: nullableText,
      term: nullableText,
      content: nullableText,
    }),
    pageUrl: nullableText,
    site: nullableText,
  }),
  elapsedMs: z.number(),
  spamReason: nullableText,
});
export type SignupRecord = z.infer<typeof SignupRecord>;

/** One person: what they gave, forwarding per destination, their other signups, how many RSVPs. */
export const PersonDetail = z.object({
  person: SignupRecord,
  forwards: z.array(
    z.object({
      destination: z.string(),
      status: z.enum(['sent', 'failed', 'pending']),
      attempts: z.number(),
      nextAttemptAt: nullableText,
      lastError: nullableText,
      forwardedAt: nullableText,
      failedAt: nullableText,
    }),
  ),
  otherSignups: z.array(z.object({ id: z.string(), receivedAt: z.string(), source: nullableText })),
  rsvps: z.number(),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

/** What a deletion on request removed, and where the data had gone already (to be deleted there too). */
export const DeletionReport = z.object({
  signups: z.number(),
  rsvps: z.number(),
  queuedForwards: z.number(),
  alreadySentTo: z.array(z.string()),
});
export type DeletionReport = z.infer<typeof DeletionReport>;

/** One of the organizer's own events, with its RSVP count; withdrawn ones are kept, flagged. */
export const OwnEvent = z.intersection(M4aEvent, z.object({ deleted: z.boolean(), rsvps: z.number() }));
export type OwnEvent = z.infer<typeof OwnEvent>;
export const OwnEvents = z.object({ events: z.array(OwnEvent) });

export const RsvpRecord = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: nullableText,
  email: z.string(),
  zip: z.string(),
  phone: nullableText,
  createdAt: z.string(),
});
export type RsvpRecord = z.infer<typeof RsvpRecord>;
export const RsvpList = z.object({ rsvps: z.array(RsvpRecord) });

/** An import feed's health. */
export const FeedStatus = z.object({
  feed: z.string(),
  label: z.string(),
  lastAttemptAt: nullableText,
  lastSuccessAt: nullableText,
  lastError: nullableText,
  eventCount: z.number(),
});
export type FeedStatus = z.infer<typeof FeedStatus>;
export const FeedList = z.object({ feeds: z.array(FeedStatus) });
export const ImportRun = z.object({ feeds: z.array(z.object({ feed: z.string(), ok: z.boolean() })) });

/** A forwarding destination's counts (the Overview shows these too). */
export const ForwardingHealth = z.object({
  destination: z.string(),
  pending: z.number(),
  failed: z.number(),
  sent: z.number(),
  paused: z.boolean(),
});
export type ForwardingHealth = z.infer<typeof ForwardingHealth>;

/** The Forwarding page: each destination's counts, whether it is configured, its latest errors (no bodies). */
export const ForwardingStatus = z.object({
  destinations: z.array(
    z.extend(ForwardingHealth, {
      configured: z.boolean(),
      latestErrors: z.array(z.object({ error: nullableText, at: nullableText, attempts: z.number() })),
    }),
  ),
});
export type ForwardingStatus = z.infer<typeof ForwardingStatus>;

/** How many failed or waiting forwards "retry now" queued again. */
export const Requeued = z.object({ requeued: z.number() });

/** A destination paused or resumed. */
export const Paused = z.object({ paused: z.boolean() });
