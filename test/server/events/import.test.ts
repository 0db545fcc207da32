/**
 * Scheduled imports against fake sources on 127.0.0.1: idempotent upserts, cancellations and deletions honoured,
 * a failing source keeping its last good events while the others import, the demo seed, the scheduler job.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadEventSourcesConfig } from '../../../server/events/config.js';
import { feedsFromConfig, importAll, importFeed, type EventFeed } from '../../../server/events/sources.js';
import { replaceFeed, type ImportedEvent } from '../../../server/events/store.js';
import { feedStatuses } from '../../../server/events/feeds.js';
import { seedDemoEvents } from '../../../server/events/seed.js';
import { startEventImports } from '../../../server/jobs/event-imports.js';
import { loadConfig } from '../../../server/config.js';
import { testDatabase, rows as allRows, scalar, sql } from '../support/db.js';
import type { M4aEvent } from '../../../src/shared/schemas/event.js';
import {
  ACTION_NETWORK_ORIGIN,
  FIXTURE_NOW,
  MOBILIZE_ORIGIN,
  actionNetworkReply,
  eventsApp,
  fakeUpstream,
  fixture,
  fixtureJson,
  mobilizeReply,
  type Recorded,
  type Reply,
} from './helpers.js';

const AN_KEY = 'an-test-key-123456';

/** What each fake source answers; tests change these between runs. */
const state = {
  ics: (): Reply => ({ body: fixture('calendar.ics'), headers: { 'Content-Type': 'text/calendar' } }),
  an: (req: Recorded): Reply => actionNetworkReply(req, AN_KEY),
  mobilize: (req: Recorded): Reply => mobilizeReply(req),
};
let server: Awaited<ReturnType<typeof fakeUpstream>>;

before(async () => {
  server = await fakeUpstream(
    (req) => {
      if (req.path.startsWith('/calendars/')) return state.ics();
      if (req.path.startsWith('/api/v2/')) return state.an(req);
      if (req.path.startsWith('/v1/')) return state.mobilize(req);
      return { status: 404 };
    },
    [MOBILIZE_ORIGIN, ACTION_NETWORK_ORIGIN],
  );
});
after(() => server.close());

function reset() {
  state.ics = () => ({ body: fixture('calendar.ics'), headers: { 'Content-Type': 'text/calendar' } });
  state.an = (req) => actionNetworkReply(req, AN_KEY);
  state.mobilize = (req) => mobilizeReply(req);
}

function feeds(env: Record<string, string> = {}) {
  return feedsFromConfig(
    loadEventSourcesConfig({
      M4A_ICS_URLS: `${server.origin}/calendars/private-3f9a1b/basic.ics`,
      M4A_ACTION_NETWORK_KEY: AN_KEY,
      M4A_ACTION_NETWORK_EVENTS_URL: `${server.origin}/api/v2`,
      M4A_MOBILIZE_ORG_ID: '4242',
      M4A_MOBILIZE_URL: `${server.origin}/v1`,
      ...env,
    }),
  );
}

async function setup() {
  reset();
  const t = await eventsApp();
  const run = (list: EventFeed[] = feeds()) =>
    importAll(t.deps, list, { fetch: globalThis.fetch, now: () => t.clock.now });
  const rows = () => allRows(t.db, sql`SELECT * FROM events ORDER BY id`);
  const count = (feed: string) =>
    scalar<number>(t.db, sql`SELECT COUNT(*) AS n FROM events WHERE feed LIKE ${`${feed}%`}`);
  const titles = async () => (await rows()).map((r) => (JSON.parse(r.data as string) as M4aEvent).title);
  return { ...t, run, rows, count, titles };
}

