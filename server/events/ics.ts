/**
 * iCalendar feeds (a chapter's public Google Calendar, any RFC 5545 `.ics` URL) read with ical.js: recurring
 * entries are expanded into their dates (EXDATE, moved and cancelled occurrences honoured), times keep their
 * zone (the feed's VTIMEZONE rules; a TZID the feed does not define is read as an IANA name), and whole-day
 * entries stay whole days.
 */
import ICAL from 'ical.js';
import { createHash } from 'node:crypto';
import { EVENT_LIMITS, M4aEvent, isValidTimeZone } from 'm4a-widgets/shared/schemas/event.js';
import { clip, httpUrl, nonEmpty } from 'm4a-widgets/shared/calendar/text.js';
import { toZonedIso, wallTimeToInstant } from 'm4a-widgets/shared/calendar/time.js';
import { inferEventType } from 'm4a-widgets/shared/calendar/types.js';
import { ONLINE_PLACE, parsePlace } from './address.js';
import type { ImportedEvent } from './store.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;

export interface IcsOptions {
  /** The feed's URL: part of every id, so two feeds never collide. */
  feedUrl: string;
  /** Current time (ms). Occurrences that have ended are left out. */
  now: number;
  /** Zone for UTC and floating times when the feed names none (X-WR-TIMEZONE). */
  defaultTimeZone: string;
  /** How far ahead recurring entries are expanded. */
  horizonDays?: number;
  /** Recurrence steps per entry at most (a daily entry from years ago stays cheap). */
  maxSteps?: number;
}

export interface IcsResult {
  events: ImportedEvent[];
  skipped: number;
}

/** Windows zone names some calendar programs write as TZID. */
const WINDOWS_ZONES: Record<string, string> = {
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'SA Western Standard Time': 'America/Puerto_Rico',
};

const shortHash = (s: string, length: number) => createHash('sha256').update(s).digest('hex').slice(0, length);

/** Short, stable key of a feed URL (ids, feed names in the database). */
export const icsFeedKey = (feedUrl: string) => shortHash(feedUrl.trim(), 10);

/** The IANA name behind a TZID: itself, the VTIMEZONE's X-LIC-LOCATION, a path's last `Area/City`, or a Windows name. */
function ianaName(tzid: string | undefined, calendar: Component): string | undefined {
  if (!tzid) return undefined;
  if (isValidTimeZone(tzid) && tzid.includes('/')) return tzid;
  const vtz = calendar.getAllSubcomponents('vtimezone').find((c) => c.getFirstPropertyValue('tzid') === tzid);
  const location = vtz?.getFirstPropertyValue('x-lic-location');
  if (typeof location === 'string' && isValidTimeZone(location)) return location;
  const tail = tzid.split('/').slice(-2).join('/');
  if (tail.includes('/') && isValidTimeZone(tail)) return tail;
  return WINDOWS_ZONES[tzid];
}

interface Zoned {
  instant: number;
  allDay: boolean;
}

/**
 * The instant of an ical.js time. UTC and VTIMEZONE-defined zones are converted by ical.js; floating times and
 * TZIDs the feed does not define are wall-clock times in `zone`.
 */
function instantOf(time: Time, zone: string): Zoned {
  if (time.isDate) {
    return {
      instant: wallTimeToInstant({ year: time.year, month: time.month, day: time.day, hour: 0, minute: 0 }, zone),
      allDay: true,
    };
  }
  const tzid = time.zone?.tzid;
  if (tzid && tzid !== 'floating') return { instant: time.toUnixTime() * 1000, allDay: false };
  return {
    instant: wallTimeToInstant(
      { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second },
      zone,
    ),
    allDay: false,
  };
}

const text = (c: Component, name: string): string | undefined => {
  const v = c.getFirstPropertyValue(name);
  return typeof v === 'string' ? v : undefined;
};

const cancelled = (c: Component) => text(c, 'status')?.toUpperCase() === 'CANCELLED';

