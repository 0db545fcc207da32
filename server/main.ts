/**
 * `npm start` / `npm run serve`: the reference server, on the embedded SQLite file by default or on PostgreSQL when
 * DATABASE_URL names one (several instances may then share it). SIGTERM/SIGINT drain: readiness fails at once, no
 * new connections are taken, requests in flight finish, background jobs finish their work and give back their
 * leases, then the database is closed.
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { loadConfig, type ServerConfig } from './config.js';
import { openDatabase, type Db } from './db/index.js';
import { createLogger } from './log.js';
import { createApp } from './app.js';
import type { AppDeps } from './deps.js';
import { startBackgroundJobs } from './jobs/start.js';
import { setupLinkIfNoOwner } from './accounts/service.js';
import { consoleLink } from './routes/console-accounts.js';
import { writePidFile } from './ops/pid-file.js';

/** Past this, a shutdown that is still waiting (a stuck upstream) exits anyway; leases then run out on their own. */
const SHUTDOWN_LIMIT_MS = 15_000;

let config: ServerConfig;
let database: Db;
try {
  config = loadConfig();
  database = await openDatabase(config.database, { poolSize: config.M4A_DB_POOL });
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const log = createLogger(config.M4A_LOG);
// While the file is open here, `npm run restore` refuses to replace it.
const removePidFile =
  config.database.engine === 'sqlite' && config.database.file !== ':memory:'
    ? writePidFile(config.database.file)
    : () => {};
const deps: AppDeps = { database, config, log, fetch: globalThis.fetch, now: () => new Date() };
let draining = false;
const app = createApp(deps, { draining: () => draining });
const jobs = startBackgroundJobs(deps);
log.info('database opened', { engine: database.engine, database: database.label });

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const url = `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}/`;
  console.log(`m4a-widgets reference server\n  demo:     ${url}\n  api:      ${url}api\n  database: ${database.label}`);
  void printSetupLink(url);
  if (config.adminTokenGenerated) {
    console.log(`  organizer token for this run (set M4A_ADMIN_TOKEN to keep one): ${config.adminToken}`);
  }
}) as Server;

/** With no owner yet, a one-time link (24 h) that creates one: the console's first account. */
async function printSetupLink(url: string) {
  try {
    const link = await setupLinkIfNoOwner(database, new Date());
    if (link) {
      const at = consoleLink(deps, url, 'setup', link.token);
      console.log(
        `  console:  no owner yet; open this one-time link before ${link.expiresAt} to create one:\n    ${at}`,
      );
    } else {
      console.log(`  console:  ${new URL('/console/', config.M4A_PUBLIC_URL ?? url).toString()}`);
    }
  } catch (err) {
    log.error('setup link not made', { error: (err as Error).message });
  }
}

async function shutdown(signal: string) {
  if (draining) return;
  draining = true;
  log.info('shutting down', { signal });
  setTimeout(() => process.exit(1), SHUTDOWN_LIMIT_MS).unref();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections with no request in flight would otherwise hold close() open.
  server.closeIdleConnections();
  await Promise.all([closed, jobs.stop()]);
  await database.close();
  removePidFile();
  log.info('stopped', { signal });
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
