import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { retryDelayMs, SignupForwarder } from '../../../server/forwarding/forwarder.js';
import { startSignupForwarding } from '../../../server/jobs/signup-forwarding.js';
import { Receipt } from '../../../src/shared/schemas/common.js';
import type { Db } from '../../../server/db/index.js';
import { rows, scalar, sql } from '../support/db.js';
import {
  ACTION_NETWORK_CREATED,
  ADMIN_TOKEN,
  fakeUpstream,
  postSignup,
  setup,
  validSignup,
} from '../signups/helpers.js';

interface ForwardRow {
  destination: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  forwarded_at: string | null;
  failed_at: string | null;
}

const forwards = (db: Db) => rows<ForwardRow>(db, sql`SELECT * FROM signup_forwards ORDER BY destination`);

const HOUR = 3_600_000;

test('forwards a signup to Action Network with the exact person signup helper body and token header', async () => {
  const an = await fakeUpstream(() => ({ status: 200, body: ACTION_NETWORK_CREATED }));
  try {
    const { app, deps, db } = await setup({
      M4A_ACTION_NETWORK_KEY: 'an-key-123',
      M4A_ACTION_NETWORK_URL: an.url,
      M4A_ACTION_NETWORK_TAGS: 'M4A volunteer, Web signup',
    });
    const receipt = Receipt.parse(await (await postSignup(app, validSignup({ smsOptIn: true }))).json());
    const outcomes = await new SignupForwarder(deps).run();
    assert.deepEqual(outcomes, [{ signupId: receipt.id, destination: 'action-network', result: 'forwarded' }]);

    assert.equal(an.requests.length, 1);
    const req = an.requests[0]!;
    assert.equal(req.method, 'POST');
    assert.equal(req.url, '/api/v2/people/');
    assert.equal(req.headers['osdi-api-token'], 'an-key-123');
    assert.match(String(req.headers['content-type']), /^application\/json/);
    assert.deepEqual(JSON.parse(req.body), {
      person: {
        given_name: 'Ana',
        family_name: 'Muñoz',
        email_addresses: [{ address: 'ana@example.org', status: 'subscribed' }],
        phone_numbers: [{ number: '+16085550123', status: 'subscribed' }],
        postal_addresses: [{ postal_code: '53703' }],
      },
      add_tags: ['M4A volunteer', 'Web signup', 'canvass', 'phone-text-bank'],
    });
    const [row] = await forwards(db);
    assert.equal(row!.attempts, 1);
    assert.ok(row!.forwarded_at);
    assert.equal(row!.last_error, null);
    // Nothing left to do: a second run sends nothing.
    assert.deepEqual(await new SignupForwarder(deps).run(), []);
    assert.equal(an.requests.length, 1);
  } finally {
    await an.close();
  }
});

test('without opt-ins, no subscription status is sent and absent fields are left out', async () => {
  const an = await fakeUpstream(() => ({ status: 201, body: ACTION_NETWORK_CREATED }));
  try {
    const { app, deps } = await setup({ M4A_ACTION_NETWORK_KEY: 'k', M4A_ACTION_NETWORK_URL: an.url });
    await postSignup(app, {
      email: 'b@example.org',
      zip: '53703-1234',
      elapsedMs: 8000,
      submittedAt: '2026-10-01T10:00:00Z',
    });
    await new SignupForwarder(deps).run();
    assert.deepEqual(JSON.parse(an.requests[0]!.body), {
      person: { email_addresses: [{ address: 'b@example.org' }], postal_addresses: [{ postal_code: '53703-1234' }] },
      add_tags: [],
    });
  } finally {
    await an.close();
  }
});

