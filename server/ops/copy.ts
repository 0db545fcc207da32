/**
 * `npm run db:copy -- --from <sqlite file> --to <postgres url>`: a chapter outgrowing one file moves its database
 * into PostgreSQL. The source is read from an online backup (migrated to the current schema there, the file itself
 * untouched), the target migrated, then every table copied in one transaction; before it commits, each table's row
 * count and checksum (SHA-256 over its rows, in an order both engines agree on) are compared, and any difference
 * rolls the whole copy back. A target that already holds rows is refused. Leases, rate-limit windows, console
 * sessions and failed sign-ins are runtime state and are not copied (console users sign in again).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openPostgres, openSqlite, transaction, type Q } from '../db/index.js';
import { databaseTarget, describeTarget } from '../db/target.js';

/** Parents before children (foreign keys). */
export const COPIED_TABLES = [
  'meta',
  'signups',
  'signup_forwards',
  'events',
  'event_rsvps',
  'event_feeds',
  'reps_legislators',
  'reps_zip_districts',
  'reps_zip_districts_next',
  'reps_refresh_runs',
  'call_outcomes',
  'write_outcomes',
  'local_targets',
  'console_users',
  'console_links',
  'console_audit',
  'forward_pauses',
] as const;
type Table = (typeof COPIED_TABLES)[number];
const SLICE = 500;

type Row = Record<string, unknown>;

/** Row count and an order-independent SHA-256 of the rows, each as the JSON of its values in column order. */
export function checksum(rows: Row[], columns: readonly string[]): { rows: number; sha256: string } {
  const lines = rows.map((r) => JSON.stringify(columns.map((c) => r[c] ?? null))).sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { rows: rows.length, sha256: hash.digest('hex') };
}

export interface TableReport {
  table: Table;
  rows: number;
  sha256: string;
}

async function readAll(q: Q, table: Table): Promise<Row[]> {
  return (await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(q)).rows;
}

export async function copySqliteToPostgres(from: string, to: string): Promise<TableReport[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'm4a-db-copy-'));
  const snapshotFile = join(scratch, 'source.sqlite');
  try {
    const live = new Database(from, { fileMustExist: true, readonly: true });
    try {
      await live.backup(snapshotFile);
    } finally {
      live.close();
    }
    const source = openSqlite(snapshotFile);
    const target = await openPostgres(to, { poolSize: 2 });
    try {
      for (const table of COPIED_TABLES) {
        const { n } = await target.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        if (Number(n) > 0)
          throw new Error(`the target is not empty (${table} has ${n} rows): copy into an empty database`);
      }
      return await transaction(target, async (trx) => {
        const reports: TableReport[] = [];
        for (const table of COPIED_TABLES) {
          const rows = await readAll(source.kysely, table);
          const columns = rows[0] ? Object.keys(rows[0]) : [];
          for (let i = 0; i < rows.length; i += SLICE) {
            await trx
              .insertInto(table)
              .values(rows.slice(i, i + SLICE) as never)
              .execute();
          }
          const want = checksum(rows, columns);
          const got = checksum(await readAll(trx, table), columns);
          if (want.rows !== got.rows || want.sha256 !== got.sha256) {
            throw new Error(
              `${table}: ${got.rows} rows copied of ${want.rows}, checksums ${got.sha256} vs ${want.sha256}`,
            );
          }
          reports.push({ table, ...got });
        }
        // Run ids were copied as they were: the next one the target numbers follows the highest.
        await sql`SELECT setval(pg_get_serial_sequence('reps_refresh_runs', 'id'),
          COALESCE((SELECT max(id) FROM reps_refresh_runs), 0) + 1, false)`.execute(trx);
        return reports;
      });
    } finally {
      await source.close();
      await target.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || !values.from || !values.to) {
    return console.log('usage: npm run db:copy -- --from <sqlite file> --to postgres://user:password@host:5432/db');
  }
  const target = databaseTarget(values.to, '');
  if (target.engine !== 'postgres') throw new Error('--to: a postgres:// URL');
  const reports = await copySqliteToPostgres(resolve(values.from), target.url);
  console.log(`copied ${resolve(values.from)} into ${describeTarget(target)}`);
  for (const r of reports)
    console.log(`  ${r.table.padEnd(26)} ${String(r.rows).padStart(8)} rows  sha256 ${r.sha256.slice(0, 16)}… ✓`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(`db:copy failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
