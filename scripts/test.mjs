// `npm test`: every suite in turn, each streaming its output as it runs, then one line totalling them all:
// `N passed, N failed`. Checks that are one verdict (lint, formatting, each type-check project, the architecture
// rules) count as one test each. `npm test -- server e2e` runs only the named suites. Exits non-zero if anything
// failed.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

/** Runs a command with its output streamed through, and keeps a copy to read the counts from. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (err) => resolve({ code: 1, out: String(err) }));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function record(name, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

/** Whether something listens at the URL's host and port (a PostgreSQL, we trust: the suite says if it is not). */
function reachable(url) {
  let host = '127.0.0.1';
  let port = 5432;
  try {
    const u = new URL(url);
    host = u.hostname || host;
    port = Number(u.port) || port;
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

const files = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))
        .filter((f) => f.endsWith('.test.ts'))
        .sort()
    : [];

/** One verdict: passes when the command exits 0. */
async function check(name, cmd, args) {
  console.log(`\n--- ${name}: ${cmd} ${args.join(' ')}`);
  const { code } = await run(cmd, args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

async function nodeTests(name, list, env = {}) {
  if (list.length === 0) return record(name, 0, 0);
  console.log(`\n--- ${name}: ${list.length} files in Node`);
  const args = ['--conditions=m4a-source', '--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1'];
  const { code, out } = await run(process.execPath, [...args, ...list], env);
  const n = (k) => Number(out.match(new RegExp(`(?:ℹ|#) ${k} (\\d+)`))?.[1] ?? 0);
  const failed = n('fail') + n('cancelled');
  record(name, n('pass'), failed || (code !== 0 ? 1 : 0), n('skipped') + n('todo'));
}

if (want('lint')) {
  await check('lint', 'npx', ['eslint', '.']);
  await check('format', 'npx', ['prettier', '--check', '.']);
}
if (want('types')) {
  for (const project of [
    'tsconfig.json',
    'src/shared/tsconfig.json',
    'server/tsconfig.json',
    'tsconfig.dev.json',
    'tsconfig.tools.json',
  ]) {
    await check(`types (${project})`, 'npx', ['tsc', '--noEmit', '-p', project]);
  }
}
if (want('deps'))
  await check('architecture rules', 'npx', ['depcruise', 'src', 'server', '--config', '.dependency-cruiser.cjs']);
if (want('browser')) {
  console.log('\n--- browser: web-test-runner in headless Chromium');
  const summary = join(mkdtempSync(join(tmpdir(), 'm4a-wtr-')), 'summary.json');
  const { code } = await run('npx', ['web-test-runner', '--static-logging'], { M4A_TEST_SUMMARY: summary });
  const s = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
  record('browser', s.passed, s.failed || (code !== 0 ? 1 : 0), s.skipped);
}
// Node runs the server's tests, the shared code's (no DOM needed, which they prove) and any *.node.test.ts (browser
// adapters against real server output); Chromium runs the rest but the end-to-end suite.
const nodeNamed = files('test').filter(
  (f) => f.endsWith('.node.test.ts') && !/^test[\\/](e2e|server|shared|visual)[\\/]/.test(f),
);
// The server suite runs on SQLite, then again on PostgreSQL (M4A_TEST_DATABASE_URL, which .ci/run sets) with the
// cluster test; without a reachable PostgreSQL that second run is skipped with one line saying so, unless
// M4A_REQUIRE_POSTGRES=1 (CI), where skipping it is a failure.
// The cluster test is about several instances on one PostgreSQL: it belongs to the second run only.
const pgOnly = (f) => f.startsWith(join('test', 'server', 'cluster'));
if (want('server')) {
  const sqlite = files(join('test', 'server')).filter((f) => !pgOnly(f));
  await nodeTests('server', [...sqlite, ...files(join('test', 'shared')), ...nodeNamed], {
    M4A_TEST_DATABASE_URL: '',
  });
}
if (want('server') || want('server-pg')) {
  const url = process.env.M4A_TEST_DATABASE_URL?.trim();
  if (url && (await reachable(url))) {
    await nodeTests('server-pg', files(join('test', 'server')), { M4A_TEST_DATABASE_URL: url });
  } else if (process.env.M4A_REQUIRE_POSTGRES === '1') {
    console.log(`\n--- server-pg: no PostgreSQL at M4A_TEST_DATABASE_URL, and M4A_REQUIRE_POSTGRES=1`);
    record('server-pg', 0, 1);
  } else {
    console.log(`\nserver-pg: skipped, no PostgreSQL reachable (set M4A_TEST_DATABASE_URL, see docs/deployment.md)`);
  }
}
// Screenshots of every story against test/visual/baselines (`npm run test:visual -- --update` rewrites them).
if (want('visual')) await nodeTests('visual', files(join('test', 'visual')));
let builtOk = false;
if (want('e2e')) {
  console.log('\n--- e2e: npm run build, then the end-to-end tests');
  const built = await run('npm', ['run', 'build']);
  builtOk = built.code === 0;
  if (built.code !== 0) record('e2e', 0, 1);
  else await nodeTests('e2e', files(join('test', 'e2e')));
}
// The byte budgets (scripts/size-budgets.mjs), one check on the build the end-to-end tests used (alone: built first).
if (want('sizes')) {
  if (!builtOk) console.log('\n--- sizes: npm run build first');
  const ready = builtOk || (await run('npm', ['run', 'build'])).code === 0;
  if (ready) await check('sizes', process.execPath, ['scripts/size-budgets.mjs']);
  else record('sizes', 0, 1);
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
