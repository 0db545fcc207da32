import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { notImplemented } from '../http.js';

/** `GET /api/reps`, `POST /api/call-outcomes`, `GET /api/call-outcomes/stats`. Filled by the rep-lookup issue. */
export function repRoutes(_deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/reps', (c) => notImplemented(c, 'Representative lookup'));
  app.post('/call-outcomes', (c) => notImplemented(c, 'Call outcomes'));
  app.get('/call-outcomes/stats', (c) => notImplemented(c, 'Call statistics'));
  return app;
}