test('Action Network outage (500) then recovery: retried with backoff, forwarded exactly once', async () => {
  let down = true;
  const an = await fakeUpstream(() =>
    down ? { status: 500, body: '{"error":"Server error"}' } : { status: 200, body: ACTION_NETWORK_CREATED },
  );
  try {
    const { app, deps, db, clock, logLines } = await setup({
      M4A_ACTION_NETWORK_KEY: 'k',
      M4A_ACTION_NETWORK_URL: an.url,
    });
    await postSignup(app, validSignup());
    const forwarder = new SignupForwarder(deps);

    const [first] = await forwarder.run();
    assert.equal(first!.result, 'retry');
    let [row] = await forwards(db);
    assert.equal(row!.attempts, 1);
    assert.equal(row!.last_error, 'HTTP 500');
    assert.equal(row!.forwarded_at, null);
    const wait = Date.parse(row!.next_attempt_at) - clock.now.getTime();
    assert.ok(wait >= 5_000 && wait <= 10_000, `first retry after ${wait} ms`);

    // Not due yet: nothing is sent.
    assert.deepEqual(await forwarder.run(), []);
    assert.equal(an.requests.length, 1);

    clock.advance(wait);
    assert.equal((await forwarder.run())[0]!.result, 'retry');
    [row] = await forwards(db);
    assert.equal(row!.attempts, 2);

    down = false;
    clock.advance(HOUR);
    assert.equal((await forwarder.run())[0]!.result, 'forwarded');
    clock.advance(24 * HOUR);
    assert.deepEqual(await forwarder.run(), []);

    assert.equal(an.requests.length, 3);
    [row] = await forwards(db);
    assert.equal(row!.attempts, 3);
    assert.ok(row!.forwarded_at);
    assert.equal(row!.last_error, null);
    assert.ok(!logLines.join('\n').includes('ana@example.org'));
  } finally {
    await an.close();
  }
});

test('destination unreachable: recorded as a network error and retried later', async () => {
  const an = await fakeUpstream(() => ({ status: 200 }));
  const url = an.url;
  await an.close();
  const { app, deps, db } = await setup({ M4A_ACTION_NETWORK_KEY: 'k', M4A_ACTION_NETWORK_URL: url });
  await postSignup(app, validSignup());
  const [outcome] = await new SignupForwarder(deps).run();
  assert.equal(outcome!.result, 'retry');
  assert.equal((await forwards(db))[0]!.last_error, 'network: ECONNREFUSED');
});

