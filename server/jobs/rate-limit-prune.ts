import type { JobStarter } from '../deps.js';
import { pruneRateLimits } from '../http/rate-limit-store.js';

const EVERY_MS = 15 * 60_000;

/** Drops rate-limit windows that have ended, every 15 minutes; any instance may do it, twice does no harm. */
export const startRateLimitPrune: JobStarter = (deps) => {
  const timer = setInterval(() => {
    pruneRateLimits(deps.database).catch((err: Error) =>
      deps.log.warn('rate-limit prune failed', { error: err.message }),
    );
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
};
