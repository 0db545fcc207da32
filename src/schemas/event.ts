/** Events (canvasses, town halls, panels, rallies). Owned by the event-list issue; this is the seed. */
import * as z from 'zod/mini';

export const EVENT_TYPES = ['canvass', 'phone-bank', 'town-hall', 'panel', 'rally', 'meeting', 'training', 'other'] as const;
export const EventType = z.enum(EVENT_TYPES);

export const M4aEvent = z.object({
  id: z.string(),
  title: z.string(),
  type: EventType,
  start: z.string(),
});
export type M4aEvent = z.infer<typeof M4aEvent>;

export const EventQuery = z.object({ cursor: z.optional(z.string()) });
export type EventQuery = z.infer<typeof EventQuery>;

export const EventPage = z.object({ events: z.array(M4aEvent), next: z.nullable(z.string()) });
export type EventPage = z.infer<typeof EventPage>;

export const RsvpRequest = z.object({ eventId: z.string(), email: z.string() });
export type RsvpRequest = z.infer<typeof RsvpRequest>;
