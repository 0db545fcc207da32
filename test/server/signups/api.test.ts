import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { openSqlite, type Db } from '../../../server/db/index.js';
import { scalar, sql } from '../support/db.js';
import { signupStore } from '../../../server/signups/store.js';
import { ApiError, Receipt } from '../../../src/shared/schemas/common.js';
import { SignupRequest } from '../../../src/shared/schemas/signup.js';
import { postSignup, setup, validSignup } from './helpers.js';

const count = (db: Db, where = '1 = 1') =>
  scalar<number>(db, sql`SELECT count(*) FROM signups WHERE ${sql.raw(where)}`);

test('a signup is stored once and answered 201 with a receipt', async () => {
  const { app, db, clock } = await setup();
  const res = await postSignup(app, validSignup(), 'key-0001-abcdef');
  assert.equal(res.status, 201);
  const receipt = Receipt.parse(await res.json());
  assert.equal(receipt.status, 'created');
  const row = (await db.kysely
    .selectFrom('signups')
    .selectAll()
    .where('id', '=', receipt.id)
    .executeTakeFirstOrThrow()) as Record<string, unknown>;
  assert.equal(row.idempotency_key, 'key-0001-abcdef');
  assert.equal(row.email, 'ana@example.org');
  assert.equal(row.phone, '+16085550123');
  assert.equal(row.family_name, 'Muñoz');
  assert.equal(row.source, 'pnhp');
  assert.equal(row.utm_campaign, 'fall');
  assert.equal(row.received_at, clock.now.toISOString());
  assert.equal(row.submitted_at, '2026-10-01T14:59:00.000Z');
  assert.equal(row.spam_reason, null);
});

test('Idempotency-Key is required: 8 to 128 printable characters', async () => {
  const { app, db } = await setup();
  for (const key of [null, '', 'short', 'x'.repeat(129), 'has space in it', 'naïve-key-123']) {
    const res = await postSignup(app, validSignup(), key);
    assert.equal(res.status, 400, String(key));
    const body = ApiError.parse(await res.json());
    assert.equal(body.error.code, 'invalid_idempotency_key');
    assert.deepEqual(
      body.error.fields?.map((f) => f.path),
      ['Idempotency-Key'],
    );
  }
  assert.equal((await postSignup(app, validSignup(), 'x'.repeat(128))).status, 201);
  assert.equal((await postSignup(app, validSignup(), '12345678')).status, 201);
  assert.equal(await count(db), 2);
});

test('a retry with the same key answers 200 duplicate with the same id and stores no second row', async () => {
  const { app, db } = await setup();
  const key = randomUUID();
  const first = Receipt.parse(await (await postSignup(app, validSignup(), key)).json());
  const res = await postSignup(app, validSignup({ note: 'changed on retry' }), key);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { id: first.id, status: 'duplicate' });
  // Even a retry that would no longer validate is recognized: the first copy stands.
  const stale = await postSignup(app, { email: 'not valid' }, key);
  assert.equal(stale.status, 200);
  assert.equal(await count(db), 1);
  assert.equal(await scalar(db, sql`SELECT note FROM signups`), 'Weekends work best.');
});

