/**
 * Storage figures for `npm run bench` (issue #12): signups per second and ZIP lookups per second, with p50/p99
 * latency, for SQLite, PostgreSQL with one instance and PostgreSQL with two instances on one database, in one run.
 * Each configuration starts its own server processes (server/main.ts, the way `npm start` runs it) on a fresh
 * database; load runs are bounded (~5 s each, 32 connections by default, M4A_BENCH_CONNECTIONS) and split evenly
 * over the instances. After the signup run the
 * database is read back: every acknowledged signup must be stored exactly once (`lost`, `duplicated`).
 *
 * PostgreSQL comes from M4A_BENCH_DATABASE_URL, else M4A_TEST_DATABASE_URL (a server the bench may create
 * databases on); without one the PostgreSQL rows say why they were not measured.
 * `node --conditions=m4a-source --import tsx scripts/bench.mjs --only storage --no-build` runs just this part.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startServerProcess } from './server-process.mjs';
import { openDatabase } from '../server/db/index.ts';

const SIGNUP = {
  givenName: 'Bench',
  email: 'bench@example.org',
  zip: '53703',
  interests: ['canvass'],
  answers: {},
  emailOptIn: true,
  smsOptIn: false,
  lang: 'en',
  attribution: { source: 'bench', utm: {} },
  website: '',
  elapsedMs: 30_000,
  submittedAt: '2026-10-01T10:00:00-05:00',
};
/** Load connections, split over the instances. */
const CONNECTIONS = Number(process.env.M4A_BENCH_CONNECTIONS) || 32;
const ZIPS = ['53703', '10001', '30165', '82001', '05401', '20001', '00901', '94110', '60614', '99501', '02139'];
const CONFIGS = [
  { name: 'sqlite, 1 instance', engine: 'sqlite', instances: 1 },
  { name: 'postgres, 1 instance', engine: 'postgres', instances: 1 },
  { name: 'postgres, 2 instances', engine: 'postgres', instances: 2 },
];

