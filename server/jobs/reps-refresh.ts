/**
 * Background job: refresh the representative data from upstream every M4A_REPS_REFRESH hours (default 24), once per
 * cluster. Every instance ticks; a tick claims the `reps-refresh` lease and runs only when no run started within
 * the interval (a failed run is retried after an hour), so instances sharing a database refresh once between them.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { AppDeps, JobStarter } from '../deps.js';
import { billConfig, configuredBills } from '../reps/bills-config.js';
import { claimLease, releaseLease } from '../db/leases.js';
import { recentRuns, refreshReps, type RefreshRun } from '../reps/refresh.js';
import type { Bounds } from '../reps/plausible.js';

export const REFRESH_LEASE = 'reps-refresh';
/** Longer than any refresh takes (the downloads are about 3 MB plus 132 Open States files). */
const LEASE_MS = 30 * 60_000;
const RETRY_MS = 60 * 60_000;

/** This process, as named in the lease and the run records. */
export const INSTANCE = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface TickOptions {
  holder?: string;
  /** Plausibility bounds (tests with small fixtures). */
  bounds?: Bounds;
}

/** One tick: runs a refresh when one is due and this instance gets the lease; null when it did not run. */
export async function refreshTick(deps: AppDeps, opts: TickOptions = {}): Promise<RefreshRun | null> {
  const hours = deps.config.M4A_REPS_REFRESH;
  if (hours === null) return null;
  const holder = opts.holder ?? INSTANCE;
  const now = deps.now();
  if (!(await claimLease(deps.database, REFRESH_LEASE, holder, now, LEASE_MS))) return null;
  try {
    // Imports from local files (first start, a --from command) do not count: only a download is the upstream's word.
    const last = (await recentRuns(deps.database, 1, { trigger: 'schedule' }))[0];
    const since = last ? now.getTime() - Date.parse(last.startedAt) : Infinity;
    const due =
      since >= hours * 3_600_000 || (last?.status === 'error' && since >= Math.min(RETRY_MS, hours * 3_600_000));
    if (!due) return null;
    const { config } = deps;
    deps.log.info('reps refresh started', { holder });
    const { run } = await refreshReps(deps.database, {
      trigger: 'schedule',
      holder,
      now: deps.now,
      fetch: deps.fetch,
      bills: configuredBills(config).map(billConfig),
      ...(config.M4A_ZCCD120_URL ? { zccd120Url: config.M4A_ZCCD120_URL } : {}),
      ...(config.M4A_REPS_STATIC_DIR ? { staticDir: config.M4A_REPS_STATIC_DIR } : {}),
      ...(opts.bounds ? { bounds: opts.bounds } : {}),
    });
    if (run.status === 'ok') {
      deps.log.info('reps refresh done', { added: run.summary?.added.length, removed: run.summary?.removed.length });
    } else {
      deps.log.error('reps refresh failed, the last good data keeps serving', { error: run.error });
    }
    return run;
  } finally {
    await releaseLease(deps.database, REFRESH_LEASE, holder, deps.now());
  }
}

export const startRepsRefresh: JobStarter = (deps) => {
  const hours = deps.config.M4A_REPS_REFRESH;
  if (hours === null) return () => undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await refreshTick(deps);
    } catch (err) {
      deps.log.error('reps refresh tick failed', { error: err instanceof Error ? err.message : String(err) });
    } finally {
      running = false;
    }
  };
  // Checking is cheap (one lease claim, one row read); the interval only decides how often a refresh is due.
  const timer = setInterval(() => void tick(), Math.min(hours * 3_600_000, 10 * 60_000));
  timer.unref();
  return () => clearInterval(timer);
};
