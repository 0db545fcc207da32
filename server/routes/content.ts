import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { notImplemented } from '../http.js';

/** `GET /api/content/:kind?lang=` — explainer and FAQ content. Filled by the explainer/FAQ issue. */
export function contentRoutes(_deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/:kind', (c) => notImplemented(c, 'Content'));
  return app;
}
