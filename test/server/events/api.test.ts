/** `GET /api/events` filters and paging, inline RSVPs, organizer event editing — through the Hono app. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { EventPage, type M4aEvent } from '../../../src/shared/schemas/event.js';
import { Receipt } from '../../../src/shared/schemas/common.js';
import { mapMobilizeEvents, parseMobilizeEnvelope } from '../../../src/shared/calendar/mobilize.js';
import { replaceFeed } from '../../../server/events/store.js';
import { ADMIN, eventsApp, fixtureJson } from './helpers.js';

type App = Awaited<ReturnType<typeof eventsApp>>;

/** The Mobilize fixtures imported, plus what each test adds through the organizer API. */
async function setup() {
  const t = await eventsApp();
  const events = mapMobilizeEvents(
    ['mobilize-page-1.json', 'mobilize-page-2.json'].flatMap((f) => parseMobilizeEnvelope(fixtureJson(f)).data),
    { now: t.clock.now.getTime() },
  ).events;
  await replaceFeed(
    t.db,
    'mobilize:4242',
    events.map((event) => ({ event, sourceId: event.id.slice('mobilize:'.length) })),
    { now: t.clock.now },
  );
  return t;
}

async function list(t: App, query = ''): Promise<EventPage> {
  const res = await t.app.request(`/api/events${query}`);
  assert.equal(res.status, 200, await res.clone().text());
  const parsed = EventPage.safeParse(await res.json());
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  return parsed.data;
}

