/**
 * `npm run restore -- --from <backup file>`: puts a backup (from `npm run backup`) in place of the server's SQLite
 * file. Refuses while a server has the file open (its pid file names a live process: stop it first), and refuses a
 * backup that fails its integrity check. The file it replaces is kept beside it as `<file>.before-restore-<time>`;
 * its -wal and -shm files are moved away with it, since a stale WAL would be replayed into the restored data.
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { runningServer } from './pid-file.js';
import { countsLine, inspect } from './sqlite-file.js';

export function restoreSqlite(
  from: string,
  target: string,
  now = new Date(),
): { counts: Record<string, number>; kept?: string } {
  const pid = runningServer(target);
  if (pid !== null) throw new Error(`a server (pid ${pid}) has ${target} open: stop it, then restore`);
  if (!existsSync(from)) throw new Error(`no backup at ${from}`);
  const backup = inspect(from);
  if (!backup.ok) throw new Error(`${from} failed its integrity check (${backup.problem}): not restored`);
  const staged = `${target}.restoring`;
  copyFileSync(from, staged);
  let kept: string | undefined;
  if (existsSync(target)) {
    kept = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, kept);
    for (const side of ['-wal', '-shm']) if (existsSync(target + side)) renameSync(target + side, kept + side);
  }
  renameSync(staged, target);
  return { counts: backup.counts, ...(kept ? { kept } : {}) };
}

function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || !values.from) return console.log('usage: npm run restore -- --from <backup file>');
  const config = loadConfig();
  if (config.database.engine !== 'sqlite') {
    throw new Error('DATABASE_URL names PostgreSQL: restore with pg_restore or your provider (docs/deployment.md)');
  }
  const target = resolve(config.database.file);
  const { counts, kept } = restoreSqlite(resolve(values.from), target);
  console.log(`restored ${target}\n  from: ${resolve(values.from)}\n  rows: ${countsLine(counts)}`);
  if (kept) console.log(`  the replaced file is kept as ${kept}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    main();
  } catch (err) {
    console.error(`restore failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
