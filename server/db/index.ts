/**
 * The storage layer: one `Db` for either engine, queried through Kysely (one set of queries; the dialect writes
 * them for SQLite or PostgreSQL). `openDatabase()` picks the engine from the target (server/db/target.ts), opens
 * it and applies pending migrations before anything else runs.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS_DIR, migratePostgres, migrateSqlite, migrations } from './migrate.js';
import type { Schema } from './schema.js';
import { describeTarget, type DatabaseTarget, type Engine } from './target.js';
import { keptStatements } from './sqlite-statements.js';
import { namedStatements } from './pg-statements.js';

export type { Engine, DatabaseTarget } from './target.js';
export type { Schema } from './schema.js';
/** A query builder on the database or inside one of its transactions. */
export type Q = Kysely<Schema>;

export interface Db {
  readonly engine: Engine;
  readonly kysely: Kysely<Schema>;
  /** The SQLite connection (SQLite only): online backups go through it. */
  readonly sqlite: Database.Database | undefined;
  /** Engine and place, without any password: for logs. */
  readonly label: string;
  /** Work to finish while the database is still open when it closes (e.g. counters kept in memory). */
  beforeClose(task: () => Promise<void>): void;
  close(): Promise<void>;
}

/** `beforeClose` and `close` for a Kysely instance: a failing task does not keep the connection open. */
function closing(kysely: Kysely<Schema>): Pick<Db, 'beforeClose' | 'close'> {
  const tasks: Array<() => Promise<void>> = [];
  return {
    beforeClose: (task) => void tasks.push(task),
    close: async () => {
      await Promise.allSettled(tasks.map((task) => task()));
      await kysely.destroy();
    },
  };
}

export interface OpenOptions {
  /** PostgreSQL connections per instance. */
  poolSize?: number;
  /** PostgreSQL schema to work in (tests give each database its own); created when missing. */
  schema?: string;
}

/** An SQLite file (`:memory:` for throwaway runs), migrated. Synchronous: SQLite needs no round trip. */
export function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL, not WAL's usual NORMAL: every commit is on disk (fsync of the WAL) before the 201 goes out, so an
  // acknowledged signup survives a power cut, not just a crash of this process.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  migrateSqlite(sqlite);
  const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database: keptStatements(sqlite) }) });
  return {
    engine: 'sqlite',
    kysely,
    sqlite,
    label: describeTarget({ engine: 'sqlite', file }),
    // Kysely's SQLite driver closes the connection when it is destroyed.
    ...closing(kysely),
  };
}

/** BIGINT (epoch milliseconds, counts) as numbers: every value the schema keeps in one fits a double exactly. */
const PG_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? Number
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

export async function openPostgres(url: string, options: OpenOptions = {}): Promise<Db> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  // allowExitOnIdle (pg 8.7+, newer than its type declarations): idle connections never keep a finished command
  // or test process alive.
  const config: pg.PoolConfig & { allowExitOnIdle: boolean } = {
    connectionString: url,
    max: options.poolSize ?? 10,
    types: PG_TYPES,
    allowExitOnIdle: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new pg.Pool(config);
  // An idle connection the server drops (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await migratePostgres(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  const kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: namedStatements(pool) }) });
  return {
    engine: 'postgres',
    kysely,
    sqlite: undefined,
    label: describeTarget({ engine: 'postgres', url }) + (schema ? ` (schema ${schema})` : ''),
    ...closing(kysely),
  };
}

export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Db> {
  return target.engine === 'sqlite' ? Promise.resolve(openSqlite(target.file)) : openPostgres(target.url, options);
}

/**
 * Runs `fn` in one transaction. On SQLite it begins IMMEDIATE, taking the file's write lock up front, so two
 * processes on one file queue (busy_timeout) instead of failing when a read turns into a write.
 */
export async function transaction<T>(db: Db, fn: (trx: Q) => Promise<T>): Promise<T> {
  if (db.engine === 'postgres') return db.kysely.transaction().execute(fn);
  return db.kysely.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (err) {
      await sql`ROLLBACK`.execute(conn);
      throw err;
    }
  });
}

/**
 * Runs `fn` in a read transaction that sees one snapshot of the database throughout (PostgreSQL: REPEATABLE READ;
 * SQLite: a deferred transaction, a snapshot in WAL mode), so data written by another instance meanwhile is seen
 * entirely or not at all.
 */
export async function snapshot<T>(db: Db, fn: (trx: Q) => Promise<T>): Promise<T> {
  if (db.engine === 'postgres') return db.kysely.transaction().setIsolationLevel('repeatable read').execute(fn);
  return db.kysely.connection().execute(async (conn) => {
    await sql`BEGIN`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (err) {
      await sql`ROLLBACK`.execute(conn);
      throw err;
    }
  });
}

/** Readiness: the database answers and every migration this code knows is applied. */
export async function isReady(db: Db): Promise<{ ready: boolean; reason?: string }> {
  try {
    const rows = await db.kysely.selectFrom('schema_migrations').select('name').execute();
    const applied = new Set(rows.map((r) => r.name));
    const missing = migrations(db.engine, MIGRATIONS_DIR).filter((m) => !applied.has(m.name));
    return missing.length ? { ready: false, reason: `migrations pending: ${missing.length}` } : { ready: true };
  } catch (err) {
    return { ready: false, reason: `database unreachable: ${(err as Error).message}` };
  }
}
