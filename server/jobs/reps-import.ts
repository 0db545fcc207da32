import type { JobStarter } from '../deps.js';
import { autoImportReps, warmReps } from '../reps/service.js';

/**
 * The first-start import, then the index loaded into memory so the first lookup does not pay for it. Nothing to
 * stop: an import runs to its end.
 */
export const startRepsAutoImport: JobStarter = (deps) => {
  const warm = () => warmReps(deps);
  const job = autoImportReps(deps);
  if (job) void job.then(warm);
  else setImmediate(warm);
  return () => {};
};
