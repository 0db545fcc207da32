/** The server importers' sources in their real formats mapped to M4aEvent: Action Network (OSDI), iCalendar. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapOsdiEvent } from '../../../server/events/action-network.js';
import { parseIcsFeed } from '../../../server/events/ics.js';
import { parsePlace } from '../../../server/events/address.js';
import { FIXTURE_NOW, fixture, fixtureJson } from './helpers.js';

const now = FIXTURE_NOW.getTime();

describe('Action Network (OSDI) mapping', () => {
  const all = () =>
    ['action-network-page-1.json', 'action-network-page-2.json'].flatMap((f) =>
      fixtureJson<{ _embedded: { 'osdi:events': unknown[] } }>(f)._embedded['osdi:events'].map((raw) =>
        mapOsdiEvent(raw, { now, timeZone: 'America/Chicago' }),
      ),
    );

  it('keeps confirmed public upcoming events; drops cancelled, hidden and past ones', () => {
    const results = all();
    assert.equal(results.filter((r) => r.skipped).length, 0);
    const titles = results.flatMap((r) => (r.event ? [r.event.event.title] : []));
    assert.deepEqual(titles, [
      'Town hall on healthcare with Dane County nurses',
      'Panel: what single payer means for nurses and patients',
      'Phone bank at the union hall',
      'Virtual letter-writing night',
    ]);
  });

  it('reads start_date as local wall time in the configured zone (Action Network sends local time with Z)', () => {
    const town = all().find((r) => r.event?.event.type === 'town-hall')!.event!;
    assert.equal(town.event.start, '2026-12-10T18:30:00-06:00');
    assert.equal(town.event.end, '2026-12-10T20:00:00-06:00');
    assert.equal(town.event.timezone, 'America/Chicago');
    assert.equal(town.sourceId, `3c2b1e4f-8a7d-4e51-9a0b-2f6d8c4e1a10:${Date.parse('2026-12-11T00:30:00Z') / 1000}`);
    assert.equal(town.event.id, `action-network:${town.sourceId}`);
    assert.equal(town.event.capacity, 120);
    assert.equal(town.event.full, false);
    assert.equal(town.event.rsvp, 'link');
    assert.match(town.event.description, /<strong>unsafe staffing/);
    assert.equal(town.event.location?.postalCode, '53711');
  });

  it('marks an event full when RSVPs reach capacity; an online venue makes it online; no end is fine', () => {
    const events = all().flatMap((r) => (r.event ? [r.event.event] : []));
    const phone = events.find((e) => e.title === 'Phone bank at the union hall')!;
    assert.equal(phone.full, true);
    assert.equal(phone.type, 'phone-bank');
    const letters = events.find((e) => e.title === 'Virtual letter-writing night')!;
    assert.equal(letters.online, true);
    assert.equal(letters.location, undefined);
    const panel = events.find((e) => e.type === 'panel')!;
    assert.equal(panel.end, undefined);
    assert.equal(panel.start, '2027-01-14T18:00:00-06:00');
  });

  it('takes an explicit numeric offset as the instant it names', () => {
    const r = mapOsdiEvent(
      {
        identifiers: ['action_network:abc'],
        title: 'Rally',
        start_date: '2026-12-20T12:00:00-05:00',
        browser_url: 'https://actionnetwork.org/events/x',
        location: { venue: 'Zoom' },
      },
      { now, timeZone: 'America/Chicago' },
    );
    assert.equal(r.event?.event.start, '2026-12-20T11:00:00-06:00');
    assert.equal(r.event?.event.type, 'rally');
  });
});

describe('iCalendar mapping', () => {
  const FEED = 'https://calendar.google.com/calendar/ical/m4amadison%40gmail.com/public/basic.ics';
  const parse = (at: string) =>
    parseIcsFeed(fixture('calendar.ics'), { feedUrl: FEED, now: Date.parse(at), defaultTimeZone: 'America/Chicago' });

  it('expands a weekly entry across the DST change, keeping 10:00 local time', () => {
    const { events, skipped } = parse('2026-10-20T00:00:00Z');
    assert.equal(skipped, 0);
    const sundays = events.filter((e) => e.event.title.startsWith('Sunday phone bank')).map((e) => e.event.start);
    assert.deepEqual(sundays.slice(0, 3), [
      '2026-10-25T10:00:00-05:00',
      '2026-11-01T10:00:00-06:00',
      '2026-11-08T10:00:00-06:00',
    ]);
    // The instants move by an hour in UTC: the wall clock does not.
    assert.equal(new Date(sundays[0]!).toISOString(), '2026-10-25T15:00:00.000Z');
    assert.equal(new Date(sundays[1]!).toISOString(), '2026-11-01T16:00:00.000Z');
  });

  it('honours EXDATE, a moved occurrence and a cancelled occurrence', () => {
    const starts = parse('2026-10-20T00:00:00Z').events.filter((e) => e.event.title.startsWith('Sunday phone bank'));
    const byDay = new Map(starts.map((e) => [e.event.start.slice(0, 10), e.event]));
    assert.equal(byDay.has('2026-12-27'), false, 'EXDATE');
    assert.equal(byDay.has('2026-11-22'), false, 'cancelled occurrence');
    assert.equal(byDay.get('2026-11-15')?.start, '2026-11-15T13:00:00-06:00');
    assert.equal(byDay.get('2026-11-15')?.title, 'Sunday phone bank (afternoon this week)');
    assert.equal(byDay.get('2027-01-31')?.start, '2027-01-31T10:00:00-06:00', 'UNTIL is inclusive');
    assert.equal(starts.length, 13);
    for (const e of starts) {
      assert.equal(e.event.online, true);
      assert.equal(e.event.type, 'phone-bank');
    }
  });

  it('gives every occurrence its own stable id: feed + UID + start', () => {
    const a = parse('2026-10-20T00:00:00Z').events.map((e) => e.event.id);
    const b = parse('2026-10-20T00:00:00Z').events.map((e) => e.event.id);
    assert.deepEqual(a, b);
    assert.equal(new Set(a).size, a.length);
    for (const id of a) assert.match(id, /^ics:[0-9a-f]{10}:[0-9a-f]{12}:\d+$/);
    const other = parseIcsFeed(fixture('calendar.ics'), {
      feedUrl: 'https://example.org/other.ics',
      now: Date.parse('2026-10-20T00:00:00Z'),
      defaultTimeZone: 'America/Chicago',
    });
    assert.notEqual(other.events[0]!.event.id, a[0]);
  });

  it('reads a UTC entry in the calendar zone, with place, point and page', () => {
    const town = parse('2026-12-01T00:00:00Z').events.find((e) => e.event.type === 'town-hall')!.event;
    assert.equal(town.start, '2026-12-14T18:30:00-06:00');
    assert.equal(town.end, '2026-12-14T20:00:00-06:00');
    assert.deepEqual(town.location, {
      venue: 'Madison Public Library – Central',
      addressLines: ['201 W Mifflin St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53703',
      lat: 43.0727,
      lng: -89.388,
    });
    assert.equal(town.url, 'https://m4amadison.org/events/town-hall-december');
    assert.equal(town.rsvp, 'link');
  });

  it('drops cancelled and past entries; keeps a whole-day entry as whole days', () => {
    const events = parse('2026-12-01T00:00:00Z').events.map((e) => e.event);
    assert.ok(!events.some((e) => /potluck|Fall canvass/.test(e.title)));
    const day = events.find((e) => e.allDay)!;
    assert.equal(day.start, '2027-01-23T00:00:00-06:00');
    assert.equal(day.end, '2027-01-24T00:00:00-06:00');
  });

  it('reads a TZID the feed does not define as an IANA zone', () => {
    const panel = parse('2026-12-01T00:00:00Z').events.find((e) => e.event.type === 'panel')!.event;
    assert.equal(panel.timezone, 'America/New_York');
    assert.equal(panel.start, '2027-01-12T19:00:00-05:00');
    assert.equal(panel.online, true);
  });

  it('rejects text that is not iCalendar', () => {
    assert.throws(() =>
      parseIcsFeed('<html>Not found</html>', {
        feedUrl: 'https://x.example/a.ics',
        now,
        defaultTimeZone: 'America/Chicago',
      }),
    );
  });
});

describe('place parsing', () => {
  it('splits a one-line US address; keeps anything else as the venue', () => {
    assert.deepEqual(parsePlace('Tenney Park Shelter, 1414 E Johnson St, Madison, WI 53703, USA'), {
      venue: 'Tenney Park Shelter',
      addressLines: ['1414 E Johnson St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53703',
    });
    assert.deepEqual(parsePlace('201 W Mifflin St, Madison, WI 53703'), {
      addressLines: ['201 W Mifflin St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53703',
    });
    assert.deepEqual(parsePlace('The big oak tree behind the library'), {
      venue: 'The big oak tree behind the library',
      addressLines: [],
    });
  });
});
