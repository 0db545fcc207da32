import { expect, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { configStore } from '../../../src/core/config.js';
import { googleCalendarUrl, type CalendarEntry } from '../../../src/elements/event-list/calendar.js';
import { foldLine, icsFileName, toIcs } from '../../../src/elements/event-list/ics.js';
import { card, mount, resetUrl, useStatic } from './helpers.js';

const NOW = Date.parse('2030-10-01T12:00:00Z');

/** Parses an .ics file the way calendar apps do (ical.js), with its own VTIMEZONEs, and returns the one event. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const entry = (over: Partial<CalendarEntry> = {}): CalendarEntry => ({
  id: 'static:canvass-east:1',
  title: 'Door-to-door canvass',
  start: '2030-11-02T10:00:00-05:00',
  end: '2030-11-02T13:00:00-05:00',
  timezone: 'America/Chicago',
  description: 'Knock doors.',
  location: 'Goodman Community Center, 149 Waubesa St, Madison, WI 53704',
  url: 'https://www.mobilize.us/m4amadison/event/601001/',
  ...over,
});

describe('event-list calendar: .ics (RFC 5545)', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('keeps the event’s zone (TZID + VTIMEZONE) and parses back to the same instants', () => {
    const ics = toIcs(entry(), NOW);
    expect(ics).to.contain('DTSTART;TZID=America/Chicago:20301102T100000\r\n');
    expect(ics).to.contain('DTEND;TZID=America/Chicago:20301102T130000\r\n');
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).to.equal('America/Chicago');
    expect(event.startDate.toUnixTime()).to.equal(Date.parse('2030-11-02T10:00:00-05:00') / 1000);
    expect(event.endDate.toUnixTime()).to.equal(Date.parse('2030-11-02T13:00:00-05:00') / 1000);
    expect(event.startDate.zone.tzid).to.equal('America/Chicago');
    expect(event.uid).to.equal('static:canvass-east:1@m4a-widgets');
    expect(event.summary).to.equal('Door-to-door canvass');
    expect(event.location).to.equal('Goodman Community Center, 149 Waubesa St, Madison, WI 53704');
    expect(event.description).to.equal('Knock doors.\n\nhttps://www.mobilize.us/m4amadison/event/601001/');
  });

  it('gets both sides of a DST change right, including an event spanning it', () => {
    for (const [start, end, timezone] of [
      ['2030-11-02T22:00:00-05:00', '2030-11-03T03:00:00-06:00', 'America/Chicago'],
      ['2030-03-10T01:30:00-08:00', '2030-03-10T03:30:00-07:00', 'America/Los_Angeles'],
      ['2030-04-06T20:00:00+11:00', '2030-04-07T10:00:00+10:00', 'Australia/Sydney'],
      ['2030-12-10T10:00:00-07:00', '2030-12-10T11:00:00-07:00', 'America/Phoenix'],
      ['2030-12-10T10:00:00+05:30', '2030-12-10T11:00:00+05:30', 'Asia/Kolkata'],
    ] as const) {
      const { event } = parse(toIcs(entry({ start, end, timezone }), NOW));
      expect(event.startDate.toUnixTime(), `${timezone} start`).to.equal(Date.parse(start) / 1000);
      expect(event.endDate.toUnixTime(), `${timezone} end`).to.equal(Date.parse(end) / 1000);
      ICAL.TimezoneService.reset();
    }
  });

  it('writes whole-day entries as dates, with an exclusive end', () => {
    const ics = toIcs(
      entry({ start: '2030-11-16T00:00:00-06:00', end: '2030-11-17T00:00:00-06:00', allDay: true }),
      NOW,
    );
    expect(ics).to.contain('DTSTART;VALUE=DATE:20301116\r\n');
    expect(ics).to.contain('DTEND;VALUE=DATE:20301117\r\n');
    expect(ics).not.to.contain('VTIMEZONE');
    expect(parse(ics).event.startDate.isDate).to.equal(true);
  });

  it('writes UTC events with Z times and events without an end without DTEND', () => {
    const ics = toIcs(entry({ start: '2030-11-02T15:00:00+00:00', end: undefined, timezone: 'UTC' }), NOW);
    expect(ics).to.contain('DTSTART:20301102T150000Z\r\n');
    expect(ics).not.to.contain('DTEND');
    expect(parse(ics).event.startDate.toUnixTime()).to.equal(Date.parse('2030-11-02T15:00:00Z') / 1000);
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    const title = 'Asamblea pública; salud, “para todos”\\ — ¿quién paga? '.repeat(4).trim();
    const description = 'Línea uno,\nlínea dos; ✊🏽 juntos';
    const ics = toIcs(entry({ title, description, url: undefined }), NOW);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics).to.contain('SUMMARY:Asamblea pública\\; salud\\, “para todos”\\\\');
    const { event } = parse(ics);
    expect(event.summary).to.equal(title);
    expect(event.description).to.equal(description);
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
  });

  it('names the file after the event and links to Google Calendar in the event’s zone', () => {
    expect(icsFileName('Town hall: ¿Qué es Medicare para Todos?')).to.equal('town-hall-que-es-medicare-para-todos.ics');
    expect(icsFileName('✊✊✊')).to.equal('event.ics');
    const url = new URL(googleCalendarUrl(entry()));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal('Door-to-door canvass');
    expect(url.searchParams.get('dates')).to.equal('20301102T150000Z/20301102T180000Z');
    expect(url.searchParams.get('ctz')).to.equal('America/Chicago');
    expect(url.searchParams.get('location')).to.equal('Goodman Community Center, 149 Waubesa St, Madison, WI 53704');
    expect(url.searchParams.get('details')).to.equal(
      'Knock doors.\n\nhttps://www.mobilize.us/m4amadison/event/601001/',
    );
    const allDay = new URL(
      googleCalendarUrl(entry({ start: '2030-11-16T00:00:00-06:00', end: '2030-11-17T00:00:00-06:00', allDay: true })),
    );
    expect(allDay.searchParams.get('dates')).to.equal('20301116/20301117');
  });
});

describe('event-list calendar: from a card', () => {
  const created: Blob[] = [];
  const original = URL.createObjectURL;
  beforeEach(() => {
    useStatic();
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
  });
  afterEach(() => {
    URL.createObjectURL = original;
    created.length = 0;
    configStore.reset();
    resetUrl();
    ICAL.TimezoneService.reset();
  });

  it('downloads an .ics file for the event and links to Google Calendar', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Los_Angeles" url-sync="off"></m4a-event-list>`);
    const townHall = card(el, 'static:town-hall:1');
    const clicks: HTMLAnchorElement[] = [];
    const listener = (e: Event) => clicks.push(e.target as HTMLAnchorElement);
    el.shadowRoot!.addEventListener('click', listener, true);
    townHall.querySelector<HTMLButtonElement>('.calendar button')!.click();
    // The file's code loads on demand (ics.ts): the link is clicked once it has arrived.
    await waitUntil(() => created.length === 1, 'no file made');
    el.shadowRoot!.removeEventListener('click', listener, true);
    const link = clicks.find((a) => a instanceof HTMLAnchorElement)!;
    expect(link.download).to.equal('town-hall-what-medicare-for-all-means-for-wisconsin-families.ics');
    expect(link.isConnected).to.equal(false);
    expect(created[0]!.type).to.equal('text/calendar;charset=utf-8');
    const { event } = parse(await created[0]!.text());
    expect(event.summary).to.equal('Town hall: what Medicare for All means for Wisconsin families');
    expect(event.startDate.toUnixTime()).to.equal(Date.parse('2030-11-04T18:00:00-06:00') / 1000);
    expect(event.startDate.zone.tzid).to.equal('America/Chicago');
    expect(event.location).to.equal('Madison Public Library – Central, 201 W Mifflin St, Madison, WI 53703');
    expect(event.description).to.contain('Hear from nurses & doctors about guaranteed care.');
    expect(event.description).not.to.contain('<');
    const google = new URL(townHall.querySelector<HTMLAnchorElement>('.calendar a')!.href);
    expect(google.searchParams.get('ctz')).to.equal('America/Chicago');
    expect(google.searchParams.get('dates')).to.equal('20301105T000000Z/20301105T013000Z');
    const online = new URL(card(el, 'static:phone-bank:1').querySelector<HTMLAnchorElement>('.calendar a')!.href);
    expect(online.searchParams.get('location')).to.equal('Online');
  });
});
