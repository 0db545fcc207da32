/**
 * Options of the built-in backend types. The drop-in loads them with the page config's schema (a chunk of their own,
 * fetched only when the page has a config to check, see src/backends/index.ts), so a typo in a page's config is
 * reported at once, naming the field, while each adapter's code is loaded only when a widget first uses it.
 */
import * as z from 'zod/mini';
import { MOBILIZE_BASE_URL } from '../shared/calendar/mobilize-url.js';

/** An absolute http(s) URL, or a path resolved against the page (`/api`, `./data/`). */
export const EndpointUrl = z.string().check(
  z.minLength(1, 'Give the address of the backend'),
  z.refine((s) => !/^(javascript|data):/i.test(s.trim()), 'Only http(s) addresses are allowed'),
);

export const RestOptions = z.object({
  type: z.literal('rest'),
  /** Base URL of a server implementing the REST contract, e.g. `https://example.org/api`. */
  url: EndpointUrl,
  /** Milliseconds before a request counts as timed out. */
  timeoutMs: z.optional(z.number().check(z.int(), z.minimum(1000), z.maximum(60_000))),
});
export type RestOptions = z.infer<typeof RestOptions>;

export const StaticOptions = z.object({
  type: z.literal('static'),
  /** Folder URL holding the JSON files (`content/faq.en.json`, `events.json`, `reps/...`). */
  url: EndpointUrl,
  timeoutMs: z.optional(z.number().check(z.int(), z.minimum(1000), z.maximum(60_000))),
});
export type StaticOptions = z.infer<typeof StaticOptions>;

export const MobilizeOptions = z.object({
  type: z.literal('mobilize'),
  /** The organization's numeric id on Mobilize (in its URL: mobilize.us/<slug>/ → Settings, or the API). */
  organizationId: z.pipe(
    z.union([z.number(), z.string().check(z.regex(/^\d+$/, 'organizationId must be a number, like 1234'))]),
    z.transform((v) => Number(v)),
  ),
  baseUrl: z._default(EndpointUrl, MOBILIZE_BASE_URL),
  timeoutMs: z.optional(z.number().check(z.int(), z.minimum(1000), z.maximum(60_000))),
});
export type MobilizeOptions = z.infer<typeof MobilizeOptions>;
