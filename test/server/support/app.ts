/** An app on a fresh test database (support/db.ts) and captured logs, for server tests that need no port. */
import { createApp } from '../../../server/app.js';
import type { AppDeps } from '../../../server/deps.js';
import { loadConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/log.js';
import { testDatabase } from './db.js';

export async function testApp(env: Record<string, string> = {}, overrides: Partial<AppDeps> = {}) {
  const logs: string[] = [];
  const config = loadConfig({
    M4A_DB: ':memory:',
    M4A_ADMIN_TOKEN: 'test-admin-token-0123456789',
    M4A_SEED_DEMO: '0',
    ...env,
  });
  const database = await testDatabase();
  const deps: AppDeps = {
    database,
    config,
    log: createLogger('info', (l) => logs.push(l)),
    fetch: globalThis.fetch,
    now: () => new Date(),
    ...overrides,
  };
  return { app: createApp(deps), deps, logs };
}
