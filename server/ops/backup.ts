/**
 * `npm run backup [-- --to <file>]`: a consistent copy of the server's SQLite database while the server keeps
 * serving, through SQLite's online backup API (better-sqlite3's `db.backup()`, page by page, restarting when the
 * server writes meanwhile). Default destination `.data/backups/m4a-<UTC time>.sqlite`. The copy is then checked
 * (integrity_check) and its row counts printed. On PostgreSQL use pg_dump or the provider's backups instead
 * (docs/deployment.md).
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { countsLine, inspect } from './sqlite-file.js';

export async function backupSqlite(source: string, to: string): Promise<Record<string, number>> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(to)) throw new Error(`${to} exists already: choose another --to`);
  mkdirSync(dirname(to), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(to);
  } finally {
    db.close();
  }
  const copy = inspect(to);
  if (!copy.ok) throw new Error(`the copy at ${to} failed its integrity check: ${copy.problem}`);
  return copy.counts;
}

async function main() {
  const { values } = parseArgs({ options: { to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log('usage: npm run backup -- [--to <file>]');
  const config = loadConfig();
  if (config.database.engine !== 'sqlite') {
    throw new Error('DATABASE_URL names PostgreSQL: back it up with pg_dump or your provider (docs/deployment.md)');
  }
  const source = resolve(config.database.file);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const to = resolve(values.to ?? join(dirname(source), 'backups', `m4a-${stamp}.sqlite`));
  const counts = await backupSqlite(source, to);
  console.log(`backed up ${source}\n  to:   ${to}\n  rows: ${countsLine(counts)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
