import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupedWrite } from '../../../server/db/commit-group.js';
import { scalar, sql, testDatabase, twoConnections } from '../support/db.js';

const put = (key: string) => (q: Parameters<Parameters<typeof groupedWrite>[1]>[0]) =>
  q.insertInto('rate_limits').values({ key, hits: 1, reset_at: 0 }).returning('key').executeTakeFirstOrThrow();

test('writes arriving together are each stored; a failing one undoes only itself', async () => {
  const db = await testDatabase();
  try {
    const outcomes = await Promise.allSettled([
      groupedWrite(db, put('a')),
      groupedWrite(db, async (q) => {
        await put('b')(q);
        await put('a')(q); // the key is taken: this write fails, and its first row goes with it
      }),
      groupedWrite(db, put('c')),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    const keys = await db.kysely.selectFrom('rate_limits').select('key').orderBy('key').execute();
    assert.deepEqual(
      keys.map((r) => r.key),
      ['a', 'c'],
    );
  } finally {
    await db.close();
  }
});

test('a write is committed, visible to another connection, when its promise resolves', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'm4a-group-'));
  const [one, two] = await twoConnections(join(dir, 'm4a.sqlite'));
  try {
    const keys = Array.from({ length: 300 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    await Promise.all(
      keys.map(async (key) => {
        await groupedWrite(one, put(key));
        const seen = await scalar<number>(two, sql`SELECT count(*) FROM rate_limits WHERE key = ${key}`);
        assert.equal(Number(seen), 1, key);
      }),
    );
    assert.equal(Number(await scalar(two, sql`SELECT count(*) FROM rate_limits`)), 300);
  } finally {
    await one.close();
    await two.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