describe('event imports', () => {
  it('imports every configured source into upcoming events', async () => {
    const t = await setup();
    const outcomes = await t.run();
    assert.deepEqual(
      outcomes.map((o) => [o.feed.split(':')[0], o.ok]),
      [
        ['ics', true],
        ['action-network', true],
        ['mobilize', true],
      ],
    );
    assert.equal(
      await t.count('ics:'),
      11,
      'Sunday phone banks from 6 Dec, the town hall, the day of action, the panel',
    );
    assert.equal(await t.count('action-network'), 4);
    assert.equal(await t.count('mobilize:4242'), 8);
    const an = server.requests.filter((r) => r.path === '/api/v2/events');
    assert.ok(
      an.every((r) => r.headers['osdi-api-token'] === AN_KEY),
      'the key travels as OSDI-API-Token',
    );
    assert.deepEqual(
      an.map((r) => r.url.searchParams.get('page')),
      [null, '2'],
    );
    const statuses = await feedStatuses(t.db);
    assert.deepEqual(
      statuses.map((s) => [s.label, s.eventCount, s.lastError]),
      [
        ['action-network', 4, null],
        [`ics 127.0.0.1:${new URL(server.origin).port}`, 11, null],
        ['mobilize org 4242', 8, null],
      ],
    );
  });

  it('is idempotent: a second run leaves exactly the same rows', async () => {
    const t = await setup();
    await t.run();
    const first = await t.rows();
    t.clock.set('2026-12-01T00:30:00Z');
    const outcomes = await t.run();
    assert.deepEqual(await t.rows(), first);
    for (const o of outcomes) {
      assert.ok(o.ok);
      assert.equal(o.inserted + o.updated + o.removed, 0, `${o.feed} changed nothing`);
    }
  });

  it('honours cancellations and deletions on re-import', async () => {
    const t = await setup();
    await t.run();
    assert.ok((await t.titles()).includes('Town hall: what Medicare for All means for Wisconsin'));
    state.ics = () => ({
      body: fixture('calendar.ics').replace(
        'STATUS:CONFIRMED\r\nSUMMARY:Town hall: what Medicare for All means for Wisconsin',
        'STATUS:CANCELLED\r\nSUMMARY:Town hall: what Medicare for All means for Wisconsin',
      ),
    });
    const page1 = fixtureJson<{ _embedded: { 'osdi:events': Array<Record<string, unknown>> } }>(
      'action-network-page-1.json',
    );
    page1._embedded['osdi:events'][0]!.status = 'cancelled';
    state.an = (req) =>
      req.url.searchParams.get('page') === '2' ? actionNetworkReply(req, AN_KEY) : { body: JSON.stringify(page1) };
    const mobilizePage2 = fixtureJson<{ data: Array<{ id: number }> }>('mobilize-page-2.json');
    mobilizePage2.data = mobilizePage2.data.filter((e) => e.id !== 601006);
    state.mobilize = (req) =>
      req.url.searchParams.has('cursor') ? { body: JSON.stringify(mobilizePage2) } : mobilizeReply(req);

    const outcomes = await t.run();
    assert.deepEqual(
      outcomes.map((o) => (o.ok ? o.removed : -1)),
      [1, 1, 1],
    );
    const titles = await t.titles();
    assert.ok(!titles.includes('Town hall: what Medicare for All means for Wisconsin'));
    assert.ok(!titles.includes('Town hall on healthcare with Dane County nurses'));
    assert.ok(!titles.includes('Rally at the Capitol: healthcare for all'));
    assert.equal(await t.count('ics:'), 10);
  });

  it('keeps a failing source’s last good events, logs it without secrets, and still imports the others', async () => {
    const t = await setup();
    await t.run();
    const icsRows = (await t.rows()).filter((r) => String(r.feed).startsWith('ics:'));
    state.ics = () => ({ status: 500, body: 'upstream exploded' });
    const page2 = fixtureJson<{ _embedded: { 'osdi:events': Array<Record<string, unknown>> } }>(
      'action-network-page-2.json',
    );
    page2._embedded['osdi:events'][0]!.title = 'Phone bank at the union hall (new room)';
    state.an = (req) =>
      req.url.searchParams.get('page') === '2' ? { body: JSON.stringify(page2) } : actionNetworkReply(req, AN_KEY);
    t.clock.set('2026-12-01T01:00:00Z');
    t.logs.length = 0;

    const outcomes = await t.run();
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [false, true, true],
    );
    assert.deepEqual(
      (await t.rows()).filter((r) => String(r.feed).startsWith('ics:')),
      icsRows,
      'calendar rows untouched',
    );
    assert.ok((await t.titles()).includes('Phone bank at the union hall (new room)'), 'Action Network still imported');
    const status = (await feedStatuses(t.db)).find((s) => s.feed.startsWith('ics:'))!;
    assert.match(status.lastError ?? '', /HTTP 500/);
    assert.equal(status.lastSuccessAt, '2026-12-01T00:00:00.000Z');
    const warning = t.logs.find((l) => l.includes('event import failed'))!;
    assert.ok(warning, 'the failure is logged');
    assert.ok(!t.logs.join('\n').includes('private-3f9a1b'), 'the calendar URL (a secret) is not logged');
    assert.ok(!t.logs.join('\n').includes(AN_KEY));

    // A source answering something that is not its format fails the same way.
    state.ics = () => ({ body: '<html>Sign in to Google</html>', headers: { 'Content-Type': 'text/html' } });
    const again = await t.run();
    assert.equal(again[0]!.ok, false);
    assert.deepEqual(
      (await t.rows()).filter((r) => String(r.feed).startsWith('ics:')),
      icsRows,
    );
  });

  it('rejects a bad Action Network key as a failure of that source only', async () => {
    const t = await setup();
    const outcomes = await t.run(feeds({ M4A_ACTION_NETWORK_KEY: 'wrong-key-000' }));
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [true, false, true],
    );
    assert.match((await feedStatuses(t.db)).find((s) => s.feed === 'action-network')!.lastError ?? '', /HTTP 401/);
  });

  it('leaves Action Network events out when told to, whatever the key', () => {
    assert.deepEqual(
      feeds({ M4A_ACTION_NETWORK_EVENTS: '0' }).map((f) => f.key.split(':')[0]),
      ['ics', 'mobilize'],
    );
    assert.deepEqual(feedsFromConfig(loadEventSourcesConfig({})), []);
    assert.throws(() => loadEventSourcesConfig({ M4A_ICS_URLS: 'ftp://example.org/cal.ics' }), /M4A_ICS_URLS/);
    assert.equal(
      feedsFromConfig(loadEventSourcesConfig({ M4A_ICS_URLS: 'webcal://example.org/cal.ics' }))[0]?.label,
      'ics example.org',
    );
  });

  it('retries Mobilize after HTTP 429', async () => {
    const t = await setup();
    let throttled = 0;
    state.mobilize = (req) =>
      throttled++ === 0
        ? { status: 429, headers: { 'Retry-After': '1' }, body: '{"detail":"Request was throttled."}' }
        : mobilizeReply(req);
    const [outcome] = await importAll(
      t.deps,
      feeds().filter((f) => f.key.startsWith('mobilize')),
      { fetch: globalThis.fetch, now: () => t.clock.now },
    );
    assert.ok(outcome?.ok);
    assert.equal(await t.count('mobilize:4242'), 8);
  });

  it('keeps rows missing from an incomplete batch (a source stopped at its cap)', async () => {
    const db = await testDatabase();
    const event = (n: number): ImportedEvent => ({
      sourceId: `${n}:1796486400`,
      event: {
        id: `mobilize:${n}:1796486400`,
        source: 'mobilize',
        title: `Event ${n}`,
        type: 'canvass',
        start: '2026-12-05T10:00:00-06:00',
        timezone: 'America/Chicago',
        online: true,
        description: '',
        rsvp: 'none',
        full: false,
      },
    });
    await replaceFeed(db, 'mobilize:1', [event(1), event(2)], { now: FIXTURE_NOW });
    assert.equal((await replaceFeed(db, 'mobilize:1', [event(1)], { now: FIXTURE_NOW, complete: false })).removed, 0);
    assert.equal((await replaceFeed(db, 'mobilize:1', [event(1)], { now: FIXTURE_NOW })).removed, 1);
  });

  it('imports one feed at a time through importFeed, reporting counts', async () => {
    const t = await setup();
    const feed = feeds().find((f) => f.key === 'action-network')!;
    const outcome = await importFeed(t.deps, feed, { fetch: globalThis.fetch, now: t.clock.now });
    assert.deepEqual(outcome, {
      feed: 'action-network',
      ok: true,
      skipped: 0,
      complete: true,
      inserted: 4,
      updated: 0,
      unchanged: 0,
      removed: 0,
    });
  });
});

