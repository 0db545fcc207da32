import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { validate } from '../http/validate.js';
import { exportFilter, signupsCsv, SignupExportQuery } from '../signups/export.js';
import { signupStore } from '../signups/store.js';
import { DESTINATIONS } from '../forwarding/destinations.js';
import { announceNewSignup, requeueFailed } from '../forwarding/forwarder.js';

const RequeueQuery = z.object({ destination: z.optional(z.enum(DESTINATIONS)) });

function attachmentName(ext: string, now: Date) {
  return `attachment; filename="signups-${now.toISOString().slice(0, 10)}.${ext}"`;
}

/**
 * Mounted under `/api/admin` (behind the admin token): `GET /signups.csv`, `GET /signups.json`
 * (`?from=&to=&source=&spam=`), and `POST /signups/forwards/retry` to requeue forwards a destination refused.
 */
export function signupExportRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const store = signupStore(deps.database);

  app.get(
    '/signups.csv',
    describe({ summary: 'Stored signups as CSV (UTF-8 with BOM)', media: 'text/csv' }),
    validate('query', SignupExportQuery),
    async (c) => {
      const csv = signupsCsv(await store.list(exportFilter(c.req.valid('query'))));
      c.header('Cache-Control', 'no-store');
      c.header('Content-Disposition', attachmentName('csv', deps.now()));
      return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    },
  );

  app.get(
    '/signups.json',
    describe({ summary: 'Stored signups as JSON' }),
    validate('query', SignupExportQuery),
    async (c) => {
      const signups = await store.list(exportFilter(c.req.valid('query')));
      c.header('Cache-Control', 'no-store');
      c.header('Content-Disposition', attachmentName('json', deps.now()));
      return c.json({ count: signups.length, signups });
    },
  );

  app.post(
    '/signups/forwards/retry',
    describe({ summary: 'Requeue forwards a destination refused', response: z.object({ requeued: z.number() }) }),
    validate('query', RequeueQuery),
    async (c) => {
      const requeued = await requeueFailed(deps.database, deps.now(), c.req.valid('query').destination);
      if (requeued > 0) announceNewSignup(deps.database);
      return c.json({ requeued });
    },
  );
  return app;
}
