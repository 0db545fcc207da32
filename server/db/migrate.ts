/**
 * Migrations: every file in `migrations/`, applied once each in name order, each in its own transaction, recorded in
 * `schema_migrations` under `<stem>.sql` (the names chapters' SQLite files already hold, from when every migration
 * was a .sql file). A `.sql` file is plain SQL both engines accept; `<stem>.postgres.sql` beside it replaces it on
 * PostgreSQL; a `.ts` file is code that writes the SQL for an engine. Numbering: 0xx core, 1xx signups, 2xx events,
 * 3xx representatives and calls.
 *
 * Several instances starting together on one PostgreSQL migrate one after the other under an advisory lock: the
 * first applies what is pending, the others then find nothing left. SQLite needs no lock: the transaction is
 * BEGIN IMMEDIATE, the file's one writer.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from './target.js';
import events from './migrations/201-events.js';
import repsData from './migrations/300-reps-data.js';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

const CODE: Record<string, (engine: Engine) => string> = { '201-events': events, '300-reps-data': repsData };

/** Arbitrary, fixed: the key of the advisory lock migrating instances take in turn. */
const MIGRATION_LOCK = 7_412_019_271;

export interface Migration {
  name: string;
  sql: string;
}

/** Every migration for an engine, in order. */
export function migrations(engine: Engine, dir = MIGRATIONS_DIR): Migration[] {
  const stems = new Set<string>(Object.keys(CODE));
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.sql') && !f.endsWith('.postgres.sql')) stems.add(f.slice(0, -'.sql'.length));
  }
  return [...stems].sort().map((stem) => {
    const code = CODE[stem];
    if (code) return { name: `${stem}.sql`, sql: code(engine) };
    const variant = join(dir, `${stem}.postgres.sql`);
    const file = engine === 'postgres' && existsSync(variant) ? variant : join(dir, `${stem}.sql`);
    return { name: `${stem}.sql`, sql: readFileSync(file, 'utf8') };
  });
}

const CREATE_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)';

/** Applies what is pending to an SQLite connection; returns the names applied. */
export function migrateSqlite(db: BetterSqlite3.Database, dir = MIGRATIONS_DIR): string[] {
  db.exec(CREATE_TABLE);
  const done = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]);
  const pending = migrations('sqlite', dir).filter((m) => !done.has(m.name));
  const record = db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.name, new Date().toISOString());
    }).immediate();
  }
  return pending.map((m) => m.name);
}

/** Applies what is pending to a PostgreSQL database, under the advisory lock; returns the names applied. */
export async function migratePostgres(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(CREATE_TABLE);
      const done = new Set(
        (await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name),
      );
      const pending = migrations('postgres', dir).filter((m) => !done.has(m.name));
      for (const m of pending) {
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)', [
            m.name,
            new Date().toISOString(),
          ]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
        }
      }
      return pending.map((m) => m.name);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
