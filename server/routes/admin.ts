import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { requireAdmin } from '../http.js';

/**
 * Organizer endpoints, all behind the admin token. Feature issues mount their own sub-routes here
 * (signup exports, event editing).
 */
export function adminRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', requireAdmin(deps.config.adminToken));
  app.get('/whoami', (c) => c.json({ role: 'organizer' }));
  return app;
}
