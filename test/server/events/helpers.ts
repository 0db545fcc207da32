/** Shared setup for the events tests: fixtures in each source's real format, fake upstreams on 127.0.0.1, an app with a clock. */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../../server/app.js';
import type { AppDeps } from '../../../server/deps.js';
import { loadConfig } from '../../../server/config.js';
import { testDatabase } from '../support/db.js';
import { createLogger } from '../../../server/log.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'events');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
export const fixtureJson = <T = Record<string, unknown>>(name: string) => JSON.parse(fixture(name)) as T;

export const ADMIN_TOKEN = 'test-admin-token-events-0123456789';
export const ADMIN = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** Before every upcoming date in the fixtures (Dec 2026 – Jan 2027), after their past ones. */
export const FIXTURE_NOW = new Date('2026-12-01T00:00:00Z');

export interface Clock {
  now: Date;
  set(iso: string): void;
}

/** An app on a fresh test database; `env` are server settings (as environment variables). */
export async function eventsApp(overrides: Partial<AppDeps> = {}, env: Record<string, string> = {}) {
  const clock: Clock = {
    now: FIXTURE_NOW,
    set(iso) {
      this.now = new Date(iso);
    },
  };
  const logs: string[] = [];
  const database = overrides.database ?? (await testDatabase());
  const deps: AppDeps = {
    database,
    config: loadConfig({ M4A_LOG: 'silent', M4A_ADMIN_TOKEN: ADMIN_TOKEN, ...env }),
    log: createLogger('info', (l) => logs.push(l)),
    fetch: globalThis.fetch,
    now: () => clock.now,
    ...overrides,
  };
  return { app: createApp(deps), deps, db: deps.database, clock, logs };
}

export interface Recorded {
  method: string;
  path: string;
  url: URL;
  headers: IncomingHttpHeaders;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A real HTTP server on 127.0.0.1. `respond` sees each request; bodies have every `https://<upstreamHost>` turned
 * into this server's origin, so fixtures keep the links the real API sends.
 */
export async function fakeUpstream(respond: (req: Recorded, index: number) => Reply, upstreamOrigins: string[] = []) {
  const requests: Recorded[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const rec: Recorded = { method: req.method ?? '', path: url.pathname, url, headers: req.headers };
    requests.push(rec);
    const out = respond(rec, requests.length - 1);
    let body = out.body ?? '';
    for (const o of upstreamOrigins) body = body.split(o).join(origin);
    res.writeHead(out.status ?? 200, { 'Content-Type': 'application/json', ...out.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const MOBILIZE_ORIGIN = 'https://api.mobilize.us';
export const ACTION_NETWORK_ORIGIN = 'https://actionnetwork.org';

/** Mobilize for organization 4242: page 1, then page 2 when asked with the `cursor` from page 1's `next`. */
export function mobilizeReply(req: Recorded): Reply {
  if (req.path !== '/v1/organizations/4242/events')
    return { status: 404, body: JSON.stringify({ data: null, error: { detail: 'Not found.' } }) };
  return { body: fixture(req.url.searchParams.has('cursor') ? 'mobilize-page-2.json' : 'mobilize-page-1.json') };
}

/** Action Network: `?page=2` answers page 2, anything else page 1. Checks the API key header. */
export function actionNetworkReply(req: Recorded, key = 'an-test-key-123456'): Reply {
  if (req.headers['osdi-api-token'] !== key)
    return { status: 401, body: JSON.stringify({ error: 'API Key invalid or not present' }) };
  if (req.path !== '/api/v2/events') return { status: 404, body: '{}' };
  return {
    body: fixture(
      req.url.searchParams.get('page') === '2' ? 'action-network-page-2.json' : 'action-network-page-1.json',
    ),
  };
}