async function problem(res: Response, status: number, code: string) {
  assert.equal(res.status, status);
  const body = (await res.json()) as { error: { code: string; fields?: Array<{ path: string; message: string }> } };
  assert.equal(body.error.code, code);
  return body.error;
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const townHall = {
  title: 'Town hall with Dr. Rivera',
  type: 'town-hall',
  start: '2026-12-09T00:30:00Z',
  end: '2026-12-09T02:00:00Z',
  timezone: 'America/Chicago',
  location: {
    venue: 'Madison Public Library – Central',
    addressLines: ['201 W Mifflin St'],
    locality: 'Madison',
    region: 'WI',
    postalCode: '53703',
  },
  description: 'Questions welcome.',
  capacity: 2,
};

async function createEvent(t: App, body: object = townHall): Promise<M4aEvent> {
  const res = await t.app.request('/api/admin/events', json(body, ADMIN));
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as M4aEvent;
}

function rsvp(t: App, eventId: string, body: object = {}, key: string | null = randomUUID()) {
  return t.app.request(
    `/api/events/${encodeURIComponent(eventId)}/rsvps`,
    json(
      {
        eventId,
        firstName: 'Ana',
        lastName: 'Muñoz',
        email: 'ana@example.org',
        zip: '53703',
        phone: '608-555-0123',
        ...body,
      },
      key ? { 'Idempotency-Key': key } : {},
    ),
  );
}

describe('GET /api/events', () => {
  it('lists upcoming events in start order and hides past ones', async () => {
    const t = await setup();
    const page = await list(t);
    assert.equal(page.total, 8);
    assert.equal(page.next, null);
    const starts = page.events.map((e) => Date.parse(e.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    t.clock.set('2026-12-05T19:00:00Z');
    const later = await list(t);
    assert.equal(later.total, 7);
    assert.ok(!later.events.some((e) => e.id === 'mobilize:601001:1796486400'));
  });

  it('filters by type (comma list or repeated) and online / in person', async () => {
    const t = await setup();
    const ids = (p: EventPage) => p.events.map((e) => e.id);
    const a = await list(t, '?types=canvass,rally');
    const b = await list(t, '?types=canvass&types=rally');
    assert.deepEqual(ids(a), ids(b));
    assert.deepEqual(ids(a), [
      'mobilize:601001:1796486400',
      'mobilize:601001:1797091200',
      'mobilize:601006:1800122400',
    ]);
    assert.ok((await list(t, '?online=only')).events.every((e) => e.online));
    assert.equal((await list(t, '?online=exclude')).total, 6);
  });

  it('filters by calendar days in each event’s zone and by instants', async () => {
    const t = await setup();
    assert.deepEqual(
      (await list(t, '?from=2026-12-05&to=2026-12-05')).events.map((e) => e.id),
      ['mobilize:601001:1796486400'],
    );
    assert.equal((await list(t, '?from=2027-01-01')).total, 2);
    assert.equal((await list(t, `?to=${encodeURIComponent('2026-12-08T18:00:00-06:00')}`)).total, 2);
  });

  it('searches near a ZIP within a radius, straight-line, with distances; private addresses count by their ZIP', async () => {
    const t = await setup();
    const near = await list(t, '?zip=53703&radiusMiles=5');
    assert.ok(near.events.length >= 4);
    for (const e of near.events) {
      assert.equal(e.online, false);
      assert.ok(e.distanceMiles !== undefined && e.distanceMiles <= 5, `${e.id} ${e.distanceMiles}`);
    }
    assert.ok(
      near.events.some((e) => e.location?.private),
      'the private house meeting, by its ZIP centroid',
    );
    assert.ok(!near.events.some((e) => e.location?.region === 'NY'));
    assert.ok(
      (await list(t, '?zip=11238')).events.every((e) => e.location?.region === 'NY'),
      'default radius: 25 miles',
    );
    const online = await list(t, '?zip=53703&online=only');
    assert.equal(online.total, 2, 'online-only ignores the ZIP');
  });

  it('answers a ZIP it cannot place, and bad parameters, with 400 naming the field', async () => {
    const t = await setup();
    const unknown = await problem(await t.app.request('/api/events?zip=00000'), 400, 'unknown_zip');
    assert.equal(unknown.fields?.[0]?.path, 'zip');
    const bad = await problem(
      await t.app.request('/api/events?types=picnic&limit=1000&online=maybe'),
      400,
      'invalid_request',
    );
    assert.deepEqual(bad.fields?.map((f) => f.path).sort(), ['limit', 'online', 'types.0']);
  });

  it('pages with an opaque cursor: every event once, total on each page', async () => {
    const t = await setup();
    const seen: string[] = [];
    let query = '?limit=3';
    for (let i = 0; i < 10; i++) {
      const page = await list(t, query);
      assert.equal(page.total, 8);
      seen.push(...page.events.map((e) => e.id));
      if (!page.next) break;
      query = `?limit=3&cursor=${encodeURIComponent(page.next)}`;
    }
    assert.deepEqual(
      seen,
      (await list(t)).events.map((e) => e.id),
    );
    await problem(await t.app.request('/api/events?cursor=bogus'), 400, 'invalid_request');
  });
});

describe('organizer events', () => {
  it('needs the organizer token', async () => {
    const t = await setup();
    assert.equal((await t.app.request('/api/admin/events', json(townHall))).status, 401);
    assert.equal((await t.app.request('/api/admin/events')).status, 401);
  });

  it('creates an event with inline RSVP, in its own zone, listed publicly', async () => {
    const t = await setup();
    const event = await createEvent(t);
    assert.match(event.id, /^reference:[0-9a-f-]{36}$/);
    assert.equal(event.source, 'reference');
    assert.equal(event.start, '2026-12-08T18:30:00-06:00');
    assert.equal(event.end, '2026-12-08T20:00:00-06:00');
    assert.equal(event.rsvp, 'inline');
    assert.equal(event.online, false);
    const page = await list(t, '?types=town-hall&zip=53703');
    assert.equal(page.events[0]?.id, event.id);
    assert.equal(page.events[0]?.distanceMiles, 0, 'no point given: placed at its ZIP’s centroid, the searched ZIP');
  });

  it('edits an event keeping its id, and withdraws it from listings', async () => {
    const t = await setup();
    const event = await createEvent(t);
    const res = await t.app.request(`/api/admin/events/${event.id}`, {
      ...json(
        { ...townHall, title: 'Town hall (new time)', start: '2026-12-10T00:30:00Z', end: '2026-12-10T02:00:00Z' },
        ADMIN,
      ),
      method: 'PUT',
    });
    assert.equal(res.status, 200);
    const edited = (await res.json()) as M4aEvent;
    assert.equal(edited.id, event.id);
    assert.equal(edited.start, '2026-12-09T18:30:00-06:00');
    assert.equal((await list(t, '?types=town-hall&from=2026-12-08')).events[0]?.title, 'Town hall (new time)');

    assert.equal(
      (await t.app.request(`/api/admin/events/${event.id}`, { method: 'DELETE', headers: ADMIN })).status,
      204,
    );
    assert.ok(!(await list(t)).events.some((e) => e.id === event.id));
    const mine = (await (await t.app.request('/api/admin/events', { headers: ADMIN })).json()) as {
      events: Array<M4aEvent & { deleted: boolean }>;
    };
    assert.deepEqual(
      mine.events.map((e) => [e.id, e.deleted]),
      [[event.id, true]],
    );
    await problem(await rsvp(t, event.id), 404, 'event_not_found');
  });

  it('refuses to edit imported events and explains bad input field by field', async () => {
    const t = await setup();
    const put = await t.app.request(`/api/admin/events/${encodeURIComponent('mobilize:601002:1796774400')}`, {
      ...json(townHall, ADMIN),
      method: 'PUT',
    });
    await problem(put, 409, 'imported_event');
    const bad = await problem(
      await t.app.request(
        '/api/admin/events',
        json({ ...townHall, rsvp: 'link', timezone: 'Central', type: 'picnic' }, ADMIN),
      ),
      400,
      'invalid_request',
    );
    assert.deepEqual(bad.fields?.map((f) => f.path).sort(), ['timezone', 'type']);
    const noUrl = await problem(
      await t.app.request('/api/admin/events', json({ ...townHall, rsvp: 'link' }, ADMIN)),
      400,
      'invalid_request',
    );
    assert.deepEqual(
      noUrl.fields?.map((f) => f.path),
      ['url'],
    );
    await problem(
      await t.app.request('/api/admin/events/reference:nope', { method: 'DELETE', headers: ADMIN }),
      404,
      'event_not_found',
    );
  });
});

describe('POST /api/events/:id/rsvps', () => {
  it('records an RSVP once: a retry with the same Idempotency-Key answers duplicate', async () => {
    const t = await setup();
    const event = await createEvent(t);
    const key = randomUUID();
    const first = await rsvp(t, event.id, {}, key);
    assert.equal(first.status, 201);
    const receipt = Receipt.parse(await first.json());
    assert.equal(receipt.status, 'created');
    const again = await rsvp(t, event.id, {}, key);
    assert.equal(again.status, 200);
    assert.deepEqual(Receipt.parse(await again.json()), { id: receipt.id, status: 'duplicate' });
    const sameEmail = await rsvp(t, event.id, { email: 'ANA@example.org' }, randomUUID());
    assert.deepEqual(Receipt.parse(await sameEmail.json()), { id: receipt.id, status: 'duplicate' });
    const stored = (await (await t.app.request(`/api/admin/events/${event.id}/rsvps`, { headers: ADMIN })).json()) as {
      rsvps: Array<{ email: string; phone: string }>;
    };
    assert.deepEqual(
      stored.rsvps.map((r) => [r.email, r.phone]),
      [['ana@example.org', '608-555-0123']],
    );
  });

  it('closes at capacity with 409 and shows the event full', async () => {
    const t = await setup();
    const event = await createEvent(t);
    assert.equal((await rsvp(t, event.id, { email: 'a@example.org' })).status, 201);
    assert.equal((await rsvp(t, event.id, { email: 'b@example.org' })).status, 201);
    await problem(await rsvp(t, event.id, { email: 'c@example.org' }), 409, 'event_full');
    const listed = (await list(t, '?types=town-hall')).events.find((e) => e.id === event.id);
    assert.equal(listed?.full, true);
  });

  it('answers 404 for an unknown event, 409 for events that take RSVPs elsewhere or are over, 400 for bad input', async () => {
    const t = await setup();
    await problem(await rsvp(t, 'reference:does-not-exist'), 404, 'event_not_found');
    await problem(await rsvp(t, 'mobilize:601002:1796774400'), 409, 'rsvp_elsewhere');
    const event = await createEvent(t);
    t.clock.set('2026-12-09T03:00:00Z');
    await problem(await rsvp(t, event.id), 409, 'event_over');
    const bad = await problem(
      await rsvp(t, event.id, { email: 'not-an-email', zip: '537', firstName: '' }),
      400,
      'invalid_request',
    );
    assert.deepEqual(bad.fields?.map((f) => f.path).sort(), ['email', 'firstName', 'zip']);
    await problem(await rsvp(t, event.id, {}, null), 400, 'invalid_idempotency_key');
    await problem(await rsvp(t, event.id, {}, 'short'), 400, 'invalid_idempotency_key');
    const other = await t.app.request(
      `/api/events/${event.id}/rsvps`,
      json(
        { eventId: 'reference:other', firstName: 'Ana', email: 'ana@example.org', zip: '53703' },
        { 'Idempotency-Key': randomUUID() },
      ),
    );
    assert.equal((await problem(other, 400, 'invalid_request')).fields?.[0]?.path, 'eventId');
  });

  it('keeps personal data out of the logs', async () => {
    const t = await setup();
    const event = await createEvent(t);
    await rsvp(t, event.id, { email: 'private.person@example.org', phone: '608-555-0199' });
    await t.app.request('/api/events?zip=53703');
    const logs = t.logs.join('\n');
    assert.ok(!logs.includes('private.person'));
    assert.ok(!logs.includes('555-0199'));
    assert.ok(!logs.includes('53703'));
  });
});
