/** Mobilize's real format mapped to M4aEvent, and event types read from titles (shared by the backend and server). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { M4aEvent, EVENT_TYPES } from '../../../src/shared/schemas/event.js';
import {
  mapMobilizeEvents,
  parseMobilizeEnvelope,
  MobilizeResponseError,
} from '../../../src/shared/calendar/mobilize.js';
import {
  MOBILIZE_EVENT_TYPES,
  fromMobilizeType,
  inferEventType,
  toMobilizeTypes,
} from '../../../src/shared/calendar/types.js';
import { FIXTURE_NOW, fixtureJson } from '../../server/events/helpers.js';

const now = FIXTURE_NOW.getTime();
const mobilize = () => {
  const pages = ['mobilize-page-1.json', 'mobilize-page-2.json'].map((f) => parseMobilizeEnvelope(fixtureJson(f)));
  return mapMobilizeEvents(
    pages.flatMap((p) => p.data),
    { now },
  );
};
const byId = (events: M4aEvent[], id: string) => {
  const e = events.find((x) => x.id === id);
  assert.ok(e, `no event ${id} in ${events.map((x) => x.id).join(', ')}`);
  return e;
};

describe('Mobilize mapping', () => {
  it('reads every fixture event into valid M4aEvents, nothing skipped', () => {
    const { events, skipped } = mobilize();
    assert.equal(skipped, 0);
    for (const e of events) assert.ok(M4aEvent.safeParse(e).success, e.id);
    assert.deepEqual(
      events.map((e) => e.id),
      [
        'mobilize:601001:1796486400',
        'mobilize:601001:1797091200',
        'mobilize:601002:1796774400',
        'mobilize:601003:1796950800',
        'mobilize:601004:1797699600',
        'mobilize:601005:1799521200',
        'mobilize:601006:1800122400',
        'mobilize:601007:1797381000',
      ],
    );
  });

  it('lists each upcoming timeslot of a multi-slot event, drops the past one, keeps is_full per slot', () => {
    const slots = mobilize().events.filter((e) => e.id.startsWith('mobilize:601001:'));
    assert.equal(slots.length, 2);
    assert.deepEqual(
      slots.map((s) => [s.start, s.end, s.full]),
      [
        ['2026-12-05T10:00:00-06:00', '2026-12-05T13:00:00-06:00', false],
        ['2026-12-12T10:00:00-06:00', '2026-12-12T13:00:00-06:00', true],
      ],
    );
    const first = slots[0]!;
    assert.equal(first.type, 'canvass');
    assert.equal(first.timezone, 'America/Chicago');
    assert.equal(first.rsvp, 'link');
    assert.equal(first.url, 'https://www.mobilize.us/m4amadison/event/601001/');
    assert.deepEqual(first.location, {
      venue: 'Goodman Community Center',
      addressLines: ['149 Waubesa St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53704',
      lat: 43.0958,
      lng: -89.3495,
    });
    assert.equal(first.accessibility?.status, 'accessible');
    assert.match(first.accessibility?.notes ?? '', /Step-free entrance/);
    assert.equal(first.imageUrl, 'https://mobilize-uploads-prod.s3.amazonaws.com/branding/m4a-canvass.jpg');
  });

  it('maps a virtual event: online, no location, no image for an empty URL', () => {
    const e = byId(mobilize().events, 'mobilize:601002:1796774400');
    assert.equal(e.online, true);
    assert.equal(e.location, undefined);
    assert.equal(e.type, 'phone-bank');
    assert.equal(e.imageUrl, undefined);
    assert.equal(e.accessibility, undefined);
  });

  it('hides a private address: no street, no placeholder text, no point; city and ZIP kept', () => {
    const e = byId(mobilize().events, 'mobilize:601003:1796950800');
    assert.deepEqual(e.location, {
      addressLines: [],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53705',
      private: true,
    });
    assert.ok(!JSON.stringify(e).includes('address is private'));
    assert.equal(e.type, 'meeting');
    assert.equal(e.accessibility?.status, 'unknown');
  });

  it('keeps an in-person event whose geocode is null, without a point', () => {
    const e = byId(mobilize().events, 'mobilize:601004:1797699600');
    assert.equal(e.online, false);
    assert.equal(e.location?.lat, undefined);
    assert.equal(e.location?.venue, 'Garver Feed Mill');
  });

  it('maps an unknown (future) event_type to other', () => {
    assert.equal(byId(mobilize().events, 'mobilize:601004:1797699600').type, 'other');
    assert.equal(fromMobilizeType('SOMETHING_NEW'), 'other');
    assert.equal(fromMobilizeType(null), 'other');
    assert.equal(fromMobilizeType('toString'), 'other');
  });

  it('keeps the event zone: a New York town hall stays in New York time', () => {
    const e = byId(mobilize().events, 'mobilize:601005:1799521200');
    assert.equal(e.start, '2027-01-09T14:00:00-05:00');
    assert.equal(e.timezone, 'America/New_York');
    assert.equal(e.type, 'town-hall');
  });

  it('maps all 28 documented Mobilize event types, each to one of ours, and back', () => {
    const documented = [
      'CANVASS',
      'PHONE_BANK',
      'TEXT_BANK',
      'MEETING',
      'COMMUNITY',
      'FUNDRAISER',
      'MEET_GREET',
      'HOUSE_PARTY',
      'VOTER_REG',
      'TRAINING',
      'FRIEND_TO_FRIEND_OUTREACH',
      'DEBATE_WATCH_PARTY',
      'ADVOCACY_CALL',
      'RALLY',
      'TOWN_HALL',
      'OFFICE_OPENING',
      'BARNSTORM',
      'SOLIDARITY_EVENT',
      'COMMUNITY_CANVASS',
      'SIGNATURE_GATHERING',
      'CARPOOL',
      'WORKSHOP',
      'PETITION',
      'AUTOMATED_PHONE_BANK',
      'LETTER_WRITING',
      'LITERATURE_DROP_OFF',
      'VISIBILITY_EVENT',
      'OTHER',
    ];
    assert.equal(documented.length, 28);
    for (const t of documented) assert.ok(t in MOBILIZE_EVENT_TYPES, t);
    assert.equal(fromMobilizeType('TEXT_BANK'), 'phone-bank');
    assert.equal(fromMobilizeType('RALLY'), 'rally');
    assert.equal(fromMobilizeType('TOWN_HALL'), 'town-hall');
    for (const [mobilizeType, ours] of Object.entries(MOBILIZE_EVENT_TYPES)) {
      assert.ok((EVENT_TYPES as readonly string[]).includes(ours));
      assert.ok(toMobilizeTypes(ours).includes(mobilizeType as keyof typeof MOBILIZE_EVENT_TYPES));
    }
  });

  it('reads the error envelope as an error, and skips records that are not events', () => {
    assert.throws(
      () => parseMobilizeEnvelope({ data: null, error: { organization_id: { 0: ['A valid integer is required.'] } } }),
      MobilizeResponseError,
    );
    assert.throws(() => parseMobilizeEnvelope('<html>'), MobilizeResponseError);
    const r = mapMobilizeEvents([{ id: 'x' }, { id: 1, title: 'No slots', timeslots: [{ start_date: 'soon' }] }], {
      now,
    });
    assert.deepEqual(r, { events: [], skipped: 2 });
  });
});

describe('type inference', () => {
  it('reads our types from titles in English and Spanish, most specific first', () => {
    assert.equal(inferEventType('Phone bank training'), 'training');
    assert.equal(inferEventType('Canvass: East Side'), 'canvass');
    assert.equal(inferEventType('Banco telefónico'), 'phone-bank');
    assert.equal(inferEventType('Marcha por la salud'), 'rally');
    assert.equal(inferEventType('Foro comunitario'), 'town-hall');
    assert.equal(inferEventType(undefined, 'Potluck'), 'meeting');
    assert.equal(inferEventType('Cookout'), 'other');
  });
});
