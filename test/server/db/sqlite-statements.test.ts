import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { keptStatements } from '../../../server/db/sqlite-statements.js';

test('each SQL text is prepared once, and only the most recent ones are kept', () => {
  const sqlite = new Database(':memory:');
  let prepared = 0;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((text: string) => (prepared++, prepare(text))) as typeof sqlite.prepare;
  const db = keptStatements(sqlite, 2);
  const one = db.prepare('SELECT 1');
  assert.equal(db.prepare('SELECT 1'), one);
  assert.deepEqual(one.all([]), [{ 1: 1 }]);
  db.prepare('SELECT 2');
  db.prepare('SELECT 3'); // past the bound: SELECT 1, the oldest, goes
  assert.equal(prepared, 3);
  assert.notEqual(db.prepare('SELECT 1'), one);
  assert.equal(prepared, 4);
  db.close();
  assert.equal(sqlite.open, false);
});
