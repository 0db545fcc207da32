import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { notImplemented } from '../http.js';

/** `POST /api/signups`. Filled by the signup-form issue. */
export function signupRoutes(_deps: AppDeps): Hono {
  const app = new Hono();
  app.post('/', (c) => notImplemented(c, 'Signups'));
  return app;
}
