/**
 * The stored list of local targets: one row per target in the list's order, replaced whole by an organizer's write
 * (a list is edited as a list: order matters, and a target left out is gone). The JSON in each row passed the shared
 * schema on its way in; it is parsed again on the way out, so a row a newer schema no longer accepts is skipped with
 * a warning instead of reaching the widgets.
 */
import type { Db } from '../db/index.js';
import { transaction } from '../db/index.js';
import type { Logger } from '../log.js';
import { LocalTarget, type LocalTargetList } from 'm4a-widgets/shared/schemas/targets.js';

export const UPDATED_KEY = 'targets.updated_at';

export async function storedTargets(db: Db, log?: Logger): Promise<LocalTargetList> {
  const [rows, updated] = await Promise.all([
    db.kysely.selectFrom('local_targets').select(['id', 'body']).orderBy('position').execute(),
    db.kysely.selectFrom('meta').select('value').where('key', '=', UPDATED_KEY).executeTakeFirst(),
  ]);
  const targets: LocalTarget[] = [];
  for (const row of rows) {
    const parsed = LocalTarget.safeParse(JSON.parse(row.body));
    if (parsed.success) targets.push(parsed.data);
    else log?.warn('stored local target skipped: it no longer matches the schema', { id: row.id });
  }
  return { targets, ...(updated ? { updatedAt: updated.value } : {}) };
}

/** Replaces the whole list in one transaction (another instance reads the old list or the new one, never half). */
export async function replaceTargets(db: Db, targets: readonly LocalTarget[], now: Date): Promise<LocalTargetList> {
  const updatedAt = now.toISOString();
  await transaction(db, async (q) => {
    await q.deleteFrom('local_targets').execute();
    if (targets.length > 0) {
      await q
        .insertInto('local_targets')
        .values(targets.map((t, position) => ({ id: t.id, position, body: JSON.stringify(t) })))
        .execute();
    }
    await q
      .insertInto('meta')
      .values({ key: UPDATED_KEY, value: updatedAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: updatedAt }))
      .execute();
  });
  return { targets: [...targets], updatedAt };
}

/** Whether organizers (or the demo) ever saved a list, even an empty one. */
export async function targetsEverSaved(db: Db): Promise<boolean> {
  const row = await db.kysely.selectFrom('meta').select('key').where('key', '=', UPDATED_KEY).executeTakeFirst();
  return row !== undefined;
}
