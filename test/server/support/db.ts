/**
 * The database a server test runs on: SQLite in memory by default; with M4A_TEST_DATABASE_URL set (a PostgreSQL
 * URL, e.g. postgres://m4a@127.0.0.1:55432/postgres), a fresh schema in that database per call, so every test
 * starts empty there too. `npm test` runs the server suite once per engine (scripts/test.mjs).
 */
import { randomBytes } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { openPostgres, openSqlite, type Db } from '../../../server/db/index.js';

export const TEST_PG_URL = process.env.M4A_TEST_DATABASE_URL?.trim() || undefined;
export const ENGINE = TEST_PG_URL ? 'postgres' : 'sqlite';

export function testDatabase(): Promise<Db> {
  if (!TEST_PG_URL) return Promise.resolve(openSqlite(':memory:'));
  return openPostgres(TEST_PG_URL, { schema: `t_${randomBytes(6).toString('hex')}`, poolSize: 4 });
}

/** Two connections (pools) to one fresh database, as two instances would have. */
export async function twoConnections(file: string): Promise<[Db, Db]> {
  if (!TEST_PG_URL) return [openSqlite(file), openSqlite(file)];
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const first = await openPostgres(TEST_PG_URL, { schema, poolSize: 2 });
  return [first, await openPostgres(TEST_PG_URL, { schema, poolSize: 2 })];
}

/** Every row of a query written with kysely's `sql` tag (parameters work on both engines). */
export async function rows<T = Record<string, unknown>>(db: Db, query: RawBuilder<unknown>): Promise<T[]> {
  return (await query.execute(db.kysely)).rows as T[];
}

/** The first column of the first row, as a number when it is a count. */
export async function scalar<T = unknown>(db: Db, query: RawBuilder<unknown>): Promise<T> {
  const [first] = await rows(db, query);
  const value = first ? Object.values(first)[0] : undefined;
  return (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value) as T;
}

export { sql };
