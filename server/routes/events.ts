import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { InvalidInput } from '../errors.js';
import { describe } from '../http/describe.js';
import { idempotencyKey, type IdempotencyEnv } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import { EventPage, EventQuery, RsvpRequest } from 'm4a-widgets/shared/schemas/event.js';
import { eventQueryFromParams } from 'm4a-widgets/shared/calendar/query.js';
import { listEvents } from '../events/listing.js';
import { createRsvp } from '../events/rsvps.js';

/**
 * `GET /api/events` (EventQuery as query parameters; past events hidden) and `POST /api/events/:id/rsvps`
 * (RsvpRequest; `Idempotency-Key` header: a retry answers `duplicate` with the first receipt).
 */
export function eventRoutes(deps: AppDeps): Hono<IdempotencyEnv> {
  const app = new Hono<IdempotencyEnv>();

  app.get(
    '/',
    describe({ summary: 'Upcoming events, filtered and paged', response: EventPage }),
    validate('query', EventQuery, { read: (c) => eventQueryFromParams(new URL(c.req.url).searchParams) }),
    async (c) => {
      const page = await listEvents(deps.database, c.req.valid('query'), deps.now());
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(page);
    },
  );

  app.post(
    '/:id/rsvps',
    describe({
      summary: 'RSVP to one of the server’s own events',
      status: 201,
      response: Receipt,
      failures: [404, 409],
    }),
    idempotencyKey(),
    validate('json', RsvpRequest),
    async (c) => {
      const id = c.req.param('id');
      const rsvp = c.req.valid('json');
      if (rsvp.eventId !== id) {
        throw new InvalidInput('invalid_request', 'eventId does not match the event in the URL.', [
          { path: 'eventId', message: 'Must be the id of the event in the URL' },
        ]);
      }
      const receipt = await createRsvp(deps.database, id, rsvp, c.var.idempotencyKey, deps.now());
      return c.json(receipt, receipt.status === 'created' ? 201 : 200);
    },
  );

  return app;
}
