/** Start-up work: the demo's Madison local targets on a server that never saved a list (server/targets/seed.ts). */
import type { JobStarter } from '../deps.js';
import { seedDemoTargets } from '../targets/seed.js';
import { targetsFile } from '../targets/settings.js';

export const startDemoTargets: JobStarter = (deps) => {
  const { config, log } = deps;
  if (config.M4A_SEED_DEMO === '0' || targetsFile(config)) return () => undefined;
  const seeding = seedDemoTargets(deps.database, deps.now())
    .then((added) => {
      if (added) log.info('demo local targets added', { count: added });
    })
    .catch((err: Error) => log.error('demo local targets not added', { error: err.message }));
  return () => seeding;
};
