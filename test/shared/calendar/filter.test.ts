/** EventQuery on an array (static and partner backends), the query ⇄ URL parameters, and distance. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventQuery, type M4aEvent } from '../../../src/shared/schemas/event.js';
import { filterEvents, pageEvents, queryEvents } from '../../../src/shared/calendar/filter.js';
import { eventQueryFromParams, eventQueryToParams } from '../../../src/shared/calendar/query.js';
import { haversineMiles } from '../../../src/shared/calendar/distance.js';
import { mapMobilizeEvents, parseMobilizeEnvelope } from '../../../src/shared/calendar/mobilize.js';
import { zipCentroid } from '../../../server/events/zips.js';
import { FIXTURE_NOW, fixtureJson } from '../../server/events/helpers.js';

const now = FIXTURE_NOW.getTime();
const events: M4aEvent[] = mapMobilizeEvents(
  ['mobilize-page-1.json', 'mobilize-page-2.json'].flatMap((f) => parseMobilizeEnvelope(fixtureJson(f)).data),
  { now },
).events;
const titles = (list: M4aEvent[]) => list.map((e) => e.id);
const madison = zipCentroid('53703')!;
const pointOf = (e: M4aEvent) =>
  e.location?.lat !== undefined
    ? { lat: e.location.lat, lng: e.location.lng! }
    : e.location?.postalCode
      ? zipCentroid(e.location.postalCode)
      : undefined;

describe('filterEvents', () => {
  it('sorts what a source lists out of order, and events starting together by id', () => {
    const inOrder = filterEvents(events, {}, { now });
    assert.deepEqual(titles(filterEvents([...events].reverse(), {}, { now })), titles(inOrder));
    const [first] = inOrder;
    const twins = [
      { ...first!, id: 'z:twin' },
      { ...first!, id: 'a:twin' },
    ];
    assert.deepEqual(titles(filterEvents(twins, {}, { now })), ['a:twin', 'z:twin']);
  });

  it('returns upcoming events in start order and hides past ones', () => {
    const all = filterEvents(events, {}, { now });
    assert.equal(all.length, 8);
    const starts = all.map((e) => Date.parse(e.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    // The 5 Dec canvass runs 16:00–19:00Z: listed until it ends.
    assert.ok(
      filterEvents(events, {}, { now: Date.parse('2026-12-05T18:59:59Z') }).some(
        (e) => e.id === 'mobilize:601001:1796486400',
      ),
    );
    assert.ok(
      !filterEvents(events, {}, { now: Date.parse('2026-12-05T19:00:00Z') }).some(
        (e) => e.id === 'mobilize:601001:1796486400',
      ),
    );
  });

  it('filters by type and by online / in person', () => {
    assert.deepEqual(titles(filterEvents(events, { types: ['canvass', 'rally'] }, { now })), [
      'mobilize:601001:1796486400',
      'mobilize:601001:1797091200',
      'mobilize:601006:1800122400',
    ]);
    assert.deepEqual(titles(filterEvents(events, { online: 'only' }, { now })), [
      'mobilize:601002:1796774400',
      'mobilize:601007:1797381000',
    ]);
    assert.equal(filterEvents(events, { online: 'exclude' }, { now }).length, 6);
  });

  it('reads date bounds as calendar days in each event’s own zone, both ends inclusive', () => {
    const dec5 = filterEvents(events, { from: '2026-12-05', to: '2026-12-05' }, { now });
    assert.deepEqual(titles(dec5), ['mobilize:601001:1796486400']);
    // The New York town hall is on 9 Jan in New York.
    assert.ok(titles(filterEvents(events, { to: '2027-01-09' }, { now })).includes('mobilize:601005:1799521200'));
    assert.ok(!titles(filterEvents(events, { to: '2027-01-08' }, { now })).includes('mobilize:601005:1799521200'));
    // 23:30 in Chicago on 5 Dec is already 6 Dec in UTC: it still counts as 5 Dec.
    const late: M4aEvent = {
      ...events[0]!,
      id: 'static:late',
      start: '2026-12-05T23:30:00-06:00',
      end: '2026-12-06T00:30:00-06:00',
    };
    assert.equal(filterEvents([late], { to: '2026-12-05' }, { now }).length, 1);
    assert.equal(filterEvents([late], { from: '2026-12-06' }, { now }).length, 0);
    const instant = filterEvents(events, { from: '2026-12-12T16:00:00Z' }, { now });
    assert.equal(instant[0]!.id, 'mobilize:601001:1797091200');
  });

  it('searches near a ZIP: in-person only, straight-line miles from the centroid, with distance', () => {
    const near = filterEvents(events, { zip: '53703', radiusMiles: 10 }, { now, origin: madison, pointOf });
    assert.ok(near.length > 0);
    assert.ok(near.every((e) => !e.online && e.distanceMiles !== undefined && e.distanceMiles <= 10));
    assert.ok(!near.some((e) => e.location?.region === 'NY'), 'Brooklyn is not within 10 miles of Madison');
    const rally = near.find((e) => e.type === 'rally')!;
    assert.equal(rally.distanceMiles, 0.4);
    // The private house meeting has no point: its ZIP's centroid stands in.
    assert.ok(near.some((e) => e.location?.private));
    const wide = filterEvents(events, { zip: '53703', radiusMiles: 500 }, { now, origin: madison, pointOf });
    assert.ok(!wide.some((e) => e.location?.region === 'NY'));
    const country = filterEvents(
      events,
      { zip: '53703', radiusMiles: 500, online: 'only' },
      { now, origin: madison, pointOf },
    );
    assert.equal(country.length, 2, 'online-only ignores the ZIP');
    assert.throws(() => filterEvents(events, { zip: '53703' }, { now }));
  });

  it('pages with an offset cursor and reports the total', () => {
    const p1 = queryEvents(events, { limit: 3 }, { now });
    assert.equal(p1.events.length, 3);
    assert.equal(p1.total, 8);
    assert.equal(p1.next, '3');
    const p3 = pageEvents(filterEvents(events, {}, { now }), { limit: 3, cursor: '6' });
    assert.equal(p3.events.length, 2);
    assert.equal(p3.next, null);
    assert.throws(() => pageEvents(events, { cursor: 'abc' }), RangeError);
  });
});

describe('EventQuery as URL parameters', () => {
  it('round-trips every field', () => {
    const query: EventQuery = {
      types: ['rally', 'canvass'],
      zip: '53703',
      radiusMiles: 15,
      from: '2026-12-01',
      to: '2026-12-31T23:59:00-06:00',
      online: 'exclude',
      cursor: 'abc',
      limit: 10,
    };
    const params = eventQueryToParams(query);
    assert.equal(params.get('types'), 'canvass,rally');
    const back = EventQuery.parse(eventQueryFromParams(new URLSearchParams(params.toString())));
    assert.deepEqual(back, { ...query, types: ['canvass', 'rally'] });
  });

  it('accepts repeated types (the REST backend’s form) and a prefix (several lists on one page)', () => {
    assert.deepEqual(eventQueryFromParams(new URLSearchParams('types=canvass&types=rally,panel&zip=')), {
      types: ['canvass', 'rally', 'panel'],
    });
    assert.deepEqual(eventQueryFromParams(new URLSearchParams('ev-zip=53703&zip=90210'), 'ev-'), { zip: '53703' });
  });

  it('leaves bad values for the schema to report', () => {
    const r = EventQuery.safeParse(
      eventQueryFromParams(new URLSearchParams('types=picnic&radiusMiles=far&limit=1000&zip=5370')),
    );
    assert.equal(r.success, false);
    const paths = r.error!.issues.map((i) => i.path.join('.')).sort();
    assert.deepEqual(paths, ['limit', 'radiusMiles', 'types.0', 'zip']);
  });
});

describe('distance', () => {
  it('measures straight-line miles between ZIP centroids', () => {
    const milwaukee = zipCentroid('53202')!;
    const miles = haversineMiles(madison, milwaukee);
    assert.ok(miles > 70 && miles < 80, `Madison–Milwaukee is about 75 miles, got ${miles}`);
    assert.equal(zipCentroid('00000'), undefined);
    assert.deepEqual(zipCentroid('53703-1234'), madison);
  });
});
