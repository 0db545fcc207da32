/** Reads server/reps/redistricted-<congress>.json (the states whose districts change), checked by the shared schema. */
import { readFileSync } from 'node:fs';
import { RedistrictingFile } from 'm4a-widgets/shared/reps/redistricting.js';

export const SHIPPED_REDISTRICTING_FILE = new URL('./redistricted-120.json', import.meta.url);

export function readRedistricting(file: string | URL = SHIPPED_REDISTRICTING_FILE): RedistrictingFile {
  const r = RedistrictingFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${String(file)}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data;
}
