/**
 * The plugin's PHP without a site: every file passes `php -l`, and the settings page's checks
 * (includes/config.php) accept and refuse exactly what the page config's schemas (src/backends/options.ts) do,
 * on trimmed input as the embed builder gives it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MobilizeOptions, RestOptions, StaticOptions } from '../../src/backends/options.js';
import { skipWithoutWordPress } from '../support/wordpress.js';

const skip = skipWithoutWordPress('WordPress plugin PHP', false);
const SOURCE = 'wordpress/m4a-widgets';
const BUILT = 'dist/wordpress/m4a-widgets';

const phpFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? phpFiles(path) : f.endsWith('.php') ? [path] : [];
      })
    : [];

const URLS = [
  'https://example.org/api',
  'http://127.0.0.1:8787/api',
  '/api',
  './data/',
  '',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,x',
  '  javascript:x',
  'ftp://example.org',
  'example.org/api',
];
const IDS = ['1234', '0', '007', '', '12a', '-5', '1.5', ' 42 ', '99999999999999999999'];

/** PHP's verdicts (null or a message) for each value, from includes/config.php itself. */
function phpVerdicts(fn: string, values: string[]): Array<string | null> {
  const code = `define('ABSPATH', '/'); function __($s) { return $s; } require '${resolve(SOURCE, 'includes/config.php')}';
    echo json_encode(array_map(fn($v) => ${fn}(trim($v)), json_decode($argv[1])));`;
  return JSON.parse(execFileSync('php', ['-r', code, '--', JSON.stringify(values)], { encoding: 'utf8' }));
}

describe('WordPress plugin PHP', { skip }, () => {
  it('php -l: every PHP file of the plugin (sources and build) parses', () => {
    const files = [...phpFiles(SOURCE), ...phpFiles(BUILT)];
    assert.ok(files.length >= 8, `found ${files.length} PHP files`);
    for (const file of files) {
      const out = execFileSync('php', ['-l', file], { encoding: 'utf8' });
      assert.match(out, /No syntax errors detected/, file);
    }
  });

  it("backend addresses: accepted and refused exactly as the page config's REST and static options", () => {
    const php = phpVerdicts('m4a_widgets_endpoint_problem', URLS);
    URLS.forEach((url, i) => {
      for (const schema of [RestOptions, StaticOptions]) {
        const zod = schema.safeParse({ type: schema === RestOptions ? 'rest' : 'static', url: url.trim() });
        assert.equal(php[i] === null, zod.success, `"${url}": PHP ${php[i]}, page config ${zod.success}`);
        if (!zod.success) assert.equal(php[i], zod.error.issues[0]?.message, url);
      }
    });
  });

  it("Mobilize organization ids: accepted and refused exactly as the page config's Mobilize options", () => {
    const php = phpVerdicts('m4a_widgets_organization_problem', IDS);
    IDS.forEach((id, i) => {
      const zod = MobilizeOptions.safeParse({ type: 'mobilize', organizationId: id.trim() });
      assert.equal(php[i] === null, zod.success, `"${id}": PHP ${php[i]}, page config ${zod.success}`);
    });
  });

  it("states the package's version and the supported versions in the plugin header and readme.txt", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const header = readFileSync(join(SOURCE, 'm4a-widgets.php'), 'utf8');
    const readme = readFileSync(join(SOURCE, 'readme.txt'), 'utf8');
    assert.match(header, new RegExp(`Version:\\s+${version}\\n`));
    assert.match(header, new RegExp(`M4A_WIDGETS_VERSION = '${version}'`));
    assert.match(readme, new RegExp(`Stable tag: ${version}\\n`));
    for (const text of [header, readme]) {
      assert.match(text, /Requires at least:\s+6\.1/);
      assert.match(text, /Requires PHP:\s+8\.1/);
      assert.match(text, /License:\s+GPL-2\.0-or-later/);
    }
  });
});
