import type { JobStarter } from '../deps.js';
import { autoImportReps, warmReps } from '../reps/service.js';

/**
 * The first-start import, then the index loaded into memory so the first lookup does not pay for it. An import
 * runs to its end: stopping waits for it, so the database is not closed under it.
 */
export const startRepsAutoImport: JobStarter = (deps) => {
  const done = (autoImportReps(deps) ?? Promise.resolve()).then(() => warmReps(deps));
  return () => done;
};
