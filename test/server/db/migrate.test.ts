/** Engine selection, migrations (chapters' existing files, several instances starting at once), readiness. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isReady, openPostgres, openSqlite } from '../../../server/db/index.js';
import { MIGRATIONS_DIR, migrations } from '../../../server/db/migrate.js';
import { databaseTarget, describeTarget } from '../../../server/db/target.js';
import { loadConfig } from '../../../server/config.js';
import { TEST_PG_URL, rows, sql } from '../support/db.js';

describe('DATABASE_URL', () => {
  it('selects the engine; unset keeps the SQLite file', () => {
    assert.deepEqual(databaseTarget(undefined, '.data/m4a.sqlite'), { engine: 'sqlite', file: '.data/m4a.sqlite' });
    assert.deepEqual(databaseTarget('sqlite:/var/m4a.db', 'x'), { engine: 'sqlite', file: '/var/m4a.db' });
    assert.equal(databaseTarget('postgresql://u:p@db:5432/m4a', 'x').engine, 'postgres');
  });

  it('names the setting and the problem, never the password', () => {
    const secret = 's3cret-Pa55';
    for (const [url, problem] of [
      [`mysql://u:${secret}@db/m4a`, /mysql: is not supported/],
      [`postgres://u:${secret}@db:5432`, /no database name/],
      [`postgres//u:${secret}@db/m4a`, /not a URL/],
    ] as const) {
      assert.throws(
        () => loadConfig({ DATABASE_URL: url }),
        (err: Error) => {
          assert.match(err.message, /DATABASE_URL/);
          assert.match(err.message, problem);
          assert.ok(!err.message.includes(secret), err.message);
          return true;
        },
      );
    }
    assert.equal(
      describeTarget(databaseTarget(`postgres://m4a:${secret}@db:5432/m4a`, 'x')),
      'postgres m4a@db:5432/m4a',
    );
  });
});

describe('migrations', () => {
  it("carry a chapter's existing SQLite file over: the .sql migrations it applied are not run again", () => {
    const dir = mkdtempSync(join(tmpdir(), 'm4a-legacy-'));
    try {
      // The file as the server before this storage layer left it: the five .sql migrations, by name.
      const file = join(dir, 'm4a.sqlite');
      const legacy = new Database(file);
      legacy.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      for (const m of migrations('sqlite').filter((x) =>
        ['001', '101', '201', '300', '310'].includes(x.name.slice(0, 3)),
      )) {
        legacy.exec(m.sql);
        legacy.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.name, '2026-01-01T00:00:00.000Z');
      }
      legacy.prepare("INSERT INTO meta (key, value) VALUES ('kept', 'yes')").run();
      legacy.close();
      const db = openSqlite(file);
      const names = db.sqlite!.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all() as string[];
      assert.deepEqual(
        names,
        migrations('sqlite').map((m) => m.name),
      );
      assert.equal(db.sqlite!.prepare("SELECT value FROM meta WHERE key = 'kept'").pluck().get(), 'yes');
      assert.ok(readFileSync(join(MIGRATIONS_DIR, '101-signups.sql'), 'utf8').includes('CREATE TABLE signups'));
      void db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // PostgreSQL only: the server-pg suite (M4A_TEST_DATABASE_URL set) runs it.
  if (TEST_PG_URL)
    it('run once when several instances start together on one PostgreSQL (advisory lock)', async () => {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      // The schema exists beforehand, as a database does; the four then find every migration pending.
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      const dbs = await Promise.all(
        Array.from({ length: 4 }, () => openPostgres(TEST_PG_URL!, { schema, poolSize: 1 })),
      );
      try {
        const applied = await rows<{ name: string }>(dbs[0]!, sql`SELECT name FROM schema_migrations ORDER BY name`);
        assert.deepEqual(
          applied.map((r) => r.name),
          migrations('postgres').map((m) => m.name),
        );
        for (const db of dbs) assert.deepEqual(await isReady(db), { ready: true });
      } finally {
        await Promise.all(dbs.map((d) => d.close()));
      }
    });

  it('readiness says when the database is gone', async () => {
    const db = openSqlite(':memory:');
    assert.deepEqual(await isReady(db), { ready: true });
    await db.close();
    assert.equal((await isReady(db)).ready, false);
  });
});
