/** Organizers' own events (source `reference`): created, edited and withdrawn through the organizer API. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { transaction, type Db } from '../db/index.js';
import { Conflict, NotFound } from '../errors.js';
import type { M4aEvent } from 'm4a-widgets/shared/schemas/event.js';
import { columns } from './store.js';
import { rsvpCount } from './rsvps.js';

/** Organizer-made events keep one id for life, so RSVPs stay attached when the time or place changes. */
export function newReferenceSourceId(): string {
  return randomUUID();
}

export async function getEvent(db: Db, id: string): Promise<(M4aEvent & { deleted: boolean }) | undefined> {
  const row = await db.kysely
    .selectFrom('events')
    .select(['data', 'full', 'deleted_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row
    ? { ...(JSON.parse(row.data) as M4aEvent), full: row.full === 1, deleted: row.deleted_at !== null }
    : undefined;
}

/** Saves an organizer's event (new or edited). `full` follows the RSVP count when there is a capacity. */
export async function saveReferenceEvent(db: Db, event: M4aEvent, now: Date): Promise<void> {
  const sourceId = event.id.slice('reference:'.length);
  await transaction(db, async (trx) => {
    const taken = await rsvpCount(trx, event.id);
    const full = event.full || (event.capacity !== undefined && taken >= event.capacity);
    const at = now.toISOString();
    const cols = columns({ ...event, full });
    await trx
      .insertInto('events')
      .values({
        id: event.id,
        source: 'reference',
        source_id: sourceId,
        feed: 'reference',
        ...cols,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...cols, deleted_at: null, updated_at: at }))
      .execute();
  });
}

/** Withdraws an organizer's event from listings; its RSVPs are kept. */
export async function withdrawReferenceEvent(db: Db, id: string, now: Date): Promise<boolean> {
  const r = await db.kysely
    .updateTable('events')
    .set({ deleted_at: now.toISOString() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Organizer view: their own events, newest start first, withdrawn ones flagged. */
export async function listReferenceEvents(db: Db): Promise<Array<M4aEvent & { deleted: boolean; rsvps: number }>> {
  const rows = await db.kysely
    .selectFrom('events as e')
    .select(['e.data', 'e.full', 'e.deleted_at'])
    .select(sql<number>`(SELECT COUNT(*) FROM event_rsvps r WHERE r.event_id = e.id)`.as('rsvps'))
    .where('e.source', '=', 'reference')
    .orderBy('e.start_ms', 'desc')
    .execute();
  return rows.map((r) => ({
    ...(JSON.parse(r.data) as M4aEvent),
    full: r.full === 1,
    deleted: r.deleted_at !== null,
    rsvps: Number(r.rsvps),
  }));
}

/** One of the organizer's own events, for editing: imported events are changed at their source. */
export async function ownEvent(db: Db, id: string): Promise<M4aEvent & { deleted: boolean }> {
  const event = await getEvent(db, id);
  if (!event) throw new NotFound('event_not_found', `No event ${id}.`);
  if (event.source !== 'reference') {
    throw new Conflict('imported_event', `This event is imported from ${event.source}: change it there.`);
  }
  return event;
}
