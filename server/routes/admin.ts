import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { requireAdmin } from '../http/admin.js';
import { describe } from '../http/describe.js';
import { signupExportRoutes } from './signup-exports.js';
import { adminEventRoutes } from './admin-events.js';
import { adminRepsRoutes } from './admin-reps.js';
import { adminTargetRoutes } from './targets.js';

/** Organizer endpoints, all behind the admin token: signup exports, event editing, local targets. */
export function adminRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', requireAdmin(deps.config.adminToken));
  const whoami = describe({ summary: 'Checks the organizer token', response: z.object({ role: z.string() }) });
  app.get('/whoami', whoami, (c) => c.json({ role: 'organizer' }));
  app.route('/', signupExportRoutes(deps));
  app.route('/events', adminEventRoutes(deps));
  app.route('/reps', adminRepsRoutes(deps));
  app.route('/', adminTargetRoutes(deps));
  return app;
}
