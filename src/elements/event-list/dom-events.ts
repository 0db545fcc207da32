/** Events `<m4a-event-list>` dispatches for host analytics. Neither carries personal data. */
import { M4aWidgetEvent } from '../../core/dom-events.js';

/**
 * How an RSVP went: `link` the visitor followed the RSVP link to the event's own page; `sent` an inline RSVP was
 * accepted; `queued` it was saved on the device and will be sent when the connection is back.
 */
export const RSVP_STATUSES = ['link', 'sent', 'queued'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

/** `m4a-event-rsvp`: a visitor RSVPed (or left for the event's page to do so). */
export class M4aEventRsvpEvent extends M4aWidgetEvent<{ eventId: string; status: RsvpStatus }> {
  static readonly type = 'm4a-event-rsvp';
  constructor(detail: { eventId: string; status: RsvpStatus }) {
    super(M4aEventRsvpEvent.type, detail);
  }
}

/**
 * `m4a-events-filtered`: the list was updated after the visitor changed a filter. `count` is the number of matching
 * events when the backend reports it, else the number on the first page.
 */
export class M4aEventsFilteredEvent extends M4aWidgetEvent<{ count: number }> {
  static readonly type = 'm4a-events-filtered';
  constructor(detail: { count: number }) {
    super(M4aEventsFilteredEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'm4a-event-rsvp': M4aEventRsvpEvent;
    'm4a-events-filtered': M4aEventsFilteredEvent;
  }
}
