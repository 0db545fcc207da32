/**
 * What an organizer sends to create or edit one of their events (`POST/PUT /api/admin/events`), and how it becomes
 * an M4aEvent: times are re-written in the event's own zone, an online event drops any address.
 */
import * as z from 'zod/mini';
import { HttpUrl, IsoDateTime, boundedText } from 'm4a-widgets/shared/schemas/common.js';
import {
  EVENT_LIMITS,
  EventAccessibility,
  EventLocation,
  EventType,
  M4aEvent,
  RsvpMode,
  TimeZone,
} from 'm4a-widgets/shared/schemas/event.js';
import { toZonedIso } from 'm4a-widgets/shared/calendar/time.js';
import { parseInput } from '../errors.js';

export const EventInput = z.object({
  title: boundedText(EVENT_LIMITS.title).check(z.minLength(1, 'An event needs a title')),
  type: EventType,
  /** Any offset; stored with the offset of `timezone`. */
  start: IsoDateTime,
  end: z.optional(IsoDateTime),
  timezone: TimeZone,
  allDay: z.optional(z.boolean()),
  online: z._default(z.boolean(), false),
  location: z.optional(EventLocation),
  description: z._default(z.string().check(z.maxLength(EVENT_LIMITS.description)), ''),
  url: z.optional(HttpUrl),
  /** Organizer-made events take RSVPs with the widget's form unless told otherwise. */
  rsvp: z._default(RsvpMode, 'inline'),
  capacity: z.optional(z.number().check(z.int(), z.nonnegative())),
  full: z._default(z.boolean(), false),
  accessibility: z.optional(EventAccessibility),
  imageUrl: z.optional(HttpUrl),
});
export type EventInput = z.infer<typeof EventInput>;

/** The stored event for an organizer's input; an InvalidInput naming the fields when it is not a valid event. */
export function referenceEvent(id: string, input: EventInput): M4aEvent {
  const { location, online, start, end, timezone, ...rest } = input;
  return parseInput(M4aEvent, {
    ...rest,
    id,
    source: 'reference',
    start: toZonedIso(Date.parse(start), timezone),
    ...(end !== undefined ? { end: toZonedIso(Date.parse(end), timezone) } : {}),
    timezone,
    online,
    ...(location && !online ? { location } : {}),
  });
}
