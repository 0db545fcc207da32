/**
 * The representative data's SQLite connection, until the reps store moves onto the storage layer in server/db/
 * like every other store (issue #12): the same file and the same migrations, through better-sqlite3 directly.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { openSqlite } from './db/index.js';
import { migrateSqlite } from './db/migrate.js';

export type Db = BetterSqlite3.Database;

export function openDb(file: string): Db {
  return openSqlite(file).sqlite!;
}

export const migrate = (db: Db): string[] => migrateSqlite(db);
