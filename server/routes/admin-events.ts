import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { validate } from '../http/validate.js';
import { M4aEvent } from 'm4a-widgets/shared/schemas/event.js';
import { FeedList, OwnEvents, RsvpList } from 'm4a-widgets/shared/schemas/console.js';
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

  const db = deps.database;
  app.get(
    '/',
    describe({ summary: 'The organizer’s own events, withdrawn ones flagged', response: OwnEvents }),
    async (c) => c.json({ events: await listReferenceEvents(db) }),
  );
  app.get('/imports', describe({ summary: 'Health of each import feed', response: FeedList }), async (c) =>
    c.json({ feeds: await feedStatuses(db) }),
  );

  app.post(
    '/',
    describe({ summary: 'Create an event', status: 201, response: M4aEvent }),
    validate('json', EventInput),
    async (c) => {
      const event = referenceEvent(`reference:${newReferenceSourceId()}`, c.req.valid('json'));
      await saveReferenceEvent(db, event, deps.now());
      return c.json(await getEvent(db, event.id), 201);
    },
  );

  const ownOne = describe({ summary: 'One of the organizer’s events', response: M4aEvent, failures: [404, 409] });
  app.get('/:id', ownOne, async (c) => c.json(await ownEvent(db, c.req.param('id'))));

  app.put(
    '/:id',
    describe({ summary: 'Edit an event', response: M4aEvent, failures: [404, 409] }),
    // Whether the event may be edited at all is said before what is wrong with the edit.
    async (c, next) => {
      await ownEvent(db, c.req.param('id'));
      await next();
    },
    validate('json', EventInput),
    async (c) => {
      const id = c.req.param('id');
      const event = referenceEvent(id, c.req.valid('json'));
      await saveReferenceEvent(db, event, deps.now());
      return c.json(await getEvent(db, id));
    },
  );

  const withdraw = describe({ summary: 'Withdraw an event (its RSVPs are kept)', status: 204, failures: [404, 409] });
  app.delete('/:id', withdraw, async (c) => {
    const { id } = await ownEvent(db, c.req.param('id'));
    await withdrawReferenceEvent(db, id, deps.now());
    return c.body(null, 204);
  });

  app.get(
    '/:id/rsvps',
    describe({
      summary: 'An event’s RSVPs, oldest first',
      response: RsvpList,
      failures: [404, 409],
    }),
    async (c) => c.json({ rsvps: await listRsvps(db, (await ownEvent(db, c.req.param('id'))).id) }),
  );

  return app;
}
