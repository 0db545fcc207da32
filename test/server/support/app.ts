/** An app with an in-memory database and captured logs, for server tests that need no port. */
import { createApp } from '../../../server/app.js';
import type { AppDeps } from '../../../server/deps.js';
import { loadConfig } from '../../../server/config.js';
import { openDb } from '../../../server/db.js';
import { createLogger } from '../../../server/log.js';

export function testApp(env: Record<string, string> = {}, overrides: Partial<AppDeps> = {}) {
  const logs: string[] = [];
  const config = loadConfig({ M4A_DB: ':memory:', M4A_ADMIN_TOKEN: 'test-admin-token-0123456789', M4A_SEED_DEMO: '0', ...env });
  const deps: AppDeps = {
    db: openDb(':memory:'),
    config,
    log: createLogger('info', (l) => logs.push(l)),
    fetch: globalThis.fetch,
    now: () => new Date(),
    ...overrides,
  };
  return { app: createApp(deps), deps, logs };
}
