import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseRateLimitStore, pruneRateLimits } from '../../../server/http/rate-limit-store.js';
import { rows, sql, testDatabase, twoConnections } from '../support/db.js';

const WINDOW_MS = 600_000;

async function stored(db: Parameters<typeof rows>[0]) {
  return rows<{ key: string; hits: number }>(db, sql`SELECT key, hits FROM rate_limits ORDER BY key`);
}

test('hits are counted at once and written within one flush, one row per client', async () => {
  const db = await testDatabase();
  const store = databaseRateLimitStore(db, WINDOW_MS, 'signups');
  const before = Date.now();
  const hits = [];
  for (let i = 0; i < 5; i++) hits.push(await store.increment('192.0.2.1'));
  await store.increment('192.0.2.2');
  assert.deepEqual(
    hits.map((h) => h.totalHits),
    [1, 2, 3, 4, 5],
  );
  const reset = hits[0]!.resetTime!.getTime();
  assert.ok(reset >= before + WINDOW_MS && reset <= Date.now() + WINDOW_MS);
  await store.flush();
  assert.deepEqual(
    (await stored(db)).map((r) => ({ ...r, hits: Number(r.hits) })),
    [
      { key: 'signups:192.0.2.1', hits: 5 },
      { key: 'signups:192.0.2.2', hits: 1 },
    ],
  );
  await db.close();
});

test('two instances on one database share a client’s count: each reads it on first sight and adds to it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'm4a-rate-'));
  const [one, two] = await twoConnections(join(dir, 'm4a.sqlite'));
  try {
    const a = databaseRateLimitStore(one, WINDOW_MS, 'signups');
    const b = databaseRateLimitStore(two, WINDOW_MS, 'signups');
    for (let i = 0; i < 3; i++) await a.increment('192.0.2.1');
    await a.flush();
    const first = await b.increment('192.0.2.1');
    assert.equal(first.totalHits, 4, 'B starts from what A wrote');
    await b.increment('192.0.2.1');
    await b.flush();
    // A learns B's hits when it next writes its own: the total every instance wrote comes back.
    await a.increment('192.0.2.1');
    await a.flush();
    assert.equal((await a.increment('192.0.2.1')).totalHits, 7);
    // One window for the client, whoever started it.
    assert.equal(first.resetTime!.getTime(), (await a.increment('192.0.2.1')).resetTime!.getTime());
  } finally {
    await one.close();
    await two.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a window that has passed starts again at 1, in memory and in the table', async () => {
  const db = await testDatabase();
  // Long enough that a flush on a busy machine still falls inside the window it writes.
  const store = databaseRateLimitStore(db, 1000, 'signups');
  await store.increment('192.0.2.1');
  await store.increment('192.0.2.1');
  await store.flush();
  await new Promise((r) => setTimeout(r, 1100));
  assert.equal((await store.increment('192.0.2.1')).totalHits, 1);
  await store.flush();
  assert.equal(Number((await stored(db))[0]!.hits), 1);
  await new Promise((r) => setTimeout(r, 1100));
  assert.equal(await pruneRateLimits(db), 1);
  await db.close();
});

test('hits still in memory are written before the database closes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'm4a-rate-'));
  const [one, two] = await twoConnections(join(dir, 'm4a.sqlite'));
  try {
    const store = databaseRateLimitStore(one, WINDOW_MS, 'signups');
    await store.increment('192.0.2.1');
    await store.increment('192.0.2.1');
    await one.close();
    assert.equal(Number((await stored(two))[0]!.hits), 2);
    assert.equal((await databaseRateLimitStore(two, WINDOW_MS, 'signups').increment('192.0.2.1')).totalHits, 3);
  } finally {
    await two.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('resetKey forgets the client here and in the table', async () => {
  const db = await testDatabase();
  const store = databaseRateLimitStore(db, WINDOW_MS, 'signups');
  await store.increment('192.0.2.1');
  await store.flush();
  await store.resetKey('192.0.2.1');
  assert.deepEqual(await stored(db), []);
  assert.equal((await store.increment('192.0.2.1')).totalHits, 1);
  await db.close();
});
