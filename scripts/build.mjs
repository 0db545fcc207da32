// `npm run build`: the two drop-in bundles (Vite), the npm modules and types (tsc), the custom-elements manifest.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

await build({ mode: 'es', logLevel: 'warn' });
await build({ mode: 'iife', logLevel: 'warn' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const bundles = files('dist').filter((f) => /^dist\/(m4a-widgets|chunks\/)/.test(f) && f.endsWith('.js'));
console.log(`built ${bundles.length} drop-in files, npm modules in dist/lib, custom-elements.json`);
