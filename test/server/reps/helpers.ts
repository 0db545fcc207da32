/** Shared set-up for the reps-*.test.ts files: fixture and real data folders, an app with imported data. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp } from '../../../server/app.js';
import type { AppDeps } from '../../../server/deps.js';
import { ROOT } from '../../../server/paths.js';
import { loadConfig } from '../../../server/config.js';
import { openSqlite } from '../../../server/db/index.js';
import { testDatabase } from '../support/db.js';
import { createLogger } from '../../../server/log.js';
import { importReps } from '../../../server/reps/import.js';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'reps');
export const FIXTURE_STANCES = join(FIXTURES, 'state-stances.json');

/** The real upstream files (M4A_REPS_DATA, default ../shared/data/reps), or null when absent. */
export const REAL_DATA: string | null = (() => {
  const dir = resolve(ROOT, process.env.M4A_REPS_DATA ?? '../shared/data/reps');
  return existsSync(join(dir, 'legislators-current.json')) && existsSync(join(dir, 'zccd.csv')) ? dir : null;
})();

/** The fixtures' "today": after the appointed NY senator's term ended, before the 120th Congress. */
export const FIXTURE_NOW = new Date('2026-11-27T12:00:00Z');

export interface RepsTestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  logs: string[];
}

/** An app on an in-memory database; `extra` are server settings (as environment variables), e.g. M4A_GEOCODER_URL. */
export function repsApp(extra: Record<string, string> = {}, overrides: Partial<AppDeps> = {}): RepsTestApp {
  const logs: string[] = [];
  const config = loadConfig({ M4A_DB: ':memory:', M4A_ADMIN_TOKEN: 'test-admin-token-0123456789', ...extra });
  const deps: AppDeps = {
    database: overrides.database ?? openSqlite(':memory:'),
    config,
    log: createLogger('info', (l) => logs.push(l)),
    fetch: globalThis.fetch,
    now: () => FIXTURE_NOW,
    ...overrides,
  };
  return { app: createApp(deps), deps, logs };
}

export async function importedApp(
  from: string,
  extra: Record<string, string> = {},
  overrides: Partial<AppDeps> = {},
): Promise<RepsTestApp> {
  // On the suite's engine (support/db.ts); repsApp alone, being synchronous, is on SQLite.
  const t = repsApp(extra, { database: overrides.database ?? (await testDatabase()), ...overrides });
  const stances = from === FIXTURES ? { stancesFile: FIXTURE_STANCES } : {};
  await importReps(t.deps.database, { from, now: t.deps.now(), ...stances });
  return t;
}
