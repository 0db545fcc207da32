import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { validate } from '../http/validate.js';
import { M4aEvent } from 'm4a-widgets/shared/schemas/event.js';
import { EventInput, referenceEvent } from '../events/input.js';
import {
  getEvent,
  listReferenceEvents,
  newReferenceSourceId,
  ownEvent,
  saveReferenceEvent,
  withdrawReferenceEvent,
} from '../events/organizer.js';
import { listRsvps } from '../events/rsvps.js';
import { feedStatuses } from '../events/feeds.js';

/**
 * Organizer endpoints, mounted under `/api/admin/events` (behind the admin token): their own events (create, edit,
 * withdraw), each event's RSVPs, and the health of the import feeds. Imported events are edited at their source.
 */
export function adminEventRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.get('/', describe({ summary: 'The organizer’s own events, withdrawn ones flagged' }), (c) =>
    c.json({ events: listReferenceEvents(deps.db) }),
  );
  app.get('/imports', describe({ summary: 'Health of each import feed' }), (c) =>
    c.json({ feeds: feedStatuses(deps.db) }),
  );

  app.post(
    '/',
    describe({ summary: 'Create an event', status: 201, response: M4aEvent }),
    validate('json', EventInput),
    (c) => {
      const event = referenceEvent(`reference:${newReferenceSourceId()}`, c.req.valid('json'));
      saveReferenceEvent(deps.db, event, deps.now());
      return c.json(getEvent(deps.db, event.id), 201);
    },
  );

  const ownOne = describe({ summary: 'One of the organizer’s events', response: M4aEvent, failures: [404, 409] });
  app.get('/:id', ownOne, (c) =>
    c.json(ownEvent(deps.db, c.req.param('id'))),
  );

  app.put(
    '/:id',
    describe({ summary: 'Edit an event', response: M4aEvent, failures: [404, 409] }),
    // Whether the event may be edited at all is said before what is wrong with the edit.
    async (c, next) => {
      ownEvent(deps.db, c.req.param('id'));
      await next();
    },
    validate('json', EventInput),
    (c) => {
      const id = c.req.param('id');
      const event = referenceEvent(id, c.req.valid('json'));
      saveReferenceEvent(deps.db, event, deps.now());
      return c.json(getEvent(deps.db, id));
    },
  );

  const withdraw = describe({ summary: 'Withdraw an event (its RSVPs are kept)', status: 204, failures: [404, 409] });
  app.delete('/:id', withdraw, (c) => {
    const id = ownEvent(deps.db, c.req.param('id')).id;
    withdrawReferenceEvent(deps.db, id, deps.now());
    return c.body(null, 204);
  });

  app.get(
    '/:id/rsvps',
    describe({
      summary: 'An event’s RSVPs, oldest first',
      response: z.object({ rsvps: z.array(z.unknown()) }),
      failures: [404, 409],
    }),
    (c) => c.json({ rsvps: listRsvps(deps.db, ownEvent(deps.db, c.req.param('id')).id) }),
  );

  return app;
}