/** Reads a feed; throws when the text is not iCalendar at all. Entries that cannot be read are counted, not fatal. */
export function parseIcsFeed(source: string, options: IcsOptions): IcsResult {
  const { now, horizonDays = 365, maxSteps = 5000 } = options;
  const calendar = new ICAL.Component(ICAL.parse(source));
  if (calendar.name !== 'vcalendar') throw new Error('Not an iCalendar feed (no VCALENDAR)');
  const wrTz = text(calendar, 'x-wr-timezone');
  const calendarZone = wrTz && isValidTimeZone(wrTz) ? wrTz : options.defaultTimeZone;
  const horizon = now + horizonDays * 86_400_000;
  const feedKey = icsFeedKey(options.feedUrl);

  const masters = new Map<string, Component>();
  const exceptions = new Map<string, Component[]>();
  const orphans: Component[] = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const uid = text(vevent, 'uid');
    if (!uid) {
      orphans.push(vevent);
    } else if (vevent.hasProperty('recurrence-id')) {
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
    } else {
      masters.set(uid, vevent);
    }
  }
  for (const [uid, list] of exceptions) if (!masters.has(uid)) orphans.push(...list);

  const result: IcsResult = { events: [], skipped: 0 };
  const zoneOf = (c: Component) => {
    const tzid = c.getFirstProperty('dtstart')?.getParameter('tzid');
    return ianaName(typeof tzid === 'string' ? tzid : undefined, calendar) ?? calendarZone;
  };

  const emit = (item: IcalEvent, start: Time, end: Time | undefined, uid: string) => {
    if (cancelled(item.component)) return;
    const zone = zoneOf(item.component);
    const s = instantOf(start, zone);
    const e = end ? instantOf(end, zone) : undefined;
    const endMs = e && e.instant > s.instant ? e.instant : undefined;
    if ((endMs ?? s.instant) <= now || s.instant > horizon) return;
    const event = toM4aEvent(item.component, { uid, feedKey, zone, start: s.instant, end: endMs, allDay: s.allDay });
    if (event) result.events.push(event);
    else result.skipped++;
  };

  for (const [uid, master] of masters) {
    try {
      if (cancelled(master)) continue;
      const event = new ICAL.Event(master, { exceptions: exceptions.get(uid) ?? [] });
      if (!event.isRecurring()) {
        emit(
          event,
          event.startDate,
          master.hasProperty('dtend') || master.hasProperty('duration') ? event.endDate : undefined,
          uid,
        );
        continue;
      }
      const hasEnd = master.hasProperty('dtend') || master.hasProperty('duration');
      const iterator = event.iterator();
      for (let step = 0, next = iterator.next(); next && step < maxSteps; step++, next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        const itemHasEnd =
          details.item === event
            ? hasEnd
            : details.item.component.hasProperty('dtend') || details.item.component.hasProperty('duration');
        if (instantOf(details.startDate, zoneOf(details.item.component)).instant > horizon) break;
        emit(details.item, details.startDate, itemHasEnd ? details.endDate : undefined, uid);
      }
    } catch {
      result.skipped++;
    }
  }
  for (const orphan of orphans) {
    try {
      const event = new ICAL.Event(orphan);
      const uid = text(orphan, 'uid') ?? `${text(orphan, 'summary') ?? ''}@${event.startDate?.toString() ?? ''}`;
      emit(
        event,
        event.startDate,
        orphan.hasProperty('dtend') || orphan.hasProperty('duration') ? event.endDate : undefined,
        uid,
      );
    } catch {
      result.skipped++;
    }
  }
  return result;
}

interface Occurrence {
  uid: string;
  feedKey: string;
  zone: string;
  start: number;
  end: number | undefined;
  allDay: boolean;
}

function toM4aEvent(c: Component, o: Occurrence): ImportedEvent | undefined {
  const title = nonEmpty(text(c, 'summary'), EVENT_LIMITS.title);
  if (!title) return undefined;
  const place = nonEmpty(text(c, 'location'), 500);
  const online =
    (place !== undefined && ONLINE_PLACE.test(place)) ||
    c.hasProperty('conference') ||
    c.hasProperty('x-google-conference');
  const location = place && !online ? parsePlace(place) : undefined;
  const geo = c.getFirstPropertyValue('geo');
  if (location && Array.isArray(geo) && typeof geo[0] === 'number' && typeof geo[1] === 'number') {
    location.lat = geo[0];
    location.lng = geo[1];
  }
  const categories = c
    .getAllProperties('categories')
    .flatMap((p) => p.getValues())
    .filter((v): v is string => typeof v === 'string');
  const url = httpUrl(text(c, 'url'));
  const sourceId = `${o.feedKey}:${shortHash(o.uid, 12)}:${Math.floor(o.start / 1000)}`;
  const candidate = {
    id: `ics:${sourceId}`,
    source: 'ics',
    title,
    type: inferEventType(categories.join(' '), title),
    start: toZonedIso(o.start, o.zone),
    ...(o.end !== undefined ? { end: toZonedIso(o.end, o.zone) } : {}),
    timezone: o.zone,
    ...(o.allDay ? { allDay: true } : {}),
    online,
    ...(location ? { location } : {}),
    description: clip(text(c, 'description'), EVENT_LIMITS.description),
    ...(url ? { url } : {}),
    rsvp: url ? 'link' : 'none',
    full: false,
  };
  const parsed = M4aEvent.safeParse(candidate);
  return parsed.success ? { event: parsed.data, sourceId } : undefined;
}
