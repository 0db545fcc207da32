/** Time zones: event time and visitor time labels, DST, wall time ⇄ instants. Pure code the widget also uses. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatEventTime,
  localIsoToInstant,
  offsetMinutesAt,
  toZonedIso,
  wallTimeToInstant,
  zonedDate,
} from '../../../src/shared/calendar/time.js';

const CHICAGO = 'America/Chicago';
const LA = 'America/Los_Angeles';
/** Intl separates with narrow and thin no-break spaces; compare with plain ones. */
const plain = (s: string | undefined) => s?.replace(/[\u00a0\u2009\u202f]/g, ' ');
const canvass = { start: '2026-12-05T10:00:00-06:00', end: '2026-12-05T13:00:00-06:00', timezone: CHICAGO };

describe('formatEventTime', () => {
  it('shows a Chicago event in Chicago time and, labelled apart, in the Los Angeles visitor’s time', () => {
    const labels = formatEventTime(canvass, { lang: 'en', visitorTimeZone: LA });
    assert.equal(labels.event.date, 'Saturday, December 5, 2026');
    assert.equal(plain(labels.event.time), '10:00 AM – 1:00 PM');
    assert.equal(labels.event.zone, 'CST');
    assert.equal(labels.event.timeZone, CHICAGO);
    assert.ok(labels.visitor);
    assert.equal(plain(labels.visitor.time), '8:00 – 11:00 AM');
    assert.equal(labels.visitor.zone, 'PST');
    assert.equal(labels.visitor.date, 'Saturday, December 5, 2026');
  });

  it('says it in Spanish, with zone names US readers know', () => {
    const labels = formatEventTime(canvass, { lang: 'es', visitorTimeZone: LA });
    assert.equal(labels.event.date, 'sábado, 5 de diciembre de 2026');
    assert.equal(plain(labels.event.time), '10:00 a.m. – 1:00 p.m.');
    assert.equal(labels.event.zone, 'CST');
    assert.equal(labels.visitor?.zone, 'PST');
  });

  it('adds no visitor label when the visitor’s clock reads the same (same zone, or another zone with the same offset)', () => {
    assert.equal(formatEventTime(canvass, { lang: 'en', visitorTimeZone: CHICAGO }).visitor, undefined);
    assert.equal(formatEventTime(canvass, { lang: 'en', visitorTimeZone: 'America/Winnipeg' }).visitor, undefined);
    assert.equal(formatEventTime(canvass, { lang: 'en' }).visitor, undefined);
  });

  it('moves the visitor’s date when the time zone change crosses midnight', () => {
    const late = { start: '2026-12-05T23:30:00-06:00', end: '2026-12-06T00:30:00-06:00', timezone: CHICAGO };
    const labels = formatEventTime(late, { lang: 'en', visitorTimeZone: 'Europe/Madrid' });
    assert.equal(labels.event.date, 'Saturday, December 5, 2026');
    assert.equal(plain(labels.event.time), 'Dec 5, 11:30 PM – Dec 6, 12:30 AM');
    assert.equal(labels.visitor?.date, 'Sunday, December 6, 2026');
  });

  it('shows whole-day entries as dates only, the same for everyone', () => {
    const day = {
      start: '2027-01-23T00:00:00-06:00',
      end: '2027-01-25T00:00:00-06:00',
      timezone: CHICAGO,
      allDay: true,
    };
    const labels = formatEventTime(day, { lang: 'en', visitorTimeZone: LA });
    assert.equal(labels.event.time, '');
    assert.match(labels.event.date, /January 23.*24, 2027/);
    assert.equal(labels.visitor, undefined);
  });
});

describe('zone arithmetic', () => {
  it('keeps 10:00 local across the 2026-11-01 fall-back in Chicago', () => {
    const oct25 = wallTimeToInstant({ year: 2026, month: 10, day: 25, hour: 10, minute: 0 }, CHICAGO);
    const nov1 = wallTimeToInstant({ year: 2026, month: 11, day: 1, hour: 10, minute: 0 }, CHICAGO);
    assert.equal(toZonedIso(oct25, CHICAGO), '2026-10-25T10:00:00-05:00');
    assert.equal(toZonedIso(nov1, CHICAGO), '2026-11-01T10:00:00-06:00');
    // A week of wall time is a week and an hour of real time across the change.
    assert.equal(nov1 - oct25, 7 * 86_400_000 + 3_600_000);
  });

  it('resolves the repeated hour to its first reading and the skipped hour forward', () => {
    assert.equal(
      toZonedIso(wallTimeToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, CHICAGO), CHICAGO),
      '2026-11-01T01:30:00-05:00',
    );
    assert.equal(
      toZonedIso(wallTimeToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, CHICAGO), CHICAGO),
      '2026-03-08T03:30:00-05:00',
    );
  });

  it('handles half-hour offsets and zones without DST', () => {
    const t = wallTimeToInstant({ year: 2026, month: 7, day: 1, hour: 12, minute: 0 }, 'Asia/Kolkata');
    assert.equal(toZonedIso(t, 'Asia/Kolkata'), '2026-07-01T12:00:00+05:30');
    assert.equal(offsetMinutesAt(Date.parse('2026-07-01T00:00:00Z'), 'America/Phoenix'), -420);
    assert.equal(offsetMinutesAt(Date.parse('2026-01-01T00:00:00Z'), 'America/Phoenix'), -420);
  });

  it('reads a wall-clock ISO string in a zone, ignoring its suffix', () => {
    assert.equal(localIsoToInstant('2026-12-10T18:30:00Z', CHICAGO), Date.parse('2026-12-11T00:30:00Z'));
    assert.equal(localIsoToInstant('2026-12-10', CHICAGO), Date.parse('2026-12-10T06:00:00Z'));
    assert.equal(localIsoToInstant('soon', CHICAGO), undefined);
  });

  it('gives the calendar date in the zone', () => {
    assert.equal(zonedDate(Date.parse('2026-12-06T03:00:00Z'), CHICAGO), '2026-12-05');
    assert.equal(zonedDate(Date.parse('2026-12-06T03:00:00Z'), 'UTC'), '2026-12-06');
  });
});
