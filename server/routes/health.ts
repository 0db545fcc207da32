import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { isReady } from '../db/index.js';

/**
 * Probes for load balancers and orchestrators, outside `/api` (not part of the widget contract):
 * `GET /healthz` answers 200 while the process runs; `GET /readyz` answers 200 once the database answers and every
 * migration is applied, and 503 (with the reason) otherwise, or once the instance is shutting down, so traffic
 * moves to the other instances before this one stops.
 */
export function healthRoutes(deps: AppDeps, draining: () => boolean): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    if (draining()) return c.json({ ready: false, reason: 'shutting down' }, 503);
    const state = await isReady(deps.database);
    return c.json({ ...state, engine: deps.database.engine }, state.ready ? 200 : 503);
  });
  return app;
}
