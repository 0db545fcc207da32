import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { compiledOnce, statementName } from '../../../server/db/prepared.js';
import { testDatabase } from '../support/db.js';

type Row = { key: string; hits: number; reset_at: number };

test('a query compiled once runs with each call’s values, as the builder would have written it', async () => {
  const db = await testDatabase();
  try {
    const upsert = compiledOnce(['key', 'hits', 'reset_at'], (row: Row) =>
      db.kysely
        .insertInto('rate_limits')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet({ hits: sql<number>`rate_limits.hits + ${row.hits}` }))
        .returning(['key', 'hits']),
    );
    const row = { key: 'a', hits: 2, reset_at: 5 };
    const built = db.kysely
      .insertInto('rate_limits')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ hits: sql<number>`rate_limits.hits + ${row.hits}` }))
      .returning(['key', 'hits'])
      .compile();
    const compiled = upsert(row);
    assert.equal(compiled.sql, built.sql);
    assert.deepEqual(compiled.parameters, built.parameters);
    assert.match(statementName(compiled.sql) ?? '', /^m4a_\d+$/);
    await db.kysely.executeQuery(compiled);
    const [again] = (await db.kysely.executeQuery(upsert({ key: 'a', hits: 3, reset_at: 5 }))).rows;
    assert.deepEqual({ ...again, hits: Number(again!.hits) }, { key: 'a', hits: 5 });
  } finally {
    await db.close();
  }
});

test('a value that does not become a parameter is refused when the query is compiled', async () => {
  const db = await testDatabase();
  try {
    assert.throws(
      () =>
        compiledOnce(['key', 'hits'], (v: { key: string; hits: number }) =>
          db.kysely.selectFrom('rate_limits').select('key').where('key', '=', v.key),
        ),
      /hits did not become parameters/,
    );
    assert.throws(
      () =>
        compiledOnce(['key'], (v: { key: string }) =>
          db.kysely.selectFrom('rate_limits').select('key').where('key', '=', v.key).where('hits', '>', 2),
        ),
      /is not one of the values/,
    );
  } finally {
    await db.close();
  }
});
