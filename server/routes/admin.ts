import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { requireAdmin } from '../http.js';
import { signupExportRoutes } from '../signups/export.js';
import { adminEventRoutes } from './events.js';

/**
 * Organizer endpoints, all behind the admin token. Feature issues mount their own sub-routes here
 * (signup exports, event editing).
 */
export function adminRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', requireAdmin(deps.config.adminToken));
  app.get('/whoami', (c) => c.json({ role: 'organizer' }));
  app.route('/', signupExportRoutes(deps));
  app.route('/events', adminEventRoutes(deps));
  return app;
}
