/** `npm run backup`, `npm run restore` and `npm run db:copy` (server/ops/). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openPostgres, openSqlite } from '../../../server/db/index.js';
import { backupSqlite } from '../../../server/ops/backup.js';
import { restoreSqlite } from '../../../server/ops/restore.js';
import { copySqliteToPostgres } from '../../../server/ops/copy.js';
import { pidFileOf } from '../../../server/ops/pid-file.js';
import { signupStore } from '../../../server/signups/store.js';
import { importReps } from '../../../server/reps/import.js';
import { recordCallOutcome } from '../../../server/reps/calls.js';
import { seedDemoEvents } from '../../../server/events/seed.js';
import { SignupRequest } from '../../../src/shared/schemas/signup.js';
import { FIXTURES, FIXTURE_NOW, FIXTURE_STANCES } from '../reps/helpers.js';
import { validSignup } from '../signups/helpers.js';
import { TEST_PG_URL, scalar, sql } from '../support/db.js';
import { freshDatabase } from '../cluster/instances.js';

const signup = SignupRequest.parse(validSignup());
const add = (db: ReturnType<typeof openSqlite>, n: number) =>
  Promise.all(
    Array.from({ length: n }, () =>
      signupStore(db).insert({
        idempotencyKey: randomUUID(),
        signup,
        receivedAt: new Date(),
        spamReason: null,
        destinations: ['webhook'],
      }),
    ),
  );

describe('backup and restore', () => {
  it('copies the file while it is being written, and restores it only once its server is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'm4a-ops-'));
    try {
      const file = join(dir, 'm4a.sqlite');
      const db = openSqlite(file);
      await add(db, 200);
      // Writes keep coming while the backup runs: the copy is one consistent state, signups with their forwards.
      const writing = add(db, 300);
      const counts = await backupSqlite(file, join(dir, 'backup.sqlite'));
      await writing;
      assert.ok(counts.signups! >= 200 && counts.signups! <= 500, String(counts.signups));
      assert.equal(counts.signup_forwards, counts.signups);
      await db.close();

      writeFileSync(pidFileOf(file), `${process.pid}\n`);
      assert.throws(() => restoreSqlite(join(dir, 'backup.sqlite'), file), /a server \(pid \d+\) has .* open/);
      // A pid file left by a crash names a process that is gone.
      writeFileSync(pidFileOf(file), '2147483646\n');
      const { kept } = restoreSqlite(join(dir, 'backup.sqlite'), file);
      assert.ok(kept);
      const restored = openSqlite(file);
      assert.equal(await scalar(restored, sql`SELECT count(*) FROM signups`), counts.signups);
      await restored.close();
      writeFileSync(join(dir, 'broken.sqlite'), 'not a database');
      assert.throws(() => restoreSqlite(join(dir, 'broken.sqlite'), file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm run backup writes a checked copy and prints its row counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'm4a-ops-cli-'));
    try {
      const file = join(dir, 'm4a.sqlite');
      void openSqlite(file).close();
      const out = execFileSync('npm', ['run', '--silent', 'backup', '--', '--to', join(dir, 'b.sqlite')], {
        env: { ...process.env, M4A_DB: file, DATABASE_URL: '' },
        encoding: 'utf8',
      });
      assert.match(out, /backed up .*m4a\.sqlite/);
      assert.match(out, /rows: .*signups 0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// PostgreSQL only: the server-pg suite (M4A_TEST_DATABASE_URL set) runs it.
if (TEST_PG_URL)
  describe('db:copy', () => {
    it('copies every table into an empty PostgreSQL with matching counts and checksums, and refuses a full one', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'm4a-copy-'));
      try {
        const file = join(dir, 'chapter.sqlite');
        const db = openSqlite(file);
        await add(db, 50);
        await seedDemoEvents(db, FIXTURE_NOW);
        await importReps(db, { from: FIXTURES, stancesFile: FIXTURE_STANCES, now: FIXTURE_NOW });
        await recordCallOutcome(db, { legislatorId: 'F000003', outcome: 'skipped' }, FIXTURE_NOW, 'call-key-123');
        await db.close();

        const url = await freshDatabase(TEST_PG_URL!);
        const reports = await copySqliteToPostgres(file, url);
        const by = Object.fromEntries(reports.map((r) => [r.table, r.rows]));
        assert.equal(by.signups, 50);
        assert.equal(by.signup_forwards, 50);
        assert.equal(by.events, 5);
        assert.equal(by.call_outcomes, 1);
        assert.ok(by.reps_zip_districts! > 0);
        const target = await openPostgres(url, { poolSize: 1 });
        assert.equal(await scalar(target, sql`SELECT count(*) FROM reps_legislators`), by.reps_legislators);
        await target.close();
        await assert.rejects(copySqliteToPostgres(file, url), /the target is not empty \(meta has \d+ rows\)/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
