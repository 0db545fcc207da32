/**
 * Inline RSVPs to the server's own events, and the organizer's view of them. Capacity holds under concurrency: an
 * RSVP's transaction first locks its event's row (PostgreSQL: SELECT … FOR UPDATE; SQLite: the file's one writer),
 * so RSVPs to one event arriving through several instances are counted one after the other.
 */
import { transaction, type Db, type Q } from '../db/index.js';
import { newId } from '../db/ids.js';
import { Conflict, NotFound } from '../errors.js';
import type { RsvpRequest } from 'm4a-widgets/shared/schemas/event.js';
import type { Receipt } from 'm4a-widgets/shared/schemas/common.js';

export async function rsvpCount(q: Q, eventId: string): Promise<number> {
  const row = await q
    .selectFrom('event_rsvps')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Records an inline RSVP once: the same Idempotency-Key, or the same email for the same event, answers
 * `duplicate` with the first RSVP's id. 404 for an unknown or withdrawn event, 409 when it is full, over, or takes
 * RSVPs on its own page.
 */
export function createRsvp(
  db: Db,
  eventId: string,
  rsvp: RsvpRequest,
  idempotencyKey: string,
  now: Date,
): Promise<Receipt> {
  return transaction(db, async (trx): Promise<Receipt> => {
    const row = await trx
      .selectFrom('events')
      .select(['rsvp', 'start_ms', 'end_ms', 'capacity', 'full'])
      .where('id', '=', eventId)
      .where('deleted_at', 'is', null)
      .$if(db.engine === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    const seen = await trx
      .selectFrom('event_rsvps')
      .select('id')
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
    if (seen) return { id: seen.id, status: 'duplicate' };
    if (!row) throw new NotFound('event_not_found', 'There is no such event, or it was cancelled.');
    if (row.rsvp !== 'inline')
      throw new Conflict('rsvp_elsewhere', "This event takes RSVPs on its own page: follow the event's link.");
    if ((row.end_ms ?? row.start_ms) <= now.getTime()) throw new Conflict('event_over', 'This event is over.');
    const same = await trx
      .selectFrom('event_rsvps')
      .select('id')
      .where('event_id', '=', eventId)
      .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(rsvp.email)])))
      .executeTakeFirst();
    if (same) return { id: same.id, status: 'duplicate' };
    const taken = await rsvpCount(trx, eventId);
    if (row.full === 1 || (row.capacity !== null && taken >= row.capacity)) {
      throw new Conflict('event_full', 'This event is full.');
    }
    const id = newId(now.getTime());
    await trx
      .insertInto('event_rsvps')
      .values({
        id,
        event_id: eventId,
        idempotency_key: idempotencyKey,
        first_name: rsvp.firstName,
        last_name: rsvp.lastName ?? null,
        email: rsvp.email,
        zip: rsvp.zip,
        phone: rsvp.phone ?? null,
        created_at: now.toISOString(),
      })
      .execute();
    if (row.capacity !== null && taken + 1 >= row.capacity) {
      await trx.updateTable('events').set({ full: 1 }).where('id', '=', eventId).execute();
    }
    return { id, status: 'created' };
  });
}

export interface RsvpRecord {
  id: string;
  firstName: string;
  lastName: string | null;
  email: string;
  zip: string;
  phone: string | null;
  createdAt: string;
}

/** Organizer view of one event's RSVPs, oldest first. */
export function listRsvps(db: Db, eventId: string): Promise<RsvpRecord[]> {
  return db.kysely
    .selectFrom('event_rsvps')
    .select([
      'id',
      'first_name as firstName',
      'last_name as lastName',
      'email',
      'zip',
      'phone',
      'created_at as createdAt',
    ])
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
