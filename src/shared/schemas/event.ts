/**
 * Events (canvasses, phone banks, town halls, panels, rallies): the contract between `<m4a-event-list>` and every
 * event source, whether the reference server, an `events.json` on a static host, Mobilize straight from the
 * browser, or a partner's own backend.
 *
 * One `M4aEvent` is one occurrence: a Mobilize event with three upcoming timeslots, or a weekly calendar entry,
 * becomes several entries, each with its own stable `id`.
 */
import * as z from 'zod/mini';
import { HttpUrl, IsoDate, IsoDateTime, Zip, boundedText } from './common.js';

/** Kinds of event a visitor can filter on. Phone banks include text banks; rallies include demonstrations. */
export const EVENT_TYPES = [
  'canvass',
  'phone-bank',
  'town-hall',
  'panel',
  'rally',
  'meeting',
  'training',
  'other',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = (typeof EVENT_TYPES)[number];

/** Where an event came from. `reference` = created by an organizer on the reference server. */
export const EVENT_SOURCES = ['reference', 'mobilize', 'action-network', 'ics', 'static'] as const;
export const EventSource = z.enum(EVENT_SOURCES);
export type EventSource = (typeof EVENT_SOURCES)[number];

/**
 * How a visitor RSVPs: `inline` with the widget's form (`Backend.submitRsvp`), `link` on the event's own page
 * (`url`: Mobilize, Action Network), or `none` (drop-in events, calendar entries without a page).
 */
export const RSVP_MODES = ['inline', 'link', 'none'] as const;
export const RsvpMode = z.enum(RSVP_MODES);
export type RsvpMode = (typeof RSVP_MODES)[number];

/** Wheelchair / ADA accessibility of the venue, as the source states it. */
export const ACCESSIBILITY_STATUSES = ['accessible', 'not-accessible', 'unknown'] as const;
export const AccessibilityStatus = z.enum(ACCESSIBILITY_STATUSES);
export type AccessibilityStatus = (typeof ACCESSIBILITY_STATUSES)[number];

/** `only`: online events only; `exclude`: in-person only; absent: both. */
export const ONLINE_FILTERS = ['only', 'exclude'] as const;
export const OnlineFilter = z.enum(ONLINE_FILTERS);
export type OnlineFilter = (typeof ONLINE_FILTERS)[number];

/** Limits shared by every source, so one bad record cannot blow up a layout. */
export const EVENT_LIMITS = {
  title: 200,
  description: 5000,
  addressLine: 200,
  addressLines: 4,
  accessibilityNotes: 1000,
  id: 200,
} as const;

/** Radius used when a query gives a ZIP without `radiusMiles`. */
export const DEFAULT_RADIUS_MILES = 25;
export const MAX_RADIUS_MILES = 500;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const timeZoneCache = new Map<string, boolean>();

/** Whether the runtime knows this IANA time zone name (e.g. `America/Chicago`). */
export function isValidTimeZone(tz: string): boolean {
  let ok = timeZoneCache.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      ok = tz.length > 0;
    } catch {
      ok = false;
    }
    timeZoneCache.set(tz, ok);
  }
  return ok;
}

/** An IANA time zone name, e.g. `America/Chicago`. */
export const TimeZone = z.string().check(z.refine(isValidTimeZone, 'Use an IANA time zone name, like America/Chicago'));

const latitude = z.number().check(z.gte(-90), z.lte(90));
const longitude = z.number().check(z.gte(-180), z.lte(180));

export const EventLocation = z.object({
  /** Name of the place, e.g. "Madison Public Library – Central". */
  venue: z.optional(boundedText(EVENT_LIMITS.addressLine)),
  /** Street lines; empty when the address is private or unknown. */
  addressLines: z.array(boundedText(EVENT_LIMITS.addressLine)).check(z.maxLength(EVENT_LIMITS.addressLines)),
  locality: z.optional(boundedText(100)),
  /** State, two letters where the source gives them. */
  region: z.optional(boundedText(100)),
  postalCode: z.optional(boundedText(20)),
  /** Geocoded point of the venue; absent when the source has none. */
  lat: z.optional(latitude),
  lng: z.optional(longitude),
  /** The organizer hides the street address until people RSVP. */
  private: z.optional(z.boolean()),
});
export type EventLocation = z.infer<typeof EventLocation>;

export const EventAccessibility = z.object({
  status: z.optional(AccessibilityStatus),
  notes: z.optional(boundedText(EVENT_LIMITS.accessibilityNotes)),
});
export type EventAccessibility = z.infer<typeof EventAccessibility>;

