/**
 * Building blocks shared by every domain schema. Schemas use `zod/mini` so the browser bundle stays small;
 * the reference server imports the very same modules.
 */
import * as z from 'zod/mini';
import { LANGS } from './vocab.js';
import { ZIP_MESSAGE, ZIP_PATTERN } from '../zip.js';

/** Languages the widgets ship with. Order matters: the first is the fallback. */
export { LANGS } from './vocab.js';
export type Lang = (typeof LANGS)[number];
export const Lang = z.enum(LANGS);

/** An absolute http(s) URL. */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'Enter a full web address starting with https://' });

/** An ISO 8601 date-time with offset, e.g. `2026-12-05T10:00:00-06:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** An ISO 8601 calendar date, e.g. `2026-09-15`. */
export const IsoDate = z.iso.date();

/** US ZIP code: 5 digits, optionally ZIP+4. */
export const Zip = z.string().check(z.regex(ZIP_PATTERN, ZIP_MESSAGE));

/** Text the server or a partner provides: trimmed and bounded so nothing can blow up a layout. */
export const boundedText = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/**
 * Error body every REST endpoint returns on failure. `fields` names each offending input: its `path`, a `message`
 * in English, and (when known) a stable `code` of the broken rule (zod's issue codes, e.g. `too_small`, or the
 * server's own, e.g. `common` for a common password), so a client can say it in its own language.
 */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.array(z.object({ path: z.string(), message: z.string(), code: z.optional(z.string()) }))),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** What a backend answers to an accepted write (signup, RSVP, call outcome). */
export const Receipt = z.object({
  id: z.string(),
  /** `duplicate` when the idempotency key was seen before: the earlier record stands, nothing new was stored. */
  status: z.enum(['created', 'duplicate']),
});
export type Receipt = z.infer<typeof Receipt>;