test('a 4xx answer is a permanent failure: recorded, not retried, until an organizer requeues it', async () => {
  let status = 422;
  const an = await fakeUpstream(() => ({ status, body: '{"error":"bad"}' }));
  try {
    const { app, deps, db, clock } = await setup({ M4A_ACTION_NETWORK_KEY: 'k', M4A_ACTION_NETWORK_URL: an.url });
    await postSignup(app, validSignup());
    const forwarder = new SignupForwarder(deps);
    assert.equal((await forwarder.run())[0]!.result, 'failed');
    const [row] = await forwards(db);
    assert.equal(row!.last_error, 'HTTP 422');
    assert.ok(row!.failed_at);
    assert.equal(row!.forwarded_at, null);
    clock.advance(48 * HOUR);
    assert.deepEqual(await forwarder.run(), []);
    assert.equal(an.requests.length, 1);

    status = 200;
    const res = await app.request('/api/admin/signups/forwards/retry?destination=action-network', {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { requeued: 1 });
    assert.equal((await forwarder.run())[0]!.result, 'forwarded');
    assert.equal(an.requests.length, 2);
  } finally {
    await an.close();
  }
});

test('429 is retried no sooner than its Retry-After', async () => {
  let limited = true;
  const an = await fakeUpstream(() => (limited ? { status: 429, headers: { 'Retry-After': '900' } } : { status: 200 }));
  try {
    const { app, deps, db, clock } = await setup({ M4A_ACTION_NETWORK_KEY: 'k', M4A_ACTION_NETWORK_URL: an.url });
    await postSignup(app, validSignup());
    const forwarder = new SignupForwarder(deps);
    assert.equal((await forwarder.run())[0]!.result, 'retry');
    assert.equal(Date.parse((await forwards(db))[0]!.next_attempt_at) - clock.now.getTime(), 900_000);
    limited = false;
    clock.advance(899_000);
    assert.deepEqual(await forwarder.run(), []);
    clock.advance(1_000);
    assert.equal((await forwarder.run())[0]!.result, 'forwarded');
  } finally {
    await an.close();
  }
});

test('backoff doubles from 10 s, stays within its jitter band, and is capped at one hour', () => {
  assert.equal(
    retryDelayMs(1, () => 0),
    5_000,
  );
  assert.equal(
    retryDelayMs(1, () => 1),
    10_000,
  );
  assert.equal(
    retryDelayMs(2, () => 1),
    20_000,
  );
  assert.equal(
    retryDelayMs(5, () => 0.5),
    120_000,
  );
  assert.equal(
    retryDelayMs(40, () => 1),
    HOUR,
  );
  assert.equal(
    retryDelayMs(40, () => 0),
    HOUR / 2,
  );
});

test('webhook: JSON body with an HMAC-SHA256 signature over timestamp and body', async () => {
  const hook = await fakeUpstream(() => ({ status: 204 }));
  try {
    const secret = 'whsec-test-secret';
    const { app, deps, clock } = await setup({ M4A_WEBHOOK_URL: hook.url, M4A_WEBHOOK_SECRET: secret });
    const receipt = Receipt.parse(await (await postSignup(app, validSignup())).json());
    assert.equal((await new SignupForwarder(deps).run())[0]!.result, 'forwarded');

    const req = hook.requests[0]!;
    const timestamp = String(req.headers['x-m4a-timestamp']);
    assert.equal(timestamp, String(Math.floor(clock.now.getTime() / 1000)));
    const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${req.body}`).digest('hex')}`;
    const given = String(req.headers['x-m4a-signature']);
    assert.ok(given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected)));

    assert.equal(req.headers['idempotency-key'], receipt.id);
    assert.equal(req.headers['x-m4a-event'], 'signup.created');
    const body = JSON.parse(req.body);
    assert.equal(body.event, 'signup.created');
    assert.equal(body.signup.id, receipt.id);
    assert.equal(body.signup.email, 'ana@example.org');
    assert.deepEqual(body.signup.answers, { 'shirt-size': 'M' });
    assert.equal(body.signup.attribution.source, 'pnhp');
  } finally {
    await hook.close();
  }
});

test('webhook without a secret carries no signature; both destinations are forwarded independently', async () => {
  const hook = await fakeUpstream(() => ({ status: 500 }));
  const an = await fakeUpstream(() => ({ status: 200, body: ACTION_NETWORK_CREATED }));
  try {
    const { app, deps, db } = await setup({
      M4A_WEBHOOK_URL: hook.url,
      M4A_ACTION_NETWORK_KEY: 'k',
      M4A_ACTION_NETWORK_URL: an.url,
    });
    await postSignup(app, validSignup());
    await new SignupForwarder(deps).run();
    assert.equal(hook.requests[0]!.headers['x-m4a-signature'], undefined);
    const [anRow, hookRow] = await forwards(db);
    assert.equal(anRow!.destination, 'action-network');
    assert.ok(anRow!.forwarded_at);
    assert.equal(hookRow!.destination, 'webhook');
    assert.equal(hookRow!.forwarded_at, null);
    assert.equal(hookRow!.last_error, 'HTTP 500');
  } finally {
    await hook.close();
    await an.close();
  }
});

test('a redirect is not followed (it would turn the POST into a GET) and counts as a failure', async () => {
  const hook = await fakeUpstream(() => ({ status: 302, headers: { Location: '/elsewhere' } }));
  try {
    const { app, deps, db } = await setup({ M4A_WEBHOOK_URL: hook.url });
    await postSignup(app, validSignup());
    assert.equal((await new SignupForwarder(deps).run())[0]!.result, 'failed');
    assert.equal(hook.requests.length, 1);
    assert.equal((await forwards(db))[0]!.last_error, 'HTTP 302');
  } finally {
    await hook.close();
  }
});