async function freshPostgres(url) {
  const name = `m4a_bench_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const next = new URL(url);
  next.pathname = `/${name}`;
  return {
    url: next.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** autocannon against each instance at once, `connections` split between them; figures combined. */
async function load(urls, { durationS, connections, request, onResponse }) {
  const { default: autocannon } = await import('autocannon');
  const per = Math.max(1, Math.round(connections / urls.length));
  const runs = await Promise.all(
    urls.map((url) =>
      autocannon({ url, connections: per, duration: durationS, requests: [{ ...request, onResponse }] }),
    ),
  );
  const seconds = Math.max(...runs.map((r) => r.duration));
  return {
    perSec: Math.round(runs.reduce((n, r) => n + r.requests.total - r.non2xx - r.errors, 0) / seconds),
    // Each run's own percentiles: the slower instance's p99 is the one a visitor may meet.
    p50Ms: Math.max(...runs.map((r) => r.latency.p50)),
    p99Ms: Math.max(...runs.map((r) => r.latency.p99)),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

async function measure(config, pgUrl, repsData, durationS) {
  const tmp = mkdtempSync(join(tmpdir(), 'm4a-bench-storage-'));
  const database = config.engine === 'postgres' ? await freshPostgres(pgUrl) : undefined;
  const env = {
    M4A_SIGNUP_RATE: '1000000000',
    M4A_SEED_DEMO: '0',
    M4A_REPS_REFRESH: 'off',
    M4A_REPS_DATA: repsData,
    M4A_DB: join(tmp, 'm4a.sqlite'),
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  const servers = [];
  try {
    for (let i = 0; i < config.instances; i++) servers.push(await startServerProcess(env));
    // The first start imports the reference data; lookups answer once it is loaded on every instance.
    for (const s of servers) {
      for (let i = 0; i < 600; i++) {
        if ((await fetch(`${s.url}/api/reps?zip=53703`)).status === 200) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const urls = servers.map((s) => s.url);
    const acknowledged = new Set();
    const body = JSON.stringify(SIGNUP);
    const signups = await load(urls, {
      durationS,
      connections: CONNECTIONS,
      request: {
        method: 'POST',
        path: '/api/signups',
        setupRequest: (req, context) => {
          context.key = randomUUID();
          return { ...req, headers: { 'content-type': 'application/json', 'idempotency-key': context.key }, body };
        },
      },
      onResponse: (status, _body, context) => {
        if (status === 201) acknowledged.add(context.key);
      },
    });
    const db = await openDatabase(
      database ? { engine: 'postgres', url: database.url } : { engine: 'sqlite', file: env.M4A_DB },
    );
    let lost = 0;
    let duplicated = 0;
    try {
      const rows = await db.kysely.selectFrom('signups').select('idempotency_key').execute();
      const stored = new Map();
      for (const r of rows) stored.set(r.idempotency_key, (stored.get(r.idempotency_key) ?? 0) + 1);
      for (const key of acknowledged) if (!stored.has(key)) lost++;
      for (const n of stored.values()) if (n > 1) duplicated++;
    } finally {
      await db.close();
    }
    let z = 0;
    const lookups = await load(urls, {
      durationS,
      connections: CONNECTIONS,
      request: { method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/reps?zip=${ZIPS[z++ % ZIPS.length]}` }) },
    });
    return {
      signupsPerSec: signups.perSec,
      signupP50Ms: signups.p50Ms,
      signupP99Ms: signups.p99Ms,
      acknowledged: acknowledged.size,
      lost,
      duplicated,
      signupErrors: signups.non2xx + signups.errors,
      zipLookupsPerSec: lookups.perSec,
      zipP50Ms: lookups.p50Ms,
      zipP99Ms: lookups.p99Ms,
      zipErrors: lookups.non2xx + lookups.errors,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.drop().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function table(rows) {
  const head = ['configuration', 'signups/s', 'p50 ms', 'p99 ms', 'lost', 'dup', 'ZIP lookups/s', 'p50 ms', 'p99 ms'];
  const lines = [head.map((h, i) => (i ? h.padStart(15) : h.padEnd(24))).join('')];
  for (const [name, r] of Object.entries(rows)) {
    if (r.skipped || r.error) {
      lines.push(`${name.padEnd(24)}${`not measured: ${r.skipped ?? r.error}`}`);
      continue;
    }
    const cells = [
      r.signupsPerSec,
      r.signupP50Ms,
      r.signupP99Ms,
      r.lost,
      r.duplicated,
      r.zipLookupsPerSec,
      r.zipP50Ms,
      r.zipP99Ms,
    ];
    lines.push(name.padEnd(24) + cells.map((c) => String(c).padStart(15)).join(''));
  }
  return lines.join('\n');
}

/** @param {unknown} [_context] the shared bench context (unused: each configuration starts its own servers) */
export async function bench(_context, { durationS = 5 } = {}) {
  const pgUrl = process.env.M4A_BENCH_DATABASE_URL?.trim() || process.env.M4A_TEST_DATABASE_URL?.trim();
  const real = resolve(process.env.M4A_REPS_DATA ?? '../shared/data/reps');
  const repsData = existsSync(join(real, 'legislators-current.json')) ? real : resolve('test/fixtures/reps');
  const rows = {};
  for (const config of CONFIGS) {
    if (config.engine === 'postgres' && !pgUrl) {
      rows[config.name] = { skipped: 'set M4A_BENCH_DATABASE_URL or M4A_TEST_DATABASE_URL' };
      continue;
    }
    try {
      rows[config.name] = await measure(config, pgUrl, repsData, durationS);
    } catch (err) {
      rows[config.name] = { error: String(err?.message ?? err) };
    }
  }
  console.log(
    `\nstorage (${durationS} s per run, ${CONNECTIONS} connections split over the instances, reps data: ${repsData})`,
  );
  console.log(table(rows));
  return rows;
}
