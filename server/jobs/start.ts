/**
 * Background work of the reference server: signup forwarding, the first-start reps import, scheduled event
 * imports. Each feature adds a starter here; every starter returns a stop function so shutdown is clean.
 */
import type { AppDeps, JobStarter } from '../deps.js';
import { startSignupForwarding } from './signup-forwarding.js';
import { startRepsAutoImport } from './reps-import.js';
import { startRepsRefresh } from './reps-refresh.js';
import { startEventImports } from './event-imports.js';
import { startRateLimitPrune } from './rate-limit-prune.js';
import { startDemoTargets } from './demo-targets.js';

const starters: JobStarter[] = [
  startSignupForwarding,
  startRepsAutoImport,
  startRepsRefresh,
  startEventImports,
  startRateLimitPrune,
  startDemoTargets,
];

/** `stop()` settles once every job has finished its work in flight and given back its leases. */
export function startBackgroundJobs(deps: AppDeps): { stop(): Promise<void> } {
  const stops = starters.map((start) => start(deps));
  return { stop: async () => void (await Promise.all(stops.map((s) => s()))) };
}
