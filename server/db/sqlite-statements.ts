/**
 * The SQLite connection as Kysely's SQLite dialect sees it, with prepared statements kept: Kysely's driver asks for
 * `prepare(sql)` on every query, and preparing costs as much as running a small insert. The queries a server runs
 * are a few dozen distinct SQL strings, so they are prepared once each; the bound keeps a stream of one-off strings
 * (an IN list of every length) from growing the map for ever.
 */
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const MAX_STATEMENTS = 500;

export function keptStatements(sqlite: Database.Database, max = MAX_STATEMENTS): SqliteDatabase {
  const kept = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      let statement = kept.get(text);
      if (!statement) {
        // The oldest goes first: Map keeps insertion order.
        if (kept.size >= max) kept.delete(kept.keys().next().value!);
        statement = sqlite.prepare(text) as unknown as SqliteStatement;
        kept.set(text, statement);
      }
      return statement;
    },
  };
}
