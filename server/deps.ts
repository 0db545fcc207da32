/**
 * What every route, service and background job receives: the app's dependencies, in a leaf module so that wiring
 * (app.ts, main.ts, jobs) and features import it without importing each other.
 */
import type { Db } from './db/index.js';
import type { ServerConfig } from './config.js';
import type { Logger } from './log.js';

export interface AppDeps {
  /** The storage layer: SQLite or PostgreSQL, one set of queries (server/db/). */
  database: Db;
  config: ServerConfig;
  log: Logger;
  /** Outbound HTTP (Action Network, geocoder, feeds); tests pass a fetch aimed at fakes on loopback. */
  fetch: typeof fetch;
  /** Clock, replaceable in tests. */
  now: () => Date;
}

/**
 * A background job: started with the server, returns the function that stops it; the promise it may return settles
 * once the job's work in flight is finished and its leases are given back (shutdown waits for it).
 */
export type JobStarter = (deps: AppDeps) => () => void | Promise<void>;
