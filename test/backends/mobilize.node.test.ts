/**
 * The browser `mobilize` backend against a fake Mobilize on 127.0.0.1 (real fetch, real response format):
 * query parameters, paging through `next`, the 1,000-result cap, HTTP 429 backoff.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMobilizeBackend } from '../../src/backends/mobilize.js';
import { WidgetError } from '../../src/core/errors.js';
import { EventPage, type EventQuery } from '../../src/shared/schemas/event.js';
import { encodeMobilizeCursor } from '../../src/shared/calendar/mobilize.js';
import {
  FIXTURE_NOW,
  MOBILIZE_ORIGIN,
  fakeUpstream,
  mobilizeReply,
  type Recorded,
  type Reply,
} from '../server/events/helpers.js';

let reply: (req: Recorded, index: number) => Reply = mobilizeReply;
let upstream: Awaited<ReturnType<typeof fakeUpstream>>;
before(async () => {
  upstream = await fakeUpstream((req, i) => reply(req, i), [MOBILIZE_ORIGIN]);
});
after(() => upstream.close());

function backend(sleeps: number[] = []) {
  const b = createMobilizeBackend(
    { type: 'mobilize', organizationId: 4242, baseUrl: `${upstream.origin}/v1` },
    {
      now: () => FIXTURE_NOW.getTime(),
      retry: {
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      },
    },
  );
  return (query: EventQuery, signal?: AbortSignal) => b.listEvents!(query, signal ? { signal } : {});
}

function fresh(r: typeof reply = mobilizeReply) {
  reply = r;
  upstream.requests.length = 0;
}

describe('mobilize backend', () => {
  it('asks Mobilize with its own parameters', async () => {
    fresh();
    await backend()({ types: ['canvass', 'rally'], zip: '53703', radiusMiles: 10, online: 'exclude', limit: 20 });
    const q = upstream.requests[0]!.url.searchParams;
    assert.equal(upstream.requests[0]!.path, '/v1/organizations/4242/events');
    assert.deepEqual(q.getAll('timeslot_start'), ['gte_now']);
    assert.deepEqual(q.getAll('event_types'), [
      'CANVASS',
      'COMMUNITY_CANVASS',
      'LITERATURE_DROP_OFF',
      'SIGNATURE_GATHERING',
      'VOTER_REG',
      'RALLY',
      'SOLIDARITY_EVENT',
      'VISIBILITY_EVENT',
    ]);
    assert.equal(q.get('zipcode'), '53703');
    assert.equal(q.get('max_dist'), '10');
    assert.equal(q.get('is_virtual'), 'false');
    assert.equal(q.get('per_page'), '20');
  });

  it('sends date bounds as timeslot_start comparisons and online-only without a ZIP', async () => {
    fresh();
    await backend()({ from: '2026-12-10', to: '2026-12-20T00:00:00Z', online: 'only', zip: '53703' });
    const q = upstream.requests[0]!.url.searchParams;
    assert.deepEqual(q.getAll('timeslot_start'), [
      `gte_${Date.parse('2026-12-09T00:00:00Z') / 1000}`,
      `lte_${Date.parse('2026-12-20T00:00:00Z') / 1000}`,
    ]);
    assert.equal(q.get('is_virtual'), 'true');
    assert.equal(q.get('zipcode'), null);
  });

  it('maps each upcoming timeslot, in start order, valid against the schema', async () => {
    fresh();
    const page = await backend()({});
    assert.ok(EventPage.safeParse(page).success);
    assert.equal(page.events.length, 6);
    const starts = page.events.map((e) => Date.parse(e.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(page.events.filter((e) => e.id.startsWith('mobilize:601001:')).length, 2);
  });

  it('filters "other" here, since Mobilize adds types over time', async () => {
    fresh();
    const page = await backend()({ types: ['other'] });
    assert.equal(upstream.requests[0]!.url.searchParams.getAll('event_types').length, 0);
    assert.deepEqual(
      page.events.map((e) => e.id),
      ['mobilize:601004:1797699600'],
    );
  });

  it('pages through next until Mobilize has no more', async () => {
    fresh();
    const list = backend();
    const first = await list({});
    assert.ok(first.next);
    const second = await list({ cursor: first.next });
    assert.equal(upstream.requests[1]!.url.searchParams.get('cursor'), 'cj0xJnA9NQ==');
    assert.deepEqual(
      second.events.map((e) => e.id),
      ['mobilize:601007:1797381000', 'mobilize:601006:1800122400'],
    );
    assert.equal(second.next, null);
  });

  it('stops cleanly at the 1,000-result cap even when Mobilize offers a next page', async () => {
    fresh();
    const cursor = encodeMobilizeCursor({
      next: `${upstream.origin}/v1/organizations/4242/events?per_page=5`,
      seen: 995,
    });
    const page = await backend()({ cursor });
    assert.equal(page.events.length, 6);
    assert.equal(page.next, null);
  });

  it('refuses a cursor that points anywhere but the configured API', async () => {
    fresh();
    const cursor = encodeMobilizeCursor({ next: 'https://evil.example/v1/organizations/4242/events', seen: 5 });
    await assert.rejects(
      backend()({ cursor }),
      (err: unknown) => err instanceof WidgetError && err.kind === 'invalid-response',
    );
    await assert.rejects(
      backend()({ cursor: 'not json' }),
      (err: unknown) => err instanceof WidgetError && err.kind === 'invalid-response',
    );
    assert.equal(upstream.requests.length, 0);
  });

  it('waits as Retry-After says on HTTP 429, then succeeds', async () => {
    fresh((req, i) =>
      i === 0
        ? { status: 429, headers: { 'Retry-After': '2' }, body: '{"detail":"Request was throttled."}' }
        : mobilizeReply(req),
    );
    const sleeps: number[] = [];
    const page = await backend(sleeps)({});
    assert.equal(page.events.length, 6);
    assert.deepEqual(sleeps, [2000]);
    assert.equal(upstream.requests.length, 2);
  });

  it('gives up after three retries with a rate-limited error, backing off without Retry-After', async () => {
    fresh(() => ({ status: 429, body: '{"detail":"Request was throttled."}' }));
    const sleeps: number[] = [];
    await assert.rejects(
      backend(sleeps)({}),
      (err: unknown) => err instanceof WidgetError && err.kind === 'rate-limited',
    );
    assert.equal(upstream.requests.length, 4);
    assert.equal(sleeps.length, 3);
    assert.ok(sleeps[0]! >= 500 && sleeps[0]! <= 1000 && sleeps[2]! >= 2000 && sleeps[2]! <= 4000, String(sleeps));
  });

  it('stops retrying when the element goes away', async () => {
    fresh(() => ({ status: 429, body: '{}' }));
    const controller = new AbortController();
    const b = createMobilizeBackend(
      { type: 'mobilize', organizationId: 4242, baseUrl: `${upstream.origin}/v1` },
      { now: () => FIXTURE_NOW.getTime() },
    );
    const pending = b.listEvents!({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await assert.rejects(pending);
    assert.ok(Date.now() - started < 900, 'aborted during the first backoff');
  });

  it('reports Mobilize’s error envelope as an HTTP error', async () => {
    fresh(() => ({
      status: 400,
      body: JSON.stringify({ data: null, error: { zipcode: ['Enter a valid zipcode.'] } }),
    }));
    await assert.rejects(
      backend()({ zip: '00000' }),
      (err: unknown) => err instanceof WidgetError && err.kind === 'http' && err.extra.status === 400,
    );
  });
});
