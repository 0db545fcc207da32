import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { notImplemented } from '../http.js';

/** `GET /api/events`, `POST /api/events/:id/rsvps`. Filled by the event-list issue. */
export function eventRoutes(_deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => notImplemented(c, 'Events'));
  app.post('/:id/rsvps', (c) => notImplemented(c, 'RSVPs'));
  return app;
}
