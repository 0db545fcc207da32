// `npm run test:visual`: the visual regression suite (test/visual) alone; `npm run test:visual -- --update` writes
// its baselines anew from the current Storybook (built first when stale), to be reviewed and committed;
// `-- --only event-list` takes only the stories whose id contains that text.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const update = process.argv.includes('--update');
const only = process.argv[process.argv.indexOf('--only') + 1];
const files = readdirSync('test/visual')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('test/visual', f));
const args = [
  '--conditions=m4a-source',
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-concurrency=1',
  ...files,
];
const child = spawn(process.execPath, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...(update ? { M4A_VISUAL_UPDATE: '1' } : {}),
    ...(process.argv.includes('--only') ? { M4A_VISUAL_ONLY: only } : {}),
  },
});
child.on('close', (code) => process.exit(code ?? 1));
