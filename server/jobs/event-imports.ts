/**
 * Background job: demo events on a fresh database, then every configured feed imported at start and every
 * M4A_IMPORT_INTERVAL_MIN minutes. A run never overlaps the previous one; stopping aborts requests in flight.
 */
import type { JobStarter } from '../deps.js';
import { seedDemoEvents } from '../events/seed.js';
import { feedsFromConfig, importAll } from '../events/sources.js';

export const startEventImports: JobStarter = (deps) => {
  const { config } = deps;
  if (config.M4A_SEED_DEMO !== '0') {
    const added = seedDemoEvents(deps.db, deps.now(), config.M4A_EVENTS_TIMEZONE);
    if (added) deps.log.info('demo events added', { count: added });
  }
  const feeds = feedsFromConfig(config);
  if (!feeds.length) return () => undefined;

  const controller = new AbortController();
  let running = false;
  const run = async () => {
    if (running || controller.signal.aborted) return;
    running = true;
    try {
      await importAll(deps, feeds, { fetch: deps.fetch, now: deps.now, signal: controller.signal });
    } finally {
      running = false;
    }
  };
  void run();
  const minutes = config.M4A_IMPORT_INTERVAL_MIN;
  const timer = minutes > 0 ? setInterval(() => void run(), minutes * 60_000) : undefined;
  timer?.unref();
  return () => {
    if (timer) clearInterval(timer);
    controller.abort();
  };
};
