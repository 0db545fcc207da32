/**
 * Signup throughput of the reference server, for `npm run bench`. The server runs in a child process (its own
 * core, as in production) on 127.0.0.1 with a throwaway SQLite file and a rate limit high enough not to interfere;
 * autocannon fires signups with a fresh Idempotency-Key each for a bounded time. Afterwards the database is read
 * back: every signup the server acknowledged must be there, exactly once.
 *
 * `bench()` (what scripts/bench.mjs calls) returns the numbers and prints nothing. It starts its own server rather
 * than using the shared bench context's, which runs with the production rate limit (20 signups per 10 minutes).
 * Run as `node scripts/bench-signups.mjs --serve <db>` this file is that child server (forked by the parent).
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIGNUP = {
  givenName: 'Bench',
  familyName: 'Volunteer',
  email: 'bench@example.org',
  phone: '608-555-0123',
  zip: '53703',
  interests: ['canvass', 'phone-text-bank'],
  answers: { 'shirt-size': 'M' },
  note: 'Load test signup.',
  emailOptIn: true,
  smsOptIn: false,
  lang: 'en',
  attribution: { source: 'bench', utm: { campaign: 'load' }, pageUrl: 'https://example.org/join', site: 'example.org' },
  website: '',
  elapsedMs: 30_000,
  submittedAt: '2026-10-01T10:00:00-05:00',
};

/**
 * @param {{ durationS?: number, connections?: number }} [options]
 * @returns {Promise<{ durationS: number, connections: number, signupsPerSec: number, latencyP50Ms: number,
 *   latencyP99Ms: number, latencyMaxMs: number, acknowledged: number, non2xx: number, errors: number, rows: number,
 *   missing: number, inFlightAtStop: number, ok: boolean }>}
 */
export async function benchSignups({ durationS = 5, connections = 16 } = {}) {
  const { default: autocannon } = await import('autocannon');
  const { default: Database } = await import('better-sqlite3');
  const dir = mkdtempSync(join(tmpdir(), 'm4a-bench-signups-'));
  const dbFile = join(dir, 'signups.sqlite');
  const child = fork(fileURLToPath(import.meta.url), ['--serve', dbFile], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    const port = await new Promise((resolve, reject) => {
      child.once('message', (m) => resolve(/** @type {{ port: number }} */ (m).port));
      child.once('exit', (code) => reject(new Error(`bench server exited early (code ${code})`)));
    });

    const body = JSON.stringify(SIGNUP);
    /** Keys sent, and keys whose response was read, by outcome. */
    const sent = new Set();
    const answered = new Set();
    const acknowledged = new Set();
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: durationS,
      requests: [
        {
          method: 'POST',
          path: '/api/signups',
          // One request at a time per connection, so the connection's context names the request being answered.
          setupRequest: (req, context) => {
            context.key = randomUUID();
            sent.add(context.key);
            return { ...req, headers: { ...req.headers, 'content-type': 'application/json', 'idempotency-key': context.key }, body };
          },
          onResponse: (status, _body, context) => {
            answered.add(context.key);
            if (status === 201) acknowledged.add(context.key);
          },
        },
      ],
    });

    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.send('stop');
    });

    const db = new Database(dbFile, { readonly: true });
    const stored = new Set(db.prepare('SELECT idempotency_key FROM signups').pluck().all());
    db.close();
    let missing = 0;
    for (const key of acknowledged) if (!stored.has(key)) missing++;
    // Rows beyond the acknowledged ones must be requests still in flight when the clock ran out: sent, stored,
    // answer never read. Anything else would be a row nobody asked for.
    let inFlightAtStop = 0;
    let unexplained = 0;
    for (const key of stored) {
      if (acknowledged.has(key)) continue;
      if (sent.has(key) && !answered.has(key)) inFlightAtStop++;
      else unexplained++;
    }
    return {
      durationS: result.duration,
      connections,
      signupsPerSec: Math.round(acknowledged.size / result.duration),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      acknowledged: acknowledged.size,
      non2xx: result.non2xx,
      errors: result.errors,
      rows: stored.size,
      missing,
      inFlightAtStop,
      ok: missing === 0 && unexplained === 0 && result.non2xx === 0,
    };
  } finally {
    if (child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Entry point for `npm run bench` (scripts/bench.mjs passes its shared context, not needed here). */
export function bench() {
  return benchSignups();
}

/** Child mode: the real app (routes, middleware, SQLite) on an ephemeral loopback port. */
async function serveForBench(dbFile) {
  const { tsImport } = await import('tsx/esm/api');
  const here = import.meta.url;
  const { serve } = await import('@hono/node-server');
  const { createApp } = await tsImport('../server/app.ts', here);
  const { loadConfig } = await tsImport('../server/config.ts', here);
  const { openDb } = await tsImport('../server/db.ts', here);
  const { createLogger } = await tsImport('../server/log.ts', here);

  const config = Object.assign(loadConfig({ M4A_LOG: 'silent', M4A_DB: dbFile }), {
    M4A_SIGNUP_RATE: '1000000000',
  });
  const db = openDb(dbFile);
  const app = createApp({ db, config, log: createLogger('silent'), fetch: globalThis.fetch, now: () => new Date() });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }));
  process.on('message', (m) => {
    if (m !== 'stop') return;
    server.close(() => {
      db.close();
      process.exit(0);
    });
    server.closeAllConnections?.();
  });
}

if (process.argv[2] === '--serve') await serveForBench(process.argv[3]);
