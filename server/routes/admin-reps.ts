import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { RefreshReport, refreshReport } from '../reps/refresh-report.js';

/** Organizer endpoints under `/api/admin/reps` (behind the admin token): how the data refreshes are going. */
export function adminRepsRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get(
    '/refresh',
    describe({
      summary: 'Refreshes of the representative data: last success, last error, what changed',
      response: RefreshReport,
    }),
    async (c) => {
      const report = await refreshReport(deps.database, deps.config.M4A_REPS_REFRESH);
      c.header('Cache-Control', 'no-store');
      return c.json(report);
    },
  );
  return app;
}
