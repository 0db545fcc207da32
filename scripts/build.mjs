// `npm run build`: the two drop-in bundles and the embed builder page (Vite), the npm modules and types (tsc), the
// custom-elements manifest.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

await build({ mode: 'es', logLevel: 'warn' });
// The all-in-one classic script (the classic loader m4a-widgets.iife.js comes with the es build).
await build({ mode: 'all', logLevel: 'warn' });
// The embed builder page (dist/builder/): its own entry, not part of the drop-in.
await build({ mode: 'builder', logLevel: 'warn' });
// The React 19 example page (dist/react-example/): demo/react, built as an app.
await build({ mode: 'react', logLevel: 'warn' });
// The organizer console (dist/console/): its own entry, served at /console/ by the reference server.
await build({ mode: 'console', logLevel: 'warn' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);
run('node', ['scripts/editor-data.mjs']);

const files = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const bundles = files('dist').filter((f) => /^dist\/(m4a-widgets|chunks\/)/.test(f) && f.endsWith('.js'));
// Subresource Integrity for partners who self-host: <script src=".../m4a-widgets.js" integrity="sha384-..." crossorigin>.
const sri = Object.fromEntries(
  bundles.map((f) => [
    f.slice('dist/'.length),
    `sha384-${createHash('sha384').update(readFileSync(f)).digest('base64')}`,
  ]),
);
writeFileSync('dist/sri.json', JSON.stringify(sri, null, 2) + '\n');
console.log(`built ${bundles.length} drop-in files, npm modules in dist/lib, custom-elements.json`);
console.log('Subresource Integrity (also in dist/sri.json):');
for (const f of ['m4a-widgets.js', 'm4a-widgets.iife.js', 'm4a-widgets.all.iife.js']) console.log(`  ${f}  ${sri[f]}`);
run('node', ['--conditions=m4a-source', '--import', 'tsx', 'scripts/build-wordpress.mjs']);
run('node', ['scripts/content-review.mjs']);
