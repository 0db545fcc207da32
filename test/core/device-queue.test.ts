import { expect, waitUntil } from '@open-wc/testing';
import { createRestBackend } from '../../src/backends/rest.js';
import { WidgetError } from '../../src/core/errors.js';
import {
  backendRefOf,
  clearDeviceQueue,
  configureDeviceQueue,
  isRefusal,
  newIdempotencyKey,
  deviceQueueDbName,
  queuedItems,
  replayQueued,
  retryDelay,
  submitOrQueue,
  type Send,
  type Settled,
} from '../../src/core/device-queue.js';
import type { Receipt } from '../../src/shared/schemas/common.js';
import { PENDING_WRITES_KEY } from '../../src/core/tags.js';
import { SignupRequest, type SignupInput } from '../../src/shared/schemas/signup.js';

interface Log {
  requests: { key: string; body: SignupInput }[];
  created: string[];
}

let n = 0;
/** A fresh stateful fake signup endpoint (test/support/fake-backends.mjs) and a `send` that posts to it. */
function bucket(timeoutMs?: number) {
  const url = `/fake/signups/outbox-${Date.now()}-${++n}/`;
  const backend = createRestBackend({ type: 'rest', url, ...(timeoutMs ? { timeoutMs } : {}) });
  const send: Send<SignupInput, Receipt> = (payload, key) =>
    backend.submitSignup!(SignupRequest.parse(payload), { idempotencyKey: key });
  return {
    ref: backendRefOf('test', { type: 'rest', url }),
    send,
    mode: (mode: object) => fetch(`${url}_mode`, { method: 'PUT', body: JSON.stringify(mode) }),
    log: async () => (await (await fetch(`${url}_log`)).json()) as Log,
  };
}

const payload = (email = 'ana@example.org'): SignupInput => ({
  email,
  zip: '53703',
  elapsedMs: 5000,
  submittedAt: new Date().toISOString(),
});

