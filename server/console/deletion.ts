/**
 * Deleting a person on request (and marking spam): every signup with their email, their RSVPs and their queued
 * forwards go in one transaction; the answer says which destinations had already received the data, to be cleaned
 * there. The audit entry keeps counts and destination names only.
 */
import { sql } from 'kysely';
import { transaction, type Db } from '../db/index.js';
import { NotFound } from '../errors.js';
import { audit } from '../accounts/audit.js';
import type { DeletionReport } from 'm4a-widgets/shared/schemas/console.js';

export type { DeletionReport };

export async function deletePerson(db: Db, actor: string, signupId: string, now: Date): Promise<DeletionReport> {
  return transaction(db, async (q) => {
    const person = await q.selectFrom('signups').select('email').where('id', '=', signupId).executeTakeFirst();
    if (!person) throw new NotFound('not_found', 'No such person (perhaps deleted already).');
    const sameEmail = sql<boolean>`lower(email) = ${person.email.toLowerCase()}`;
    const ids = (await q.selectFrom('signups').select('id').where(sameEmail).execute()).map((r) => r.id);
    const forwards = await q
      .selectFrom('signup_forwards')
      .select(['destination', 'forwarded_at'])
      .where('signup_id', 'in', ids)
      .execute();
    const alreadySentTo = [
      ...new Set(forwards.filter((f) => f.forwarded_at !== null).map((f) => f.destination)),
    ].sort();
    const queuedForwards = forwards.filter((f) => f.forwarded_at === null).length;
    await q.deleteFrom('signup_forwards').where('signup_id', 'in', ids).execute();
    await q.deleteFrom('signups').where('id', 'in', ids).execute();
    const rsvps = await q.selectFrom('event_rsvps').select(['id', 'event_id']).where(sameEmail).execute();
    if (rsvps.length) {
      await q
        .deleteFrom('event_rsvps')
        .where(
          'id',
          'in',
          rsvps.map((r) => r.id),
        )
        .execute();
      // A full event with a place given back takes RSVPs again.
      await q
        .updateTable('events')
        .set({ full: 0 })
        .where('id', 'in', [...new Set(rsvps.map((r) => r.event_id))])
        .execute();
    }
    const report = { signups: ids.length, rsvps: rsvps.length, queuedForwards, alreadySentTo };
    await audit(q, now, { actor, action: 'person-deleted', detail: { ...report } });
    return report;
  });
}

/** Marks a signup as spam (its unsent forwards are dropped) or not (it is queued for `destinations` again). */
export async function markSpam(db: Db, actor: string, id: string, spam: boolean, destinations: string[], now: Date) {
  await transaction(db, async (q) => {
    const row = await q.selectFrom('signups').select('spam_reason').where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFound('not_found', 'No such person.');
    await q
      .updateTable('signups')
      .set({ spam_reason: spam ? (row.spam_reason ?? 'organizer') : null })
      .where('id', '=', id)
      .execute();
    if (spam) {
      await q.deleteFrom('signup_forwards').where('signup_id', '=', id).where('forwarded_at', 'is', null).execute();
    } else if (destinations.length) {
      await q
        .insertInto('signup_forwards')
        .values(destinations.map((destination) => ({ signup_id: id, destination, next_attempt_at: now.toISOString() })))
        .onConflict((oc) => oc.columns(['signup_id', 'destination']).doNothing())
        .execute();
    }
    await audit(q, now, { actor, action: 'spam-marked', target: id, detail: { spam } });
  });
}
