/**
 * Server settings, all from environment variables with working defaults so `npm start` needs none.
 * Documented in the README ("Reference server"); this schema is the single source of truth.
 */
import * as z from 'zod/mini';
import { randomBytes } from 'node:crypto';
import { CONTENT_ENV_SHAPE } from './content/store.js';
import { SIGNUP_ENV_SHAPE } from './signups/settings.js';
import { EventSourcesEnv } from './events/config.js';
import { REPS_ENV_SHAPE } from './reps/settings.js';
import { ACCOUNTS_ENV_SHAPE } from './accounts/settings.js';
import { TARGETS_ENV_SHAPE } from './targets/settings.js';
import { databaseTarget, DatabaseUrlError, type DatabaseTarget } from './db/target.js';

const csv = z.pipe(
  z.optional(z.string()),
  z.transform((s) =>
    (s ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ),
);

export const ServerEnv = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535)), 8787),
  HOST: z._default(z.string(), '127.0.0.1'),
  /** SQLite file; its folder is created on first start. `:memory:` for throwaway runs. Unused with PostgreSQL. */
  M4A_DB: z._default(z.string(), '.data/m4a.sqlite'),
  /** `postgres://user:password@host:5432/db` runs on PostgreSQL (several instances may share it); unset: SQLite. */
  DATABASE_URL: z.optional(z.string()),
  /** PostgreSQL connections each instance keeps open. */
  M4A_DB_POOL: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
  /** Bearer token for organizer endpoints (exports, event editing). Unset: a random one is made and printed at start. */
  M4A_ADMIN_TOKEN: z.optional(z.string().check(z.minLength(16, 'M4A_ADMIN_TOKEN must be at least 16 characters'))),
  /** Origins allowed to call the API from the browser, comma-separated (`*` for any). The server's own origin always is. */
  M4A_CORS_ORIGINS: csv,
  /** Largest accepted JSON body, in bytes. */
  M4A_BODY_LIMIT: z._default(z.coerce.number().check(z.int(), z.positive()), 64 * 1024),
  /** `silent` turns request logs off (tests); `info` logs one JSON line per request. */
  M4A_LOG: z._default(z.enum(['info', 'silent']), 'info'),
  /** Folder of upstream rep data for `npm run import:reps --from`; also used by tests and the demo when present. */
  M4A_REPS_DATA: z.optional(z.string()),
  /** US Census geocoder base URL (address -> districts); tests point it at a fake on loopback. */
  M4A_GEOCODER_URL: z._default(z.string(), 'https://geocoding.geo.census.gov/geocoder'),
  /** Milliseconds before an address lookup falls back to ZIP-level candidates. */
  M4A_GEOCODER_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 4000),
  ...CONTENT_ENV_SHAPE,
  ...SIGNUP_ENV_SHAPE,
  ...REPS_ENV_SHAPE,
  ...ACCOUNTS_ENV_SHAPE,
  ...TARGETS_ENV_SHAPE,
  ...EventSourcesEnv.shape,
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export interface ServerConfig extends ServerEnv {
  /** The engine and where, from DATABASE_URL (else the SQLite file M4A_DB). */
  database: DatabaseTarget;
  adminToken: string;
  adminTokenGenerated: boolean;
}

/** Reads the environment; throws one readable line per bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = ServerEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid server configuration:\n  ${lines.join('\n  ')}`);
  }
  let database: DatabaseTarget;
  try {
    database = databaseTarget(parsed.data.DATABASE_URL, parsed.data.M4A_DB);
  } catch (err) {
    if (!(err instanceof DatabaseUrlError)) throw err;
    throw new Error(`Invalid server configuration:\n  ${err.message}`, { cause: err });
  }
  const token = parsed.data.M4A_ADMIN_TOKEN;
  return {
    ...parsed.data,
    database,
    adminToken: token ?? randomBytes(24).toString('base64url'),
    adminTokenGenerated: token === undefined,
  };
}