test('concurrent duplicate POSTs over real HTTP create exactly one row', async () => {
  const { app, db } = await setup({ M4A_SIGNUP_RATE: '1000' });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 25 }, () =>
        fetch(`http://127.0.0.1:${port}/api/signups`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(validSignup()),
        }),
      ),
    );
    const receipts = await Promise.all(
      responses.map(async (r) => ({ status: r.status, body: Receipt.parse(await r.json()) })),
    );
    assert.equal(receipts.filter((r) => r.status === 201).length, 1);
    assert.equal(receipts.filter((r) => r.status === 200 && r.body.status === 'duplicate').length, 24);
    assert.equal(new Set(receipts.map((r) => r.body.id)).size, 1);
    assert.equal(await count(db), 1);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('two server processes sharing one database file cannot both store a key (UNIQUE constraint)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'm4a-signups-'));
  try {
    const a = openSqlite(join(dir, 'db.sqlite'));
    const b = openSqlite(join(dir, 'db.sqlite'));
    const signup = SignupRequest.parse(validSignup());
    const args = {
      idempotencyKey: 'shared-key-123',
      signup,
      receivedAt: new Date(),
      spamReason: null,
      destinations: ['webhook'],
    };
    const first = await signupStore(a).insert(args);
    const second = await signupStore(b).insert(args);
    assert.equal(first.created, true);
    assert.deepEqual(second, { id: first.id, created: false });
    assert.equal(await scalar(a, sql`SELECT count(*) FROM signups`), 1);
    assert.equal(await scalar(a, sql`SELECT count(*) FROM signup_forwards`), 1);
    await a.close();
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('honeypot filled: the bot gets the same 201, the row is kept flagged and nothing is queued', async () => {
  const { app, db, logLines } = await setup({ M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook' });
  const res = await postSignup(app, validSignup({ website: 'http://spam.example' }));
  assert.equal(res.status, 201);
  assert.equal(Receipt.parse(await res.json()).status, 'created');
  assert.equal(await count(db, "spam_reason = 'honeypot'"), 1);
  assert.equal(await scalar(db, sql`SELECT count(*) FROM signup_forwards`), 0);
  assert.ok(logLines.some((l) => l.includes('signup flagged as spam')));
});

test('filled faster than the minimum: flagged too-fast; at the minimum: a normal signup', async () => {
  const { app, db } = await setup({ M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook', M4A_SIGNUP_MIN_FILL_MS: '3000' });
  assert.equal((await postSignup(app, validSignup({ elapsedMs: 2999 }))).status, 201);
  assert.equal((await postSignup(app, validSignup({ elapsedMs: 3000 }))).status, 201);
  assert.equal(await count(db, "spam_reason = 'too-fast'"), 1);
  assert.equal(await count(db, 'spam_reason IS NULL AND elapsed_ms = 3000'), 1);
  assert.equal(await scalar(db, sql`SELECT count(*) FROM signup_forwards`), 1);
});

test('per-IP rate limit over real HTTP: 429 with Retry-After past the limit, other addresses unaffected', async () => {
  const { app, db } = await setup({ M4A_SIGNUP_RATE: '3', M4A_SIGNUP_RATE_WINDOW: '600' });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  // All of 127.0.0.0/8 is loopback on Linux, so distinct client addresses are real TCP peers.
  const post = (localAddress: string) =>
    new Promise<{ status: number; retryAfter?: string; expose?: string; body: string }>((resolve, reject) => {
      const body = JSON.stringify(validSignup());
      const req = request(
        {
          host: '127.0.0.1',
          port,
          localAddress,
          method: 'POST',
          path: '/api/signups',
          headers: {
            'Content-Type': 'application/json',
            'Idempotency-Key': randomUUID(),
            'X-Forwarded-For': randomUUID(),
            Origin: 'https://partner.example',
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              retryAfter: res.headers['retry-after'] as string | undefined,
              expose: res.headers['access-control-expose-headers'] as string | undefined,
              body: text,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  try {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await post('127.0.0.2'));
    assert.deepEqual(
      statuses.map((s) => s.status),
      [201, 201, 201, 429],
    );
    const limited = statuses[3]!;
    assert.ok(Number(limited.retryAfter) > 0 && Number(limited.retryAfter) <= 600, `Retry-After ${limited.retryAfter}`);
    assert.equal(ApiError.parse(JSON.parse(limited.body)).error.code, 'rate_limited');
    assert.equal(limited.expose, 'Retry-After');
    // A forged X-Forwarded-For (different on every request above) did not buy a fresh quota; another peer has its own.
    assert.equal((await post('127.0.0.3')).status, 201);
    assert.equal(await count(db), 4);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('IPv6 clients share one quota per /64; IPv4-mapped addresses count as IPv4', async () => {
  const { app } = await setup({ M4A_SIGNUP_RATE: '1' });
  // The Node adapter hands the socket to Hono as `env.incoming`; this is that shape, without a socket.
  const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
  assert.equal((await postSignup(app, validSignup(), randomUUID(), from('2001:db8:1:2::1'))).status, 201);
  assert.equal((await postSignup(app, validSignup(), randomUUID(), from('2001:0db8:0001:0002:ffff::9'))).status, 429);
  assert.equal((await postSignup(app, validSignup(), randomUUID(), from('2001:db8:1:3::1'))).status, 201);
  assert.equal((await postSignup(app, validSignup(), randomUUID(), from('192.0.2.7'))).status, 201);
  assert.equal((await postSignup(app, validSignup(), randomUUID(), from('::ffff:192.0.2.7'))).status, 429);
});

test('logs never carry the email, phone, name, ZIP or note', async () => {
  const { app, logLines } = await setup({ M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook' });
  await postSignup(app, validSignup());
  await postSignup(app, validSignup({ website: 'bot' }));
  await postSignup(app, validSignup({ email: 'bad' }));
  const all = logLines.join('\n');
  assert.ok(logLines.length >= 3);
  for (const secret of ['ana@example.org', '555', 'Muñoz', 'Ana', '53703', 'Weekends'])
    assert.ok(!all.includes(secret), secret);
});