test('the background job sends a new signup right away, and retries on its interval', async () => {
  let fail = 1;
  const an = await fakeUpstream(() => (fail-- > 0 ? { status: 503 } : { status: 200, body: ACTION_NETWORK_CREATED }));
  const { app, deps, db, clock } = await setup({
    M4A_ACTION_NETWORK_KEY: 'k',
    M4A_ACTION_NETWORK_URL: an.url,
    M4A_SIGNUP_FORWARD_INTERVAL: '1',
  });
  // The starter registered in server/jobs.ts (started alone: other features' jobs are not under test here).
  const stop = startSignupForwarding(deps);
  try {
    await postSignup(app, validSignup(), randomUUID());
    const until = async (cond: () => Promise<boolean>) => {
      for (let i = 0; i < 250 && !(await cond()); i++) await sleep(20);
      assert.ok(await cond());
    };
    await until(async () => an.requests.length === 1 && (await forwards(db))[0]?.attempts === 1);
    clock.advance(HOUR);
    await until(async () => (await forwards(db))[0]?.forwarded_at !== null);
    assert.equal(an.requests.length, 2);
  } finally {
    await stop();
    await an.close();
  }
});

test('two forwarders on one database never send the same row twice', async () => {
  const an = await fakeUpstream(() => ({ status: 200, body: ACTION_NETWORK_CREATED }));
  try {
    const { app, deps, db } = await setup({
      M4A_ACTION_NETWORK_KEY: 'k',
      M4A_ACTION_NETWORK_URL: an.url,
      M4A_SIGNUP_RATE: '100',
    });
    for (let i = 0; i < 30; i++) await postSignup(app, validSignup({ email: `v${i}@example.org` }));
    const [a, b] = await Promise.all([new SignupForwarder(deps).run(), new SignupForwarder(deps).run()]);
    assert.equal(a.length + b.length, 30);
    assert.equal(an.requests.length, 30);
    const emails = an.requests.map((r) => JSON.parse(r.body).person.email_addresses[0].address);
    assert.equal(new Set(emails).size, 30);
    assert.equal(await scalar(db, sql`SELECT count(*) FROM signup_forwards WHERE forwarded_at IS NOT NULL`), 30);
  } finally {
    await an.close();
  }
});

test('stopping lets the sends in flight finish and gives the other claimed rows back at once', async () => {
  const hook = await fakeUpstream(() => ({ status: 200 }));
  const slow = ((input: string | URL | Request, init?: RequestInit) =>
    sleep(300).then(() => fetch(input, init))) as typeof fetch;
  try {
    const { app, deps, db, clock } = await setup({ M4A_WEBHOOK_URL: hook.url, M4A_SIGNUP_RATE: '100' });
    for (let i = 0; i < 10; i++) await postSignup(app, validSignup({ email: `s${i}@example.org` }));
    const stop = new SignupForwarder({ ...deps, fetch: slow }).start(60_000);
    await sleep(100);
    await stop();
    const rows = await forwards(db);
    const sent = rows.filter((r) => r.forwarded_at !== null);
    assert.equal(sent.length, 4, 'the four sends in flight were finished and recorded');
    assert.equal(hook.requests.length, 4);
    for (const r of rows.filter((x) => x.forwarded_at === null)) {
      assert.ok(Date.parse(r.next_attempt_at) <= clock.now.getTime(), 'due again now, for any instance');
      assert.equal(
        await scalar(
          db,
          sql`SELECT leased_by FROM signup_forwards WHERE next_attempt_at = ${r.next_attempt_at}
        AND forwarded_at IS NULL LIMIT 1`,
        ),
        null,
      );
    }
  } finally {
    await hook.close();
  }
});
