/**
 * Every `/api/console` route, behind the console guard (session cookie, Origin and CSRF checks): see
 * docs/console.md. Roles are checked per route by `requireRole`.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { consoleGuard, type ConsoleEnv } from './console-guard.js';
import { consoleAuthRoutes } from './console-auth.js';
import { consoleAccountRoutes } from './console-accounts.js';
import { consolePeopleRoutes } from './console-people.js';
import { consoleOpsRoutes } from './console-ops.js';
import { consoleTargetRoutes } from './targets.js';

export function consoleRoutes(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  app.use('*', consoleGuard(deps));
  app.route('/', consoleAuthRoutes(deps));
  app.route('/people', consolePeopleRoutes(deps));
  app.route('/', consoleOpsRoutes(deps));
  app.route('/', consoleTargetRoutes(deps));
  app.route('/', consoleAccountRoutes(deps));
  return app;
}
