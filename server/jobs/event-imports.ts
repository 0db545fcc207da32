/**
 * Background job: demo events on a fresh database, then every configured feed imported at start and every
 * M4A_IMPORT_INTERVAL_MIN minutes. Once per cluster: a run needs the `event-imports` lease, held for one interval,
 * so of several instances on one database one imports and the others skip until the interval has passed (and any
 * of them takes over from an instance that died). A run never overlaps the previous one; stopping aborts requests
 * in flight and waits for the run to end.
 */
import { randomUUID } from 'node:crypto';
import type { JobStarter } from '../deps.js';
import { claimLease } from '../db/leases.js';
import { seedDemoEvents } from '../events/seed.js';
import { feedsFromConfig, importAll } from '../events/sources.js';

const LEASE = 'event-imports';
/** Without a schedule there is only the import at start: instances starting together still make it once. */
const START_ONLY_LEASE_MS = 10 * 60_000;

export const startEventImports: JobStarter = (deps) => {
  const { config, log } = deps;
  const seeding =
    config.M4A_SEED_DEMO === '0'
      ? Promise.resolve()
      : seedDemoEvents(deps.database, deps.now(), config.M4A_EVENTS_TIMEZONE)
          .then((added) => {
            if (added) log.info('demo events added', { count: added });
          })
          .catch((err: Error) => log.error('demo events not added', { error: err.message }));
  const feeds = feedsFromConfig(config);
  if (!feeds.length) return () => seeding;

  const holder = randomUUID();
  const minutes = config.M4A_IMPORT_INTERVAL_MIN;
  // A little short of the interval, so the holder's own next tick finds its lease run out and renews it.
  const leaseMs = minutes > 0 ? Math.max(1000, minutes * 60_000 - 5000) : START_ONLY_LEASE_MS;
  const controller = new AbortController();
  let running: Promise<void> | null = null;
  const run = () => {
    if (running || controller.signal.aborted) return;
    running = (async () => {
      await seeding;
      if (!(await claimLease(deps.database, LEASE, holder, deps.now(), leaseMs))) return;
      await importAll(deps, feeds, { fetch: deps.fetch, now: deps.now, signal: controller.signal });
    })()
      .catch((err: Error) => log.error('event imports failed', { error: err.message }))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = minutes > 0 ? setInterval(run, minutes * 60_000) : undefined;
  timer?.unref();
  return async () => {
    if (timer) clearInterval(timer);
    controller.abort();
    await seeding;
    await running;
  };
};