describe('demo events', () => {
  it('fills an empty table once with a Madison canvass, town hall, panel, rally and online phone bank', async () => {
    const db = await testDatabase();
    const now = new Date('2026-11-27T18:00:00Z'); // a Friday
    assert.equal(await seedDemoEvents(db, now), 5);
    const events = (await allRows<{ data: string }>(db, sql`SELECT data FROM events ORDER BY start_ms`)).map(
      (r) => JSON.parse(r.data) as M4aEvent,
    );
    assert.deepEqual(events.map((e) => e.type).sort(), ['canvass', 'panel', 'phone-bank', 'rally', 'town-hall']);
    for (const e of events) {
      assert.ok(Date.parse(e.start) > now.getTime());
      assert.equal(e.rsvp, 'inline');
      assert.equal(e.timezone, 'America/Chicago');
      assert.equal(e.online, e.type === 'phone-bank');
      if (!e.online) assert.equal(e.location?.locality, 'Madison');
    }
    const canvass = events.find((e) => e.type === 'canvass')!;
    assert.equal(canvass.start, '2026-12-05T10:00:00-06:00', 'the Saturday at least three days ahead, 10:00 local');
    assert.equal(await seedDemoEvents(db, now), 0, 'only once');
    await sql`DELETE FROM events`.execute(db.kysely);
    assert.equal(await seedDemoEvents(db, now), 0, 'not again after an organizer removed them all');
  });

  it('leaves a table that already has events alone', async () => {
    const db = await testDatabase();
    await replaceFeed(db, 'action-network', [], { now: FIXTURE_NOW });
    await sql`INSERT INTO events (id, source, source_id, feed, type, start_ms, start_date, online, rsvp, data, created_at, updated_at)
       VALUES ('ics:x', 'ics', 'x', 'ics:1', 'other', 0, '1970-01-01', 1, 'none', '{}', '', '')`.execute(db.kysely);
    assert.equal(await seedDemoEvents(db, FIXTURE_NOW), 0);
  });
});

describe('scheduler job', () => {
  it('seeds, imports at start, and stops cleanly', async () => {
    reset();
    const t = await eventsApp(
      {},
      {
        M4A_ICS_URLS: `${server.origin}/calendars/public/basic.ics`,
        M4A_IMPORT_INTERVAL_MIN: '60',
        M4A_SEED_DEMO: '1',
      },
    );
    const stop = startEventImports(t.deps);
    const reference = () => scalar<number>(t.db, sql`SELECT COUNT(*) AS n FROM events WHERE source = 'reference'`);
    try {
      // Seeding runs in the background now that storage is asynchronous: it is done before the first import.
      for (let i = 0; i < 100 && !(await feedStatuses(t.db)).some((s) => s.lastSuccessAt); i++)
        await new Promise((r) => setTimeout(r, 20));
      assert.equal(await reference(), 5);
      assert.equal((await feedStatuses(t.db))[0]?.eventCount, 11);
    } finally {
      await stop();
    }
  });

  it('refuses a bad setting at start, naming it', () => {
    assert.throws(() => loadConfig({ M4A_MOBILIZE_ORG_ID: 'my-chapter' }), /M4A_MOBILIZE_ORG_ID/);
  });
});
