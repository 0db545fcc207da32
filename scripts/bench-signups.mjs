/**
 * Signup throughput of the reference server, for `npm run bench`: the shared bench server (a child process on
 * 127.0.0.1 with a throwaway SQLite file and the signup rate limit lifted, see bench-context.mjs); autocannon fires
 * signups with a fresh Idempotency-Key each for a bounded time. Afterwards the database is read back: every signup
 * the server acknowledged must be there, exactly once. `bench()` returns the numbers and prints nothing.
 */
import { randomUUID } from 'node:crypto';

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
 * @param {{ baseUrl: string, dbFile: string }} context the shared bench server
 * @param {{ durationS?: number, connections?: number }} [options]
 * @returns {Promise<{ durationS: number, connections: number, signupsPerSec: number, latencyP50Ms: number,
 *   latencyP99Ms: number, latencyMaxMs: number, acknowledged: number, non2xx: number, errors: number, rows: number,
 *   missing: number, inFlightAtStop: number, ok: boolean }>}
 */
export async function bench({ baseUrl, dbFile }, { durationS = 5, connections = 16 } = {}) {
  const { default: autocannon } = await import('autocannon');
  const { default: Database } = await import('better-sqlite3');
  const body = JSON.stringify(SIGNUP);
  /** Keys sent, and keys whose response was read, by outcome. */
  const sent = new Set();
  const answered = new Set();
  const acknowledged = new Set();
  const result = await autocannon({
    url: baseUrl,
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
          return {
            ...req,
            headers: { ...req.headers, 'content-type': 'application/json', 'idempotency-key': context.key },
            body,
          };
        },
        onResponse: (status, _body, context) => {
          answered.add(context.key);
          if (status === 201) acknowledged.add(context.key);
        },
      },
    ],
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
}
