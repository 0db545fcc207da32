/**
 * `npm start` / `npm run serve`: the reference server on its embedded default (an SQLite file under `.data/`).
 */
import { serve } from '@hono/node-server';
import { loadConfig } from './config.js';
import { openDb } from './db.js';
import { createLogger } from './log.js';
import { createApp } from './app.js';
import type { AppDeps } from './deps.js';
import { startBackgroundJobs } from './jobs/start.js';

const config = loadConfig();
const log = createLogger(config.M4A_LOG);
const db = openDb(config.M4A_DB);
const deps: AppDeps = { db, config, log, fetch: globalThis.fetch, now: () => new Date() };
const app = createApp(deps);
const jobs = startBackgroundJobs(deps);

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const url = `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}/`;
  console.log(`m4a-widgets reference server\n  demo:     ${url}\n  api:      ${url}api\n  database: ${config.M4A_DB}`);
  if (config.adminTokenGenerated) {
    console.log(`  organizer token for this run (set M4A_ADMIN_TOKEN to keep one): ${config.adminToken}`);
  }
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info('shutting down', { signal });
  jobs.stop();
  server.close(() => {
    db.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
