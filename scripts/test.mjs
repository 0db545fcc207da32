// `npm test`: every suite in turn (lint, types, browser, server, end-to-end), then one line totalling them all:
// `N passed, N failed`. Lint and the type check count as one test each. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return { code: r.status ?? 1, out: `${r.stdout}\n${r.stderr}` };
}

function record(name, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

const files = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)])).filter((f) => f.endsWith('.test.ts')).sort()
    : [];

function nodeTests(name, dir) {
  const list = files(dir);
  if (list.length === 0) return record(name, 0, 0);
  const { code, out } = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...list]);
  const n = (k) => Number(out.match(new RegExp(`(?:ℹ|#) ${k} (\\d+)`))?.[1] ?? 0);
  const failed = n('fail') + n('cancelled');
  record(name, n('pass'), failed || (code !== 0 ? 1 : 0), n('skipped') + n('todo'));
}

if (want('lint')) {
  const { code } = run('npx', ['eslint', '.']);
  record('lint', code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}
if (want('types')) {
  const { code } = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  record('types', code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}
if (want('browser')) {
  const summary = join(mkdtempSync(join(tmpdir(), 'm4a-wtr-')), 'summary.json');
  const { code } = run('npx', ['web-test-runner', '--static-logging'], { M4A_TEST_SUMMARY: summary });
  const s = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
  record('browser', s.passed, s.failed || (code !== 0 ? 1 : 0), s.skipped);
}
if (want('server')) nodeTests('server', 'test/server');
if (want('e2e')) {
  const built = run('npm', ['run', 'build']);
  if (built.code !== 0) record('e2e', 0, 1);
  else nodeTests('e2e', 'test/e2e');
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
