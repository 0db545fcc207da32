/**
 * Mounted under `/api/console`: the Overview (counts for every role), Events (the organizer event routes, RSVP
 * exports, feed health and "import now") and Forwarding (status and retry for organizers, pause for owners).
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { stringify } from 'csv-stringify/sync';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { validate } from '../http/validate.js';
import { audit } from '../accounts/audit.js';
import { OverviewQuery, overview } from '../console/overview.js';
import { forwardingStatus, retryNow, setPaused } from '../console/forwarding.js';
import { DESTINATIONS } from '../forwarding/destinations.js';
import { destinationsFor } from '../forwarding/destinations.js';
import { signupSettings } from '../signups/settings.js';
import { ownEvent } from '../events/organizer.js';
import { listRsvps } from '../events/rsvps.js';
import { feedsFromConfig, importAll } from '../events/sources.js';
import { adminEventRoutes } from './admin-events.js';
import { requireRole, sessionOf, type ConsoleEnv } from './console-guard.js';
import { ForwardingStatus, ImportRun, Paused, Requeued } from 'm4a-widgets/shared/schemas/console.js';

const TAGS = ['console'];
const Destination = z.object({ destination: z.enum(DESTINATIONS) });
const IMPORT_TIMEOUT_MS = 60_000;

export function consoleOpsRoutes(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const db = deps.database;
  const organizer = requireRole(deps, 'organizer');

  app.get(
    '/overview',
    describe({
      summary: 'Counts for the Overview: signups by source and campaign, RSVPs, calls, forwarding',
      tags: TAGS,
    }),
    requireRole(deps, 'viewer'),
    validate('query', OverviewQuery),
    async (c) => c.json(await overview(db, c.req.valid('query'), deps.now())),
  );

  app.get(
    '/events/:id/rsvps.csv',
    describe({ summary: 'An event’s RSVPs as CSV', media: 'text/csv', tags: TAGS, failures: [404, 409] }),
    organizer,
    async (c) => {
      const event = await ownEvent(db, c.req.param('id'));
      const rsvps = await listRsvps(db, event.id);
      await audit(db.kysely, deps.now(), {
        actor: sessionOf(c).user.id,
        action: 'rsvps-exported',
        target: event.id,
        detail: { count: rsvps.length },
      });
      const csv = stringify(rsvps, {
        header: true,
        bom: true,
        quoted: true,
        escape_formulas: true,
        record_delimiter: 'windows',
        columns: ['id', 'firstName', 'lastName', 'email', 'zip', 'phone', 'createdAt'],
      });
      c.header('Content-Disposition', `attachment; filename="rsvps-${event.id.replace(/[^\w-]/g, '_')}.csv"`);
      return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    },
  );

  app.post(
    '/events/imports/run',
    describe({
      summary: 'Import every configured feed now',
      tags: TAGS,
      response: ImportRun,
    }),
    organizer,
    async (c) => {
      const outcomes = await importAll(deps, feedsFromConfig(deps.config), {
        fetch: deps.fetch,
        now: deps.now,
        signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
      });
      await audit(db.kysely, deps.now(), {
        actor: sessionOf(c).user.id,
        action: 'import-run',
        detail: { feeds: outcomes.length },
      });
      return c.json({ feeds: outcomes.map((o) => ({ feed: o.feed, ok: o.ok })) });
    },
  );

  app.use('/events/*', organizer);
  app.use('/events', organizer);
  app.route('/events', adminEventRoutes(deps));

  const configured = () => destinationsFor(signupSettings(deps.config)).map((d) => d.name);
  app.get(
    '/forwarding',
    describe({
      summary: 'Per destination: pending, failed, sent, paused, latest errors',
      tags: TAGS,
      response: ForwardingStatus,
    }),
    organizer,
    async (c) => c.json({ destinations: await forwardingStatus(db, configured()) }),
  );

  app.post(
    '/forwarding/:destination/retry',
    describe({ summary: 'Retry a destination’s failed and waiting forwards now', tags: TAGS, response: Requeued }),
    organizer,
    validate('param', Destination),
    async (c) => c.json(await retryNow(db, sessionOf(c).user.id, c.req.valid('param').destination, deps.now())),
  );

  app.put(
    '/forwarding/:destination/paused',
    describe({ summary: 'Pause or resume a destination (owner)', tags: TAGS, response: Paused }),
    requireRole(deps, 'owner'),
    validate('param', Destination),
    validate('json', Paused),
    async (c) => {
      const { paused } = c.req.valid('json');
      await setPaused(db, sessionOf(c).user.id, c.req.valid('param').destination, paused, deps.now());
      return c.json({ paused });
    },
  );
  return app;
}
