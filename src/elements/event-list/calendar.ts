/**
 * "Add to calendar": a Google Calendar link for one event, drawn with each card, and what the event's .ics file
 * (ics.ts, a chunk loaded when a visitor asks for the file) shares with it: the entry and its date forms.
 */
import { wallTimeAt } from '../../shared/calendar/time.js';

/** What goes into a calendar entry; text fields are plain text (the widget strips any HTML first). */
export interface CalendarEntry {
  /** Stable id of the occurrence; becomes the UID, so adding the same event twice updates one entry. */
  id: string;
  title: string;
  /** ISO 8601 with offset. */
  start: string;
  end?: string | undefined;
  /** IANA zone of the event. */
  timezone: string;
  allDay?: boolean | undefined;
  description: string;
  location: string;
  url?: string | undefined;
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261205T100000` from wall-clock parts. */
export function basicLocal(w: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** `20261205T160000Z`. */
export function basicUtc(instant: number): string {
  const d = new Date(instant);
  return `${basicLocal({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  })}Z`;
}

/** `20261205` for the calendar day an instant falls on in `timeZone`. */
export function basicDate(instant: number, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
}

/**
 * The exclusive end date of a whole-day entry: the source's end (local midnight after the last day), or the day
 * after the start when it gives none. Counted in calendar days, not 24-hour steps, so DST days stay whole.
 */
export function endDate(start: number, end: number | undefined, timeZone: string): string {
  if (end !== undefined && end > start) return basicDate(end, timeZone);
  const w = wallTimeAt(start, timeZone);
  const next = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
  return `${pad(next.getUTCFullYear(), 4)}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`;
}

/** Google's long-standing "create event" link; `ctz` keeps the event's zone. Details are shortened for URL limits. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const start = Date.parse(entry.start);
  const end = entry.end === undefined ? undefined : Date.parse(entry.end);
  let dates: string;
  if (entry.allDay) {
    dates = `${basicDate(start, entry.timezone)}/${endDate(start, end, entry.timezone)}`;
  } else {
    dates = `${basicUtc(start)}/${basicUtc(end ?? start)}`;
  }
  const details = entry.description.length > 1500 ? `${entry.description.slice(0, 1499)}…` : entry.description;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: entry.title,
    dates,
    ctz: entry.timezone,
    details: entry.url ? `${details}${details ? '\n\n' : ''}${entry.url}` : details,
  });
  if (entry.location) params.set('location', entry.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}
