/**
 * Event sources of the reference server, from environment variables (documented in docs/events.md). None is
 * required: without any, the server lists organizers' own events (and the demo events on a fresh database).
 */
import * as z from 'zod/mini';
import { TimeZone } from 'm4a-widgets/shared/schemas/event.js';
import { MOBILIZE_BASE_URL } from 'm4a-widgets/shared/calendar/mobilize.js';
import { ACTION_NETWORK_BASE_URL } from './action-network.js';

const httpUrl = z.url({ protocol: /^https?$/ });

/** Calendar URLs, comma-separated; `webcal://` (what "subscribe" buttons give) is read as https. */
const urlList = z.pipe(
  z.pipe(
    z.optional(z.string()),
    z.transform((s) => [
      ...new Set(
        (s ?? '')
          .split(',')
          .map((v) => v.trim().replace(/^webcal:\/\//i, 'https://'))
          .filter(Boolean),
      ),
    ]),
  ),
  z.array(httpUrl.check(z.maxLength(2000))),
);

export const EventSourcesEnv = z.object({
  /** iCalendar feed URLs, comma-separated (e.g. a Google Calendar's public address in iCal format). */
  M4A_ICS_URLS: urlList,
  /** Action Network API key (Start Organizing → Details → API & Sync). Sent only to Action Network. */
  M4A_ACTION_NETWORK_KEY: z.optional(
    z.string().check(z.trim(), z.minLength(8, 'M4A_ACTION_NETWORK_KEY looks too short')),
  ),
  /** `0` keeps Action Network events out while the key still forwards signups. */
  M4A_ACTION_NETWORK_EVENTS: z._default(z.string(), '1'),
  M4A_ACTION_NETWORK_EVENTS_URL: z._default(httpUrl, ACTION_NETWORK_BASE_URL),
  /** Numeric Mobilize organization id. */
  M4A_MOBILIZE_ORG_ID: z.optional(z.coerce.number().check(z.int('M4A_MOBILIZE_ORG_ID must be a number'), z.positive())),
  M4A_MOBILIZE_URL: z._default(httpUrl, MOBILIZE_BASE_URL),
  /** Minutes between imports; 0 imports once at start only. */
  M4A_IMPORT_INTERVAL_MIN: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(24 * 60)), 60),
  /** Zone of sources that carry none (Action Network, floating calendar times), and of the demo events. */
  M4A_EVENTS_TIMEZONE: z._default(TimeZone, 'America/Chicago'),
  /** `0` keeps a fresh database empty instead of adding the Madison demo events. */
  M4A_SEED_DEMO: z._default(z.string(), '1'),
});
export type EventSourcesConfig = z.infer<typeof EventSourcesEnv>;

/** Reads the event settings; throws one readable line per bad variable. */
export function loadEventSourcesConfig(env: Record<string, string | undefined> = process.env): EventSourcesConfig {
  const parsed = EventSourcesEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid event source configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}
