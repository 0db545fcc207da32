/**
 * The .ics file (RFC 5545) of one event, loaded when a visitor asks for it (card.ts draws only the button).
 *
 * Times keep the event's own zone: `DTSTART;TZID=America/Chicago:…` with a VTIMEZONE built from the runtime's Intl
 * zone rules (RFC 5545 requires one per TZID), covering the years the event spans, so calendar apps show the time
 * the organizer announced and move it correctly for visitors elsewhere. Whole-day entries use DATE values.
 */
import { offsetMinutesAt, wallTimeAt } from '../../shared/calendar/time.js';
import { basicDate, basicLocal, basicUtc, endDate, pad, type CalendarEntry } from './calendar.js';
const DAY_MS = 86_400_000;

/** `-0600`. */
function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.trunc(abs / 60))}${pad(abs % 60)}`;
}

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence or a
 * surrogate pair; continuation lines start with one space, which counts toward their 75.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Instants in [from, to) where the zone's UTC offset changes, found day by day then to the minute. */
function transitions(timeZone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let previous = offsetMinutesAt(from, timeZone);
  for (let t = from; t < to; t += DAY_MS) {
    const next = offsetMinutesAt(t + DAY_MS, timeZone);
    if (next === previous) continue;
    let lo = t;
    let hi = t + DAY_MS;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutesAt(mid, timeZone) === previous) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: previous, to: next });
    previous = next;
  }
  return out;
}

function zoneAbbreviation(instant: number, timeZone: string): string | undefined {
  // Not a display locale: the zone's short name is read in en-US, the form calendar files carry.
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,5}$/.test(name) ? name : undefined;
}

/**
 * A VTIMEZONE for `timeZone` valid from January 1 of the year `start` falls in through the end of the year `end`
 * falls in: the offset in force on that January 1, then every change in between. Zones without changes get one
 * STANDARD observance.
 */
export function vtimezone(timeZone: string, start: number, end: number): string[] {
  const from = Date.UTC(new Date(start).getUTCFullYear(), 0, 1) - DAY_MS;
  const to = Date.UTC(new Date(end).getUTCFullYear() + 1, 0, 1) + DAY_MS;
  const initial = offsetMinutesAt(from, timeZone);
  const changes = transitions(timeZone, from, to);
  const standard = Math.min(initial, ...changes.map((c) => c.to));
  const observance = (at: number, fromOffset: number, toOffset: number) => {
    const kind = toOffset > standard ? 'DAYLIGHT' : 'STANDARD';
    const w = new Date(at + fromOffset * 60_000);
    const name = zoneAbbreviation(at, timeZone);
    return [
      `BEGIN:${kind}`,
      `DTSTART:${basicLocal({
        year: w.getUTCFullYear(),
        month: w.getUTCMonth() + 1,
        day: w.getUTCDate(),
        hour: w.getUTCHours(),
        minute: w.getUTCMinutes(),
        second: w.getUTCSeconds(),
      })}`,
      `TZOFFSETFROM:${icsOffset(fromOffset)}`,
      `TZOFFSETTO:${icsOffset(toOffset)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(from, initial, initial),
    ...changes.flatMap((c) => observance(c.at, c.from, c.to)),
    'END:VTIMEZONE',
  ];
}

/** The whole `.ics` file for one event, CRLF line endings, folded. */
export function toIcs(entry: CalendarEntry, now: number): string {
  const start = Date.parse(entry.start);
  const end = entry.end === undefined ? undefined : Date.parse(entry.end);
  const tz = entry.timezone;
  const utc = tz === 'UTC' || tz === 'Etc/UTC';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//m4a-widgets//Event list//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  let when: string[];
  if (entry.allDay) {
    when = [`DTSTART;VALUE=DATE:${basicDate(start, tz)}`, `DTEND;VALUE=DATE:${endDate(start, end, tz)}`];
  } else if (utc) {
    when = [`DTSTART:${basicUtc(start)}`, ...(end !== undefined ? [`DTEND:${basicUtc(end)}`] : [])];
  } else {
    lines.push(...vtimezone(tz, start, end ?? start));
    const local = (instant: number) => `;TZID=${tz}:${basicLocal(wallTimeAt(instant, tz))}`;
    when = [`DTSTART${local(start)}`, ...(end !== undefined ? [`DTEND${local(end)}`] : [])];
  }
  const description = entry.url
    ? `${entry.description}${entry.description ? '\n\n' : ''}${entry.url}`
    : entry.description;
  lines.push(
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.id)}@m4a-widgets`,
    `DTSTAMP:${basicUtc(now)}`,
    ...when,
    `SUMMARY:${escapeText(entry.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    ...(entry.url ? [`URL:${entry.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  );
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name from the title: `door-to-door-canvass.ics`. */
export function icsFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'event'}.ics`;
}

/**
 * Hands the visitor an .ics file: a Blob behind a temporary download link. The link is added to `container` (the
 * widget's shadow root), so the host page's DOM is never touched.
 */
export function saveIcs(entry: CalendarEntry, container: Node): void {
  const url = URL.createObjectURL(new Blob([toIcs(entry, Date.now())], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(entry.title);
  link.hidden = true;
  container.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
