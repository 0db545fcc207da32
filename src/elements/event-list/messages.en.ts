/** Strings of `<m4a-event-list>`; the empty state's and the RSVP form's load with their chunks (./empty-messages.en.ts, ./rsvp-messages.en.ts). Spanish: ./messages.es.ts. */
import type { MessageKey, Translator } from '../../core/i18n.js';
import type { CoreKey } from '../../core/messages.en.js';
import type empty from './empty-messages.en.js';
import type rsvp from './rsvp-messages.en.js';

const en = {
  'list.label': 'Upcoming events',
  'count.loading': 'Loading events…',
  'count.updating': 'Updating the list…',
  'count.shown.one': 'Showing {count} event',
  'count.shown.other': 'Showing {count} events',
  'count.of.one': 'Showing {shown} of {count} event',
  'count.of.other': 'Showing {shown} of {count} events',
  'count.none': 'No events found',

  'filters.label': 'Find an event',
  'filters.type': 'Type of event',
  'filters.zip': 'ZIP code',
  'filters.zip.invalid': 'Enter a 5-digit ZIP code, like 53703.',
  'filters.zip.unknown': 'We could not find the ZIP code {zip}. Check it and try again.',
  'filters.radius': 'Within',
  'filters.radius.option.one': '{count} mile',
  'filters.radius.option.other': '{count} miles',
  'filters.format': 'Format',
  'filters.more': 'Format and dates',
  'filters.format.any': 'In person and online',
  'filters.format.in-person': 'In person only',
  'filters.format.online': 'Online only',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.dates.invalid': 'The “To” date must be on or after the “From” date.',
  'filters.apply': 'Search',
  'filters.clear': 'Clear filters',

  'type.canvass': 'Canvass',
  'type.phone-bank': 'Phone or text bank',
  'type.town-hall': 'Town hall',
  'type.panel': 'Panel',
  'type.rally': 'Rally or demonstration',
  'type.meeting': 'Meeting',
  'type.training': 'Training',
  'type.other': 'Other',

  'card.when': 'When',
  'card.where': 'Where',
  'card.access': 'Accessibility',
  'card.places': 'Places',
  'time.local': 'local time in {place}',
  'time.yours': 'Your time:',
  'place.online': 'Online',
  'place.private': 'The address is shared with people who RSVP.',
  'place.distance.one': '{miles} mile away',
  'place.distance.other': '{miles} miles away',
  'access.accessible': 'Wheelchair accessible',
  'access.not-accessible': 'Not wheelchair accessible',
  'access.unknown': 'Wheelchair access not confirmed',
  'capacity.one': 'Room for {count} person',
  'capacity.other': 'Room for {count} people',
  'full.badge': 'Full',
  'full.detail': 'This event is full.',
  'description.more': 'Show more',
  'description.less': 'Show less',
  'new-tab': '(opens in a new tab)',
  'rsvp.link': 'RSVP',
  'details.link': 'Event details',
  'calendar.ics': 'Add to calendar (.ics)',
  'calendar.google': 'Google Calendar',

  'more.load': 'Load more events',
  'more.loading': 'Loading more events…',
  'feature.events': 'list events',
} as const;
export default en;

/** What this widget's `t()` takes (besides the shared strings): these, the empty state's and the RSVP form's. */
export type EventListKey = MessageKey<typeof en> | MessageKey<typeof empty> | MessageKey<typeof rsvp>;
/** This widget's `t()`. */
export type T = Translator<EventListKey | CoreKey>;
