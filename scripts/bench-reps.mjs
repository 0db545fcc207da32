/**
 * Representative lookup figures for `npm run bench`: import time, memory of the loaded index, and lookups per
 * second with p99 latency for ZIP lookups and cached address lookups on the reference server.
 *
 * The server runs in a child process (its own core, as in production) on 127.0.0.1 with a throwaway SQLite file,
 * importing the real upstream files (M4A_REPS_DATA, default ../shared/data/reps) or, without them, the test
 * fixtures. Address lookups go to a fake Census geocoder on 127.0.0.1 inside the child; after one warm-up request
 * per address every lookup is served from the server's address cache, which is what this measures. Each load run
 * is bounded (~5 s). `bench()` returns the figures and prints nothing.
 * Run as `node --conditions=m4a-source --import tsx scripts/bench-reps.mjs --serve <dir>` this file is that child server.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'reps');

/** ZIPs spread over the country (single, split, cross-state, at-large, DC, PR, unknown); fixtures use their own. */
const REAL_ZIPS = [
  '53703',
  '10001',
  '30165',
  '82001',
  '05401',
  '20001',
  '00901',
  '94110',
  '60614',
  '73301',
  '99501',
  '02139',
  '00000',
];
const FIXTURE_ZIPS = ['53703', '10001', '30165', '82001', '05401', '20001', '00901', '78052', '99999'];
const ADDRESSES = [
  '2 E Main St, Madison, WI 53703',
  '100 State St, Madison, WI 53703',
  '1 Capitol Sq, Madison, WI 53703',
  '10 W Mifflin St, Madison, WI 53703',
];

function dataDir() {
  const real = resolve(ROOT, process.env.M4A_REPS_DATA ?? '../shared/data/reps');
  return existsSync(join(real, 'legislators-current.json'))
    ? { dir: real, real: true }
    : { dir: FIXTURES, real: false };
}

/**
 * @param {unknown} [_context] the shared bench context (unused: this bench starts its own server with a fake geocoder)
 * @param {{ durationS?: number, connections?: number }} [options]
 */
export async function bench(_context, { durationS = 5, connections = 8 } = {}) {
  const { default: autocannon } = await import('autocannon');
  const { dir, real } = dataDir();
  const tmp = mkdtempSync(join(tmpdir(), 'm4a-bench-reps-'));
  const child = fork(fileURLToPath(import.meta.url), ['--serve', dir, join(tmp, 'reps.sqlite')], {
    execArgv: ['--conditions=m4a-source', '--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    cwd: ROOT,
  });
  try {
    /** @type {{ port: number, importMs: number, indexMB: number, members: number, zips: number }} */
    const info = await new Promise((res, rej) => {
      child.once('message', res);
      child.once('exit', (code) => rej(new Error(`bench server exited early (code ${code})`)));
    });
    const base = `http://127.0.0.1:${info.port}`;
    const run = async (paths) => {
      let i = 0;
      const r = await autocannon({
        url: base,
        connections,
        duration: durationS,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
      });
      return { perSec: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
    };

    const zipPaths = (real ? REAL_ZIPS : FIXTURE_ZIPS).map((z) => `/api/reps?zip=${z}`);
    const zip = await run(zipPaths);

    const addressPaths = ADDRESSES.map((a) => `/api/reps?address=${encodeURIComponent(a)}`);
    for (const p of addressPaths) {
      const res = await fetch(base + p);
      if (res.status !== 200) throw new Error(`address warm-up answered ${res.status}`);
    }
    const address = await run(addressPaths);

    return {
      dataset: real ? 'real' : 'fixtures',
      importMs: info.importMs,
      indexMemoryMB: info.indexMB,
      members: info.members,
      zips: info.zips,
      zipLookupsPerSec: zip.perSec,
      zipP99Ms: zip.p99,
      cachedAddressLookupsPerSec: address.perSec,
      cachedAddressP99Ms: address.p99,
      non2xx: zip.non2xx + address.non2xx,
      errors: zip.errors + address.errors,
    };
  } finally {
    await new Promise((r) => {
      if (child.exitCode !== null) return r();
      child.once('exit', r);
      child.kill('SIGTERM');
    });
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The child: import, measure the index, serve the app and a fake geocoder on 127.0.0.1. */
async function serve(dir, dbFile) {
  const { createServer } = await import('node:http');
  const { serve: honoServe } = await import('@hono/node-server');
  const { openSqlite } = await import('../server/db/index.js');
  const { loadConfig } = await import('../server/config.js');
  const { createLogger } = await import('../server/log.js');
  const { createApp } = await import('../server/app.js');
  const { importReps } = await import('../server/reps/import.js');
  const { loadReps } = await import('../server/reps/store.js');

  const census = readFileSync(join(FIXTURES, 'census-onelineaddress-wi.json'), 'utf8');
  const geocoder = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(census);
  });
  await new Promise((r) => geocoder.listen(0, '127.0.0.1', r));

  const db = openSqlite(dbFile);
  const started = performance.now();
  await importReps(db, { from: dir });
  const importMs = Math.round(performance.now() - started);

  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const loaded = await loadReps(db);
  globalThis.gc?.();
  const indexMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

  const config = {
    ...loadConfig({ M4A_DB: dbFile, M4A_LOG: 'silent', M4A_ADMIN_TOKEN: 'bench-admin-token-0123456789' }),
    M4A_GEOCODER_URL: `http://127.0.0.1:${geocoder.address().port}/geocoder`,
  };
  const app = createApp({
    database: db,
    config,
    log: createLogger('silent'),
    fetch: globalThis.fetch,
    now: () => new Date(),
  });
  const server = honoServe({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (addr) => {
    process.send?.({
      port: addr.port,
      importMs,
      indexMB: Math.round(indexMB * 10) / 10,
      members: loaded?.index.byId.size ?? 0,
      zips: loaded?.index.meta.counts.zips ?? 0,
    });
  });
  process.on('SIGTERM', () => {
    server.close();
    geocoder.close();
    void db.close().finally(() => process.exit(0));
  });
}

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4]);
