/**
 * The lookup data in the database (tables of migrations 300 and 320, meta key `reps`), and its in-memory form.
 *
 * Why both: the database is the server's state, so an import is a single transaction that either fully replaces
 * the data or leaves the old data in place, and organizers can query it. Lookups, though, run from an in-memory
 * index (a few MB: ~670 legislators, ~34k ZIPs in ~900 shards) built from those tables, because it is the very
 * structure the static bundle uses: one lookup function (`lookupFromShards`) serves both backends.
 */
import { snapshot, transaction, type Db, type Q } from '../db/index.js';
import { RepsMeta, type ZipShard } from 'm4a-widgets/shared/reps/bundle.js';
import { createRepsIndex, type RepsIndex } from 'm4a-widgets/shared/reps/lookup.js';
import type { Legislator } from 'm4a-widgets/shared/schemas/representative.js';
import type { RepsData } from './build.js';
import { toShards, type ZipIndex } from './zccd.js';

const META_KEY = 'reps';
const VERSION_KEY = 'reps.importedAt';
/** Rows per INSERT: both engines cap the parameters of one statement. */
const SLICE = 500;

type ZipTable = 'reps_zip_districts' | 'reps_zip_districts_next';

async function insertZips(trx: Q, table: ZipTable, zips: ZipIndex | undefined): Promise<void> {
  const rows = [...(zips ?? [])].flatMap(([zip, list]) => list.map(([state, district]) => ({ zip, state, district })));
  for (let i = 0; i < rows.length; i += SLICE)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + SLICE))
      .execute();
}

async function setMeta(trx: Q, key: string, value: string): Promise<void> {
  await trx
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Replaces the data in one transaction: a reader sees the old data set or the new one, never a mix. */
export function saveRepsData(
  db: Db,
  data: Pick<RepsData, 'meta' | 'legislators' | 'zips' | 'zipsNext'>,
): Promise<void> {
  return transaction(db, async (trx) => {
    await trx.deleteFrom('reps_legislators').execute();
    await trx.deleteFrom('reps_zip_districts').execute();
    await trx.deleteFrom('reps_zip_districts_next').execute();
    const legislators = data.legislators.map((l) => ({
      id: l.id,
      level: l.level,
      chamber: l.chamber,
      state: l.state,
      district: l.district,
      data: JSON.stringify(l),
    }));
    for (let i = 0; i < legislators.length; i += SLICE) {
      await trx
        .insertInto('reps_legislators')
        .values(legislators.slice(i, i + SLICE))
        .execute();
    }
    await insertZips(trx, 'reps_zip_districts', data.zips);
    await insertZips(trx, 'reps_zip_districts_next', data.zipsNext);
    await setMeta(trx, META_KEY, JSON.stringify(data.meta));
    await setMeta(trx, VERSION_KEY, data.meta.importedAt);
  });
}

async function metaValue(q: Q, key: string): Promise<string | undefined> {
  return (await q.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

/** When the data in the database was imported, or null when there is none. Cheap: one primary-key read. */
export async function repsVersion(db: Db): Promise<string | null> {
  return (await metaValue(db.kysely, VERSION_KEY)) ?? null;
}

export interface LoadedReps {
  version: string;
  index: RepsIndex;
  shards: ReadonlyMap<string, ZipShard>;
}

async function readZips(q: Q, table: ZipTable): Promise<ZipIndex> {
  const zips: ZipIndex = new Map();
  const rows = await q
    .selectFrom(table)
    .select(['zip', 'state', 'district'])
    .orderBy('zip')
    .orderBy('state')
    .orderBy('district')
    .execute();
  for (const { zip, state, district } of rows) {
    const list = zips.get(zip) ?? [];
    list.push([state, district]);
    zips.set(zip, list);
  }
  return zips;
}

/** The whole data set as `q` sees it (inside a snapshot: see loadReps). */
export async function readReps(q: Q): Promise<LoadedReps | null> {
  const version = await metaValue(q, VERSION_KEY);
  const metaJson = await metaValue(q, META_KEY);
  if (!version || !metaJson) return null;
  const meta = RepsMeta.parse(JSON.parse(metaJson));
  const legislators = (await q.selectFrom('reps_legislators').select('data').execute()).map(
    (r) => JSON.parse(r.data) as Legislator,
  );
  const next = meta.nextZipTable ? await readZips(q, 'reps_zip_districts_next') : undefined;
  const shards = toShards(await readZips(q, 'reps_zip_districts'), next);
  return { version, index: createRepsIndex(meta, legislators), shards };
}

/**
 * Reads the whole data set from one snapshot, so an import committed by another instance half-way through cannot
 * hand this one old meta with new members.
 */
export function loadReps(db: Db): Promise<LoadedReps | null> {
  return snapshot(db, readReps);
}
