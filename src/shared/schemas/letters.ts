/**
 * Letters to legislators and local targets: the partner's templates (`letters`), hand-off URLs per level (`handoff`),
 * and what a visitor reports after writing (`WriteOutcome`, counted like call outcomes: never the letter's text or
 * anything about the visitor). The merge fields and message kinds are the call scripts' too, so a partner learns one
 * set of placeholders.
 */
import * as z from 'zod/mini';
import { HttpUrl, LANGS, boundedText } from './common.js';

/**
 * `thank` a sponsor, cosponsor or supporter; ask a non-cosponsor to `cosponsor`; ask the others to `support`; while
 * the current Congress has no Medicare for All Act yet, ask to cosponsor it once it is `reintroduce`d.
 */
export const MESSAGE_KINDS = ['thank', 'cosponsor', 'support', 'reintroduce'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MERGE_FIELDS = ['legislatorTitle', 'legislatorName', 'visitorName', 'place', 'bill'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const PLACEHOLDER = /\{(\w+)\}/g;
const fieldList = MERGE_FIELDS.map((f) => `{${f}}`).join(' ');

export const SUBJECT_MAX = 150;
export const LETTER_MAX = 5000;
/** The visitor's own sentence ("why this matters to you"). */
export const PERSONAL_MAX = 500;

/** An error message naming the allowed keys, for objects keyed by a closed list. */
export const unknownKeys =
  (allowed: readonly string[]) =>
  (issue: { code?: string; keys?: string[] }): string | undefined =>
    issue.code === 'unrecognized_keys' ? `Unknown key ${issue.keys?.join(', ')}; use ${allowed.join(', ')}` : undefined;

/** Partner text with merge fields: trimmed, not empty, at most `max` characters, no placeholder we cannot fill. */
export const templateText = (what: string, max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, `A ${what} cannot be empty`),
    z.maxLength(max, `A ${what} is at most ${max} characters`),
    z.superRefine((text, ctx) => {
      const unknown = [...text.matchAll(PLACEHOLDER)]
        .map((m) => m[1]!)
        .filter((f) => !(MERGE_FIELDS as readonly string[]).includes(f));
      if (unknown.length) {
        ctx.issues.push({
          code: 'custom',
          input: text,
          message: `Unknown merge field {${unknown[0]}}; use ${fieldList}`,
        });
      }
    }),
  );

export const LetterTemplate = z.strictObject(
  { subject: templateText('subject', SUBJECT_MAX), body: templateText('letter', LETTER_MAX) },
  {
    error: (issue) =>
      issue.code === 'invalid_type' ? 'must be {"subject": "…", "body": "…"}' : unknownKeys(['subject', 'body'])(issue),
  },
);
export type LetterTemplate = z.infer<typeof LetterTemplate>;

/** `{"en": {"thank": {"subject": "…", "body": "…"}, …}, "es": {…}}`; any key may be left out (ours fill the gap). */
export const LetterOverrides = z.partialRecord(
  z.enum(LANGS),
  z.partialRecord(z.enum(MESSAGE_KINDS), LetterTemplate, { error: unknownKeys(MESSAGE_KINDS) }),
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'must be an object keyed by language, e.g. {"en": {"thank": {"subject": "…", "body": "…"}}}'
        : unknownKeys(LANGS)(issue),
  },
);
export type LetterOverrides = z.infer<typeof LetterOverrides>;

/** Levels a letter can go to: the lookup's legislators (federal, state), and the partner's own local targets. */
export const HANDOFF_LEVELS = ['federal', 'state', 'city', 'county', 'other'] as const;
export type HandoffLevel = (typeof HANDOFF_LEVELS)[number];

/** A partner's letter campaign per level (e.g. Action Network), used instead of the built-in channels. */
export const Handoff = z.partialRecord(z.enum(HANDOFF_LEVELS), HttpUrl, {
  error: (issue) =>
    issue.code === 'invalid_type'
      ? 'must be an object keyed by level, e.g. {"federal": "https://actionnetwork.org/letters/…"}'
      : unknownKeys(HANDOFF_LEVELS)(issue),
});
export type Handoff = z.infer<typeof Handoff>;

/* ---------------------------------------------------------- outcomes */

/** How the letter left: by email, through the office's web form or website, on paper, or at the partner's tool. */
export const WRITE_CHANNELS = ['email', 'form', 'website', 'print', 'pdf', 'handoff'] as const;
export type WriteChannel = (typeof WRITE_CHANNELS)[number];

export const WRITE_OUTCOMES = ['sent', 'not-now'] as const;
export type WriteOutcomeKind = (typeof WRITE_OUTCOMES)[number];

/**
 * What the visitor reports after writing. `targetId`: a Bioguide id, an Open States id, or `local:…` for a partner's
 * own target. Nothing about the visitor and never the letter.
 */
export const WriteOutcome = z.object({
  targetId: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  outcome: z.enum(WRITE_OUTCOMES),
  channel: z.enum(WRITE_CHANNELS),
  /** Where the letter started (a campaign or partner slug chosen by the site owner), e.g. `pnhp-wi`. */
  source: z.optional(boundedText(100)),
});
export type WriteOutcome = z.infer<typeof WriteOutcome>;

const count = z.number().check(z.int(), z.nonnegative());

/** Letters reported sent this week, by channel ("Not now" is not a letter). */
export const WriteStats = z.object({
  count,
  /** Start of the counting window (this week: Monday 00:00 UTC). */
  since: z.string(),
  byChannel: z.record(z.enum(WRITE_CHANNELS), count),
  targetId: z.optional(z.string()),
});
export type WriteStats = z.infer<typeof WriteStats>;

export const WriteStatsQuery = z.object({ targetId: z.optional(z.string().check(z.minLength(1), z.maxLength(120))) });
export type WriteStatsQuery = z.infer<typeof WriteStatsQuery>;
