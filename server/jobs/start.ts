/**
 * Background work of the reference server: signup forwarding, the first-start reps import, scheduled event
 * imports. Each feature adds a starter here; every starter returns a stop function so shutdown is clean.
 */
import type { AppDeps, JobStarter } from '../deps.js';
import { startSignupForwarding } from './signup-forwarding.js';
import { startRepsAutoImport } from './reps-import.js';
import { startRepsRefresh } from './reps-refresh.js';
import { startEventImports } from './event-imports.js';

const starters: JobStarter[] = [startSignupForwarding, startRepsAutoImport, startRepsRefresh, startEventImports];

export function startBackgroundJobs(deps: AppDeps): { stop(): void } {
  const stops = starters.map((start) => start(deps));
  return { stop: () => stops.forEach((s) => s()) };
}