describe('device queue', () => {
  // Test files run in parallel pages of one origin: each keeps its own device queue.
  beforeEach(() =>
    configureDeviceQueue({
      namespace: 'outbox-test',
      baseDelayMs: 40,
      maxDelayMs: 200,
      storage: 'auto',
      maxAgeMs: 30 * 86_400_000,
      random: Math.random,
    }),
  );
  afterEach(() => clearDeviceQueue());

  it('sends at once when the backend answers, and keeps nothing', async () => {
    const b = bucket();
    const key = newIdempotencyKey();
    const outcome = await submitOrQueue({ kind: 'signup', key, backendRef: b.ref, payload: payload(), send: b.send });
    expect(outcome).to.deep.equal({ status: 'sent', result: { id: 's-1', status: 'created' } });
    expect(await queuedItems('signup', b.ref)).to.have.length(0);
    const log = await b.log();
    expect(log.requests.map((r) => r.key)).to.deep.equal([key]);
  });

  it('keeps a write that could not be delivered in IndexedDB, with backoff, and replays it once the backend is back', async () => {
    const b = bucket();
    await b.mode({ mode: 'offline' });
    const key = newIdempotencyKey();
    const outcome = await submitOrQueue({ kind: 'signup', key, backendRef: b.ref, payload: payload(), send: b.send });
    expect(outcome.status).to.equal('queued');
    if (outcome.status !== 'queued') return;
    expect(outcome.error.kind).to.equal('offline');
    expect(outcome.persisted).to.equal(true);
    const [stored] = await queuedItems<SignupInput>('signup', b.ref);
    expect(stored).to.include({ key, kind: 'signup', attempts: 1 });
    expect(stored!.payload.email).to.equal('ana@example.org');
    expect(stored!.nextAttemptAt).to.be.greaterThan(Date.now() - 1);

    // Read straight from IndexedDB, as a new page load would.
    const fromDisk = await new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open(deviceQueueDbName());
      open.onsuccess = () => {
        const req = open.result.transaction('outbox').objectStore('outbox').getAll();
        req.onsuccess = () => {
          open.result.close();
          resolve(req.result);
        };
        req.onerror = () => reject(req.error);
      };
    });
    expect(fromDisk.map((i) => (i as { key: string }).key)).to.include(key);

    await b.mode({ mode: 'up' });
    const sent: Settled<SignupInput, Receipt>[] = [];
    const stop = replayQueued<SignupInput, Receipt>('signup', b.ref, b.send, { onSent: (s) => sent.push(s) });
    await waitUntil(() => sent.length === 1, 'replayed');
    stop();
    expect(sent[0]).to.deep.include({ sentHere: true, fromThisPage: true, result: { id: 's-1', status: 'created' } });
    expect(await queuedItems('signup', b.ref)).to.have.length(0);
    const log = await b.log();
    expect(log.created).to.deep.equal([key]);
  });

  it('marks the device while writes wait (so the drop-in loads their element at once), and clears the mark when all are sent', async () => {
    localStorage.removeItem(PENDING_WRITES_KEY);
    const b = bucket();
    await b.mode({ mode: 'offline' });
    const outcome = await submitOrQueue({
      kind: 'signup',
      key: newIdempotencyKey(),
      backendRef: b.ref,
      payload: payload(),
      send: b.send,
    });
    expect(outcome.status).to.equal('queued');
    expect(localStorage.getItem(PENDING_WRITES_KEY)).to.equal('1');

    await b.mode({ mode: 'up' });
    const sent: unknown[] = [];
    const stop = replayQueued<SignupInput, Receipt>('signup', b.ref, b.send, { onSent: (s) => sent.push(s) });
    await waitUntil(() => sent.length === 1, 'replayed');
    stop();
    await waitUntil(() => localStorage.getItem(PENDING_WRITES_KEY) === null, 'mark cleared');
  });

  it('retries with backoff while the page is open, sending the same key until the server confirms once', async () => {
    const b = bucket(1000);
    // The server stores the signup but answers too late: the client times out and must not create a second row.
    await b.mode({ mode: 'up', delayMs: 1500 });
    const stop = replayQueued<SignupInput, Receipt>('signup', b.ref, b.send);
    const key = newIdempotencyKey();
    const outcome = await submitOrQueue({ kind: 'signup', key, backendRef: b.ref, payload: payload(), send: b.send });
    expect(outcome.status).to.equal('queued');
    if (outcome.status === 'queued') expect(outcome.error.kind).to.equal('timeout');
    await b.mode({ mode: 'up' });
    await waitUntil(async () => (await queuedItems('signup', b.ref)).length === 0, 'retried', { timeout: 5000 });
    stop();
    const log = await b.log();
    expect(log.created).to.deep.equal([key]);
    expect(log.requests.length).to.be.at.least(2);
    expect(new Set(log.requests.map((r) => r.key))).to.deep.equal(new Set([key]));
  });

  it('retries at once when the browser comes back online', async () => {
    configureDeviceQueue({ baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const b = bucket();
    await b.mode({ mode: 'down', status: 503 });
    const sent: string[] = [];
    const stop = replayQueued<SignupInput, Receipt>('signup', b.ref, b.send, { onSent: (s) => sent.push(s.item.key) });
    const key = newIdempotencyKey();
    expect(
      (await submitOrQueue({ kind: 'signup', key, backendRef: b.ref, payload: payload(), send: b.send })).status,
    ).to.equal('queued');
    await b.mode({ mode: 'up' });
    await new Promise((r) => setTimeout(r, 200));
    expect(sent, 'still waiting for its minute of backoff').to.deep.equal([]);
    dispatchEvent(new Event('online'));
    await waitUntil(() => sent.length === 1, 'sent after online');
    stop();
    expect(sent).to.deep.equal([key]);
  });

  it('drops a write the backend refuses (4xx validation), but keeps one a misrouted server answers 404', async () => {
    const b = bucket();
    await b.mode({ mode: 'refuse', fields: [{ path: 'zip', message: 'Enter a 5-digit ZIP code' }] });
    const refused = await submitOrQueue({
      kind: 'signup',
      key: newIdempotencyKey(),
      backendRef: b.ref,
      payload: payload(),
      send: b.send,
    });
    expect(refused.status).to.equal('rejected');
    if (refused.status === 'rejected') expect(refused.error.extra.fields?.[0]?.path).to.equal('zip');
    expect(await queuedItems('signup', b.ref)).to.have.length(0);

    await b.mode({ mode: 'down', status: 404 });
    const misrouted = await submitOrQueue({
      kind: 'signup',
      key: newIdempotencyKey(),
      backendRef: b.ref,
      payload: payload(),
      send: b.send,
    });
    expect(misrouted.status).to.equal('queued');
    expect(await queuedItems('signup', b.ref)).to.have.length(1);

    expect(isRefusal(new WidgetError('http', 'x', { status: 422 }))).to.equal(true);
    expect(isRefusal(new WidgetError('http', 'x', { status: 503 }))).to.equal(false);
    expect(isRefusal(new WidgetError('rate-limited', 'x', { status: 429 }))).to.equal(false);
  });

  it('tells a replay listener about a refused stored write and forgets it', async () => {
    const b = bucket();
    await b.mode({ mode: 'down', status: 500 });
    const key = newIdempotencyKey();
    await submitOrQueue({ kind: 'signup', key, backendRef: b.ref, payload: payload(), send: b.send });
    await b.mode({ mode: 'refuse', fields: [{ path: 'email', message: 'bad' }] });
    const rejected: Settled<SignupInput, Receipt>[] = [];
    const stop = replayQueued<SignupInput, Receipt>('signup', b.ref, b.send, { onRejected: (s) => rejected.push(s) });
    await waitUntil(() => rejected.length === 1);
    stop();
    expect(rejected[0]!.item.key).to.equal(key);
    expect(rejected[0]!.error!.kind).to.equal('validation');
    expect(await queuedItems('signup', b.ref)).to.have.length(0);
  });

  it('lets one of several listeners of a channel send, and tells all of them', async () => {
    const b = bucket();
    await b.mode({ mode: 'down' });
    const key = newIdempotencyKey();
    await submitOrQueue({ kind: 'signup', key, backendRef: b.ref, payload: payload(), send: b.send });
    await b.mode({ mode: 'up' });
    const heard: boolean[] = [];
    const stopA = replayQueued<SignupInput, Receipt>('signup', b.ref, b.send, {
      onSent: (s) => heard.push(s.sentHere),
    });
    const stopB = replayQueued<SignupInput, Receipt>('signup', b.ref, b.send, {
      onSent: (s) => heard.push(s.sentHere),
    });
    await waitUntil(() => heard.length === 2);
    await new Promise((r) => setTimeout(r, 150));
    stopA();
    stopB();
    expect(heard.filter(Boolean)).to.have.length(1);
    expect((await b.log()).requests.filter((r) => r.key === key).length).to.equal(2);
  });

  it('keeps writes of different kinds and backends apart', async () => {
    const a = bucket();
    const other = bucket();
    await a.mode({ mode: 'down' });
    await submitOrQueue({
      kind: 'signup',
      key: newIdempotencyKey(),
      backendRef: a.ref,
      payload: payload(),
      send: a.send,
    });
    expect(await queuedItems('signup', other.ref)).to.have.length(0);
    expect(await queuedItems('rsvp', a.ref)).to.have.length(0);
    const stop = replayQueued<SignupInput, Receipt>('signup', other.ref, other.send);
    await new Promise((r) => setTimeout(r, 150));
    stop();
    expect((await other.log()).requests).to.have.length(0);
    expect(await queuedItems('signup', a.ref)).to.have.length(1);
  });

  it('stops retrying when the last listener stops', async () => {
    const b = bucket();
    await b.mode({ mode: 'down' });
    const stop = replayQueued<SignupInput, Receipt>('signup', b.ref, b.send);
    await submitOrQueue({
      kind: 'signup',
      key: newIdempotencyKey(),
      backendRef: b.ref,
      payload: payload(),
      send: b.send,
    });
    await waitUntil(async () => (await b.log()).requests.length >= 3, 'a few retries', { timeout: 3000 });
    stop();
    await new Promise((r) => setTimeout(r, 100));
    const count = (await b.log()).requests.length;
    await new Promise((r) => setTimeout(r, 500));
    expect((await b.log()).requests.length).to.equal(count);
  });

  it('falls back to localStorage, and to memory (saying it is not persisted)', async () => {
    configureDeviceQueue({ storage: 'localstorage' });
    const b = bucket();
    await b.mode({ mode: 'offline' });
    const key = newIdempotencyKey();
    const queued = await submitOrQueue({ kind: 'signup', key, backendRef: b.ref, payload: payload(), send: b.send });
    expect(queued).to.include({ status: 'queued', persisted: true });
    expect(JSON.parse(localStorage.getItem(`m4a-outbox@outbox-test:${key}`)!)).to.include({ key, attempts: 1 });
    await clearDeviceQueue();
    expect(localStorage.getItem(`m4a-outbox@outbox-test:${key}`)).to.equal(null);

    configureDeviceQueue({ storage: 'memory' });
    const inMemory = await submitOrQueue({
      kind: 'signup',
      key: newIdempotencyKey(),
      backendRef: b.ref,
      payload: payload(),
      send: b.send,
    });
    expect(inMemory).to.include({ status: 'queued', persisted: false });
    expect(await queuedItems('signup', b.ref)).to.have.length(1);
  });

  it('drops writes older than maxAgeMs unsent', async () => {
    const b = bucket();
    await b.mode({ mode: 'down' });
    await submitOrQueue({
      kind: 'signup',
      key: newIdempotencyKey(),
      backendRef: b.ref,
      payload: payload(),
      send: b.send,
    });
    configureDeviceQueue({ maxAgeMs: 1 });
    await new Promise((r) => setTimeout(r, 5));
    expect(await queuedItems('signup', b.ref)).to.have.length(0);
  });

  it('backs off exponentially with jitter, capped, and honours Retry-After', () => {
    configureDeviceQueue({ baseDelayMs: 1000, maxDelayMs: 8000, random: () => 1 });
    expect([1, 2, 3, 4, 5, 9].map((a) => retryDelay(a))).to.deep.equal([1000, 2000, 4000, 8000, 8000, 8000]);
    configureDeviceQueue({ random: () => 0 });
    expect(retryDelay(3)).to.equal(2000);
    expect(retryDelay(1, 3000)).to.equal(3000);
    expect(retryDelay(1, 60_000)).to.equal(8000);
  });

  it('makes UUID v4 idempotency keys the server accepts', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).to.equal(50);
    for (const k of keys) expect(k).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
