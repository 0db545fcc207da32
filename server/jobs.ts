/**
 * Background work of the reference server (signup forwarding outbox, scheduled event imports). Each feature adds
 * a starter here; every starter returns a stop function so shutdown is clean.
 */
import type { AppDeps } from './app.js';
import { startSignupForwarding } from './signups/forwarder.js';
import { startRepsAutoImport } from './reps/service.js';
import { startEventImports } from './events/scheduler.js';

export type JobStarter = (deps: AppDeps) => () => void;

const starters: JobStarter[] = [startSignupForwarding, startRepsAutoImport, startEventImports];

export function startBackgroundJobs(deps: AppDeps): { stop(): void } {
  const stops = starters.map((start) => start(deps));
  return { stop: () => stops.forEach((s) => s()) };
}