/** A stable event id: `<source>:<source id>:<slot start>`, URL-safe. */
export const EventId = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(EVENT_LIMITS.id),
    z.regex(/^[A-Za-z0-9._:~-]+$/, 'Event ids use letters, digits and . _ : ~ - only'),
  );

export const M4aEvent = z
  .object({
    /** Stable across imports: source + source id + slot start. */
    id: EventId,
    source: EventSource,
    title: boundedText(EVENT_LIMITS.title).check(z.minLength(1, 'An event needs a title')),
    type: EventType,
    /** Start, ISO 8601 with the offset of `timezone` at that moment, e.g. `2026-12-05T10:00:00-06:00`. */
    start: IsoDateTime,
    /** End, same format; absent when the source gives none. */
    end: z.optional(IsoDateTime),
    /** Where the event happens in time: the IANA zone its times are shown in. */
    timezone: TimeZone,
    /**
     * A whole-day entry (calendar feeds): `start` is local midnight of the first day, `end` local midnight after
     * the last. Show dates only.
     */
    allDay: z.optional(z.boolean()),
    online: z.boolean(),
    /** In-person events; absent for online events and sources without one. */
    location: z.optional(EventLocation),
    /** Plain text or limited HTML (sanitize before rendering), at most 5,000 characters. May be empty. */
    description: z.string().check(z.maxLength(EVENT_LIMITS.description)),
    /** The event's own page (RSVP link-out, details). */
    url: z.optional(HttpUrl),
    rsvp: RsvpMode,
    /** Places in total, when the source limits them. */
    capacity: z.optional(z.number().check(z.int(), z.nonnegative())),
    /** No places left: RSVP is closed. */
    full: z.boolean(),
    accessibility: z.optional(EventAccessibility),
    imageUrl: z.optional(HttpUrl),
    /** Straight-line miles from the searched ZIP's centroid, when the query had a ZIP and the event a place. */
    distanceMiles: z.optional(z.number().check(z.nonnegative())),
  })
  .check(
    z.refine((e) => e.rsvp !== 'link' || e.url !== undefined, {
      message: 'An event with rsvp "link" needs a url',
      path: ['url'],
    }),
    z.refine((e) => e.end === undefined || Date.parse(e.end) >= Date.parse(e.start), {
      message: 'An event cannot end before it starts',
      path: ['end'],
    }),
  );
export type M4aEvent = z.infer<typeof M4aEvent>;

/** A calendar date (`2026-12-05`: that day in each event's own time zone) or an instant with offset. */
export const DateOrDateTime = z.union([IsoDate, IsoDateTime]);

/**
 * What a visitor searches for. In the REST contract these are the query parameters of `GET /events`
 * (`types` repeated, or comma-separated).
 */
export const EventQuery = z.object({
  types: z.optional(z.array(EventType).check(z.maxLength(EVENT_TYPES.length))),
  /** Near this ZIP: in-person events within `radiusMiles` (default 25) of its centroid, straight-line. */
  zip: z.optional(Zip),
  radiusMiles: z.optional(z.number().check(z.positive(), z.lte(MAX_RADIUS_MILES, `At most ${MAX_RADIUS_MILES} miles`))),
  /** Events starting at or after this (a date: from that day on, in each event's time zone). */
  from: z.optional(DateOrDateTime),
  /** Events starting at or before this (a date: through the end of that day). */
  to: z.optional(DateOrDateTime),
  online: z.optional(OnlineFilter),
  /** Opaque: the `next` of the previous page. */
  cursor: z.optional(z.string().check(z.maxLength(2000))),
  limit: z.optional(z.number().check(z.int(), z.positive(), z.lte(MAX_PAGE_SIZE))),
});
export type EventQuery = z.infer<typeof EventQuery>;

/** Upcoming events in start order. `next` is the cursor of the following page, `null` on the last one. */
export const EventPage = z.object({
  events: z.array(M4aEvent),
  next: z.nullable(z.string()),
  /** Matching events in all pages, when the source knows. */
  total: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type EventPage = z.infer<typeof EventPage>;

/** US phone number: 10 digits, optional +1, common separators. */
export const Phone = z
  .string()
  .check(
    z.trim(),
    z.regex(/^(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/, 'Enter a 10-digit phone number, like 608-555-0123'),
  );

/** An inline RSVP. Retries carry the same `Idempotency-Key` header so a repeat never books twice. */
export const RsvpRequest = z.object({
  eventId: EventId,
  firstName: boundedText(100).check(z.minLength(1, 'Enter your first name')),
  lastName: z.optional(boundedText(100)),
  email: z.email('Enter an email address, like name@example.org'),
  zip: Zip,
  phone: z.optional(Phone),
});
export type RsvpRequest = z.infer<typeof RsvpRequest>;
