/**
 * The reference server's HTTP app: the REST contract under `/api` (server/routes/api.ts), the built drop-in under
 * `/dist`, the demo at `/`. Wiring only: the routes live in server/routes/, the HTTP rules in server/http/.
 */
import { Hono } from 'hono';
import type { AppDeps } from './deps.js';
import { apiGuards, requestLog } from './http/middleware.js';
import { apiError, errorHandler } from './http/problem.js';
import { apiRoutes } from './routes/api.js';
import { staticRoutes } from './routes/static.js';
import { consolePageRoutes } from './routes/console-page.js';
import { healthRoutes } from './routes/health.js';

export interface AppOptions {
  /** True once the instance is shutting down: readiness then fails so load balancers stop sending requests. */
  draining?: () => boolean;
}

export function createApp(deps: AppDeps, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.route('/', healthRoutes(deps, options.draining ?? (() => false)));
  app.use('*', requestLog(deps.log));
  app.use('/api/*', ...apiGuards(deps.config));
  app.route('/api', apiRoutes(deps));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', `No endpoint ${c.req.method} ${c.req.path}.`));
  app.route('/', consolePageRoutes());
  app.route('/', staticRoutes());
  app.onError(errorHandler(deps.log));
  return app;
}
