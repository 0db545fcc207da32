/** Inline RSVPs to the server's own events, and the organizer's view of them. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db.js';
import { Conflict, NotFound } from '../errors.js';
import type { RsvpRequest } from 'm4a-widgets/shared/schemas/event.js';
import type { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import type { EventRow } from './store.js';


export function rsvpCount(db: Db, eventId: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM event_rsvps WHERE event_id = ?').get(eventId) as { n: number }).n;
}

/**
 * Records an inline RSVP once: the same Idempotency-Key, or the same email for the same event, answers
 * `duplicate` with the first RSVP's id. 404 for an unknown or withdrawn event, 409 when it is full, over, or takes
 * RSVPs on its own page.
 */
export function createRsvp(db: Db, eventId: string, rsvp: RsvpRequest, idempotencyKey: string, now: Date): Receipt {
  return db
    .transaction((): Receipt => {
      const seen = db.prepare<[string], { id: string }>('SELECT id FROM event_rsvps WHERE idempotency_key = ?').get(idempotencyKey);
      if (seen) return { id: seen.id, status: 'duplicate' };
      const row = db
        .prepare<[string], Pick<EventRow, 'rsvp' | 'start_ms' | 'end_ms' | 'capacity' | 'full'>>(
          'SELECT rsvp, start_ms, end_ms, capacity, full FROM events WHERE id = ? AND deleted_at IS NULL',
        )
        .get(eventId);
      if (!row) throw new NotFound('event_not_found', 'There is no such event, or it was cancelled.');
      if (row.rsvp !== 'inline') throw new Conflict('rsvp_elsewhere', "This event takes RSVPs on its own page: follow the event's link.");
      if ((row.end_ms ?? row.start_ms) <= now.getTime()) throw new Conflict('event_over', 'This event is over.');
      const same = db
        .prepare<[string, string], { id: string }>('SELECT id FROM event_rsvps WHERE event_id = ? AND email = ? COLLATE NOCASE')
        .get(eventId, rsvp.email);
      if (same) return { id: same.id, status: 'duplicate' };
      const taken = rsvpCount(db, eventId);
      if (row.full === 1 || (row.capacity !== null && taken >= row.capacity)) {
        throw new Conflict('event_full', 'This event is full.');
      }
      const id = randomUUID();
      db.prepare(
        `INSERT INTO event_rsvps (id, event_id, idempotency_key, first_name, last_name, email, zip, phone, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, eventId, idempotencyKey, rsvp.firstName, rsvp.lastName ?? null, rsvp.email, rsvp.zip, rsvp.phone ?? null, now.toISOString());
      if (row.capacity !== null && taken + 1 >= row.capacity) db.prepare('UPDATE events SET full = 1 WHERE id = ?').run(eventId);
      return { id, status: 'created' };
    })
    .immediate();
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
export function listRsvps(db: Db, eventId: string): RsvpRecord[] {
  return db
    .prepare(
      `SELECT id, first_name AS firstName, last_name AS lastName, email, zip, phone, created_at AS createdAt
       FROM event_rsvps WHERE event_id = ? ORDER BY created_at, id`,
    )
    .all(eventId) as RsvpRecord[];
}
