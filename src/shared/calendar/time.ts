/**
 * Time zones without a library: the runtime's Intl data does the zone rules (DST included), these helpers turn
 * instants into ISO strings with the right offset, wall-clock times into instants, and events into the labels the
 * event list shows (the event's own time, and the visitor's when it differs).
 */
import { localeFor } from '../locale.js';
import type { M4aEvent } from '../schemas/event.js';

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    // Not a display locale: only the numeric parts are read, and en-US gives them in a known shape.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading in `timeZone` at `instant` (ms since the epoch). */
export function wallTimeAt(instant: number, timeZone: string): Required<WallTime> {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour === 24 ? 0 : out.hour!,
    minute: out.minute!,
    second: out.second!,
  };
}

/** Minutes east of UTC in `timeZone` at `instant` (Chicago in winter: -360). */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  const w = wallTimeAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time in `timeZone` denotes. In the repeated hour when clocks fall back, the first
 * (daylight) reading wins; in the skipped hour when they spring forward, the time moves forward by the gap, the way
 * calendars treat it.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const before = offsetMinutesAt(asUtc - 86_400_000, timeZone);
  const after = offsetMinutesAt(asUtc + 86_400_000, timeZone);
  const candidates = [...new Set([before, after])].map((off) => asUtc - off * 60_000);
  const exact = candidates.filter((t) => offsetMinutesAt(t, timeZone) * 60_000 === asUtc - t).sort((a, b) => a - b);
  if (exact.length) return exact[0]!;
  // In the gap: no reading matches; keep the wall time's distance from the transition.
  return asUtc - Math.min(before, after) * 60_000;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** ISO 8601 with the zone's offset at that instant, to the second: `2026-11-01T10:00:00-06:00`. */
export function toZonedIso(instant: number, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  const offset = offsetMinutesAt(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offset)}`;
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function zonedDate(instant: number, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Instant of a `YYYY-MM-DDTHH:mm[:ss]` reading (any offset suffix ignored) taken as wall time in `timeZone`. */
export function localIsoToInstant(iso: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return wallTimeToInstant({ year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s }, timeZone);
}

/** When an event is over: its end, or its start when it gives no end (ms since the epoch). */
export function eventEnd(event: Pick<M4aEvent, 'start' | 'end'>): number {
  return Date.parse(event.end ?? event.start);
}

/** Whether an event is over at `now`. */
export function isPast(event: Pick<M4aEvent, 'start' | 'end'>, now: number): boolean {
  return eventEnd(event) <= now;
}

/** The visitor's time zone as the browser reports it (or the server's, in node). */
export function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface TimeLabel {
  /** e.g. "Saturday, December 5, 2026" / "sábado, 5 de diciembre de 2026". */
  date: string;
  /** e.g. "10:00 AM – 12:00 PM" (or "10:00 AM" without an end; dates included when the range spans days). */
  time: string;
  /** Short zone name, e.g. "CST" or "GMT-6". */
  zone: string;
  /** The IANA zone the label is in. */
  timeZone: string;
}

export interface EventTimeLabels {
  /** In the event's own time zone: what the organizer announced. */
  event: TimeLabel;
  /** In the visitor's time zone, only when its clock differs from the event's at that moment. */
  visitor?: TimeLabel;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build (about a millisecond each): one per locale, zone and options, reused. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

function zoneName(instant: number, timeZone: string, locale: string): string {
  const part = formatter(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

function label(start: number, end: number | undefined, timeZone: string, locale: string): TimeLabel {
  const dateFormat = formatter(locale, { timeZone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  const date = dateFormat.format(start);
  // The same calendar day in the zone exactly when its date reads the same (cheaper than two zonedDate calls).
  const sameDay = end === undefined || dateFormat.format(end) === date;
  const timeFormat = formatter(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
  });
  let time: string;
  if (end === undefined || end === start) time = timeFormat.format(start);
  else if (!sameDay) time = timeFormat.formatRange(start, end);
  else time = sameDayRange(timeFormat, start, end, `${locale}|${timeZone}`);
  return { date, time, zone: zoneName(start, timeZone, locale), timeZone };
}

const sameDayRanges = new Map<string, string>();

/**
 * A range within one day reads from its two ends alone (hour, minute, day period), so it is formatted once per pair
 * as read: `formatRange` costs about ten times a `format`.
 */
function sameDayRange(f: Intl.DateTimeFormat, start: number, end: number, zoneKey: string): string {
  const key = `${zoneKey}|${f.format(start)}|${f.format(end)}`;
  let range = sameDayRanges.get(key);
  if (range === undefined) {
    if (sameDayRanges.size > 5000) sameDayRanges.clear();
    sameDayRanges.set(key, (range = f.formatRange(start, end)));
  }
  return range;
}

/** Whole days: the dates only, the same for every visitor whatever their zone. */
function allDayLabel(start: number, end: number | undefined, timeZone: string, locale: string): TimeLabel {
  const f = formatter(locale, { timeZone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  // `end` is midnight after the last day: step back into that day.
  const last = end === undefined ? start : Math.max(start, end - 1);
  const date = zonedDate(start, timeZone) === zonedDate(last, timeZone) ? f.format(start) : f.formatRange(start, last);
  return { date, time: '', zone: '', timeZone };
}

/**
 * Date and time labels for an event: always in the event's time zone, plus the visitor's when the two clocks
 * differ at the event's start (an event in Chicago seen from Los Angeles). Pure: same inputs, same labels.
 */
export function formatEventTime(
  event: Pick<M4aEvent, 'start' | 'end' | 'timezone' | 'allDay'>,
  options: { lang: string; visitorTimeZone?: string },
): EventTimeLabels {
  const locale = localeFor(options.lang);
  const start = Date.parse(event.start);
  const end = event.end === undefined ? undefined : Date.parse(event.end);
  if (event.allDay) return { event: allDayLabel(start, end, event.timezone, locale) };
  const labels: EventTimeLabels = { event: label(start, end, event.timezone, locale) };
  const visitorZone = options.visitorTimeZone;
  if (
    visitorZone &&
    visitorZone !== event.timezone &&
    offsetMinutesAt(start, visitorZone) !== offsetMinutesAt(start, event.timezone)
  ) {
    labels.visitor = label(start, end, visitorZone, locale);
  }
  return labels;
}
