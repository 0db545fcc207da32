import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { HttpProblem, parseOr400, readJson } from '../http.js';
import { EventQuery, RsvpRequest } from 'm4a-widgets/shared/schemas/event.js';
import { eventQueryFromParams } from 'm4a-widgets/shared/calendar/query.js';
import { EventInput, referenceEvent } from '../events/input.js';
import {
  createRsvp,
  feedStatuses,
  getEvent,
  listEvents,
  listReferenceEvents,
  listRsvps,
  newReferenceSourceId,
  saveReferenceEvent,
  withdrawReferenceEvent,
} from '../events/store.js';

/** Same rule as every write of the REST contract (docs/openapi.json): 8 to 128 printable ASCII characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

/**
 * `GET /api/events` (EventQuery as query parameters; past events hidden) and `POST /api/events/:id/rsvps`
 * (RsvpRequest; `Idempotency-Key` header: a retry answers `duplicate` with the first receipt).
 */
export function eventRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.get('/', (c) => {
    const query = parseOr400(EventQuery, eventQueryFromParams(new URL(c.req.url).searchParams));
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(listEvents(deps.db, query, deps.now()));
  });

  app.post('/:id/rsvps', async (c) => {
    const id = c.req.param('id');
    const rsvp = await readJson(c, RsvpRequest);
    if (rsvp.eventId !== id) {
      throw new HttpProblem(400, 'invalid_request', 'eventId does not match the event in the URL.', [
        { path: 'eventId', message: 'Must be the id of the event in the URL' },
      ]);
    }
    const key = c.req.header('idempotency-key') ?? '';
    if (!IDEMPOTENCY_KEY.test(key)) {
      const message = 'Send an Idempotency-Key header of 8 to 128 printable characters, e.g. a random UUID.';
      throw new HttpProblem(400, 'invalid_idempotency_key', message, [{ path: 'Idempotency-Key', message }]);
    }
    const receipt = createRsvp(deps.db, id, rsvp, key, deps.now());
    return c.json(receipt, receipt.status === 'created' ? 201 : 200);
  });

  return app;
}

/**
 * Organizer endpoints, mounted under `/api/admin/events` (behind the admin token): their own events (create, edit,
 * withdraw), each event's RSVPs, and the health of the import feeds. Imported events are edited at their source.
 */
export function adminEventRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  const ownEvent = (id: string) => {
    const event = getEvent(deps.db, id);
    if (!event) throw new HttpProblem(404, 'event_not_found', `No event ${id}.`);
    if (event.source !== 'reference') {
      throw new HttpProblem(409, 'imported_event', `This event is imported from ${event.source}: change it there.`);
    }
    return event;
  };

  app.get('/', (c) => c.json({ events: listReferenceEvents(deps.db) }));
  app.get('/imports', (c) => c.json({ feeds: feedStatuses(deps.db) }));

  app.post('/', async (c) => {
    const event = referenceEvent(`reference:${newReferenceSourceId()}`, await readJson(c, EventInput));
    saveReferenceEvent(deps.db, event, deps.now());
    return c.json(getEvent(deps.db, event.id), 201);
  });

  app.get('/:id', (c) => c.json(ownEvent(c.req.param('id'))));

  app.put('/:id', async (c) => {
    const id = ownEvent(c.req.param('id')).id;
    const event = referenceEvent(id, await readJson(c, EventInput));
    saveReferenceEvent(deps.db, event, deps.now());
    return c.json(getEvent(deps.db, id));
  });

  app.delete('/:id', (c) => {
    const id = ownEvent(c.req.param('id')).id;
    withdrawReferenceEvent(deps.db, id, deps.now());
    return c.body(null, 204);
  });

  app.get('/:id/rsvps', (c) => c.json({ rsvps: listRsvps(deps.db, ownEvent(c.req.param('id')).id) }));

  return app;
}
