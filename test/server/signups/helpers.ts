/** Shared setup for the signup server tests: app with a controllable clock, valid bodies, fake upstreams on loopback. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createApp } from '../../../server/app.js';
import type { AppDeps } from '../../../server/deps.js';
import { loadConfig } from '../../../server/config.js';
import type { Db } from '../../../server/db/index.js';
import { testDatabase } from '../support/db.js';
import { createLogger } from '../../../server/log.js';
import type { SignupInput } from '../../../src/shared/schemas/signup.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface Clock {
  now: Date;
  advance(ms: number): void;
}

/** App on a fresh test database; `env` adds signup variables exactly as they would come from the environment. */
export async function setup(env: Record<string, string> = {}, given?: Db) {
  const db = given ?? (await testDatabase());
  const clock: Clock = {
    now: new Date('2026-10-01T15:00:00.000Z'),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const lines: string[] = [];
  const config = Object.assign(loadConfig({ M4A_LOG: 'silent', M4A_ADMIN_TOKEN: ADMIN_TOKEN }), env);
  const deps: AppDeps = {
    database: db,
    config,
    // Logs are captured (not printed) so tests can check no personal data reaches them.
    log: createLogger('info', (l) => lines.push(l)),
    fetch: globalThis.fetch,
    now: () => clock.now,
  };
  return { app: createApp(deps), deps, db, clock, logLines: lines };
}

export function validSignup(overrides: Partial<SignupInput> = {}): SignupInput {
  return {
    givenName: 'Ana',
    familyName: 'Muñoz',
    email: 'ana@example.org',
    phone: '(608) 555-0123',
    zip: '53703',
    interests: ['canvass', 'phone-text-bank'],
    answers: { 'shirt-size': 'M' },
    note: 'Weekends work best.',
    emailOptIn: true,
    smsOptIn: false,
    lang: 'es',
    attribution: { source: 'pnhp', utm: { campaign: 'fall' }, pageUrl: 'https://pnhp.org/join', site: 'pnhp.org' },
    website: '',
    elapsedMs: 42_000,
    submittedAt: '2026-10-01T09:59:00-05:00',
    ...overrides,
  };
}

export function postSignup(
  app: ReturnType<typeof createApp>,
  body: unknown,
  key: string | null = randomUUID(),
  env?: object,
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key !== null) headers['Idempotency-Key'] = key;
  const init = { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
  return Promise.resolve(app.request('/api/signups', init, env));
}

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server on 127.0.0.1 that records each request and answers with `respond`. */
export async function fakeUpstream(
  respond: (req: Recorded, index: number) => { status: number; headers?: Record<string, string>; body?: string },
) {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec: Recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(rec);
      const out = respond(rec, requests.length - 1);
      res.writeHead(out.status, { 'Content-Type': 'application/json', ...out.headers });
      res.end(out.body ?? '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v2/people/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An Action Network person signup helper answer, as the real API sends it (trimmed). */
export const ACTION_NETWORK_CREATED = JSON.stringify({
  identifiers: ['action_network:d91b4b2e-ae0e-4cd3-9ed7-d0ec501b0bc3'],
  given_name: 'Ana',
  _links: { self: { href: 'https://actionnetwork.org/api/v2/people/d91b4b2e-ae0e-4cd3-9ed7-d0ec501b0bc3' } },
});
