import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository checkout: `dist/` and `demo/` are served from it, tests find their fixtures through it. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
