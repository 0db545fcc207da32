/**
 * The lookup data in SQLite (tables of migration 300, meta key `reps`), and its in-memory form.
 *
 * Why both: SQLite is the server's one state file, so an import is a single transaction that either fully
 * replaces the data or leaves the old data in place, and organizers can query it. Lookups, though, run from an
 * in-memory index (a few MB: ~670 legislators, ~34k ZIPs in ~900 shards) built from those tables, because it is
 * the very structure the static bundle uses: one lookup function (`lookupFromShards`) serves both backends.
 */
import type { Db } from '../db.js';
import { RepsMeta, type ZipShard } from 'm4a-widgets/shared/reps/bundle.js';
import { createRepsIndex, type RepsIndex } from 'm4a-widgets/shared/reps/lookup.js';
import type { Legislator } from 'm4a-widgets/shared/schemas/representative.js';
import type { RepsData } from './build.js';
import { toShards, type ZipIndex } from './zccd.js';

const META_KEY = 'reps';
const VERSION_KEY = 'reps.importedAt';

/** Replaces the data in one transaction: a reader sees the old data set or the new one, never a mix. */
export function saveRepsData(db: Db, data: Pick<RepsData, 'meta' | 'legislators' | 'zips' | 'zipsNext'>): void {
  const insertLeg = db.prepare(
    'INSERT INTO reps_legislators (id, level, chamber, state, district, data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertZip = db.prepare('INSERT INTO reps_zip_districts (zip, state, district) VALUES (?, ?, ?)');
  const insertNext = db.prepare('INSERT INTO reps_zip_districts_next (zip, state, district) VALUES (?, ?, ?)');
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    db.exec('DELETE FROM reps_legislators; DELETE FROM reps_zip_districts; DELETE FROM reps_zip_districts_next;');
    for (const l of data.legislators) insertLeg.run(l.id, l.level, l.chamber, l.state, l.district, JSON.stringify(l));
    for (const [zip, list] of data.zips) for (const [state, district] of list) insertZip.run(zip, state, district);
    for (const [zip, list] of data.zipsNext ?? []) for (const [state, district] of list) insertNext.run(zip, state, district);
    setMeta.run(META_KEY, JSON.stringify(data.meta));
    setMeta.run(VERSION_KEY, data.meta.importedAt);
  })();
}

/** When the data in the database was imported, or null when there is none. Cheap: one primary-key read. */
export function repsVersion(db: Db): string | null {
  const v = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(VERSION_KEY) as string | undefined;
  return v ?? null;
}

export interface LoadedReps {
  version: string;
  index: RepsIndex;
  shards: ReadonlyMap<string, ZipShard>;
}

function readZips(db: Db, table: 'reps_zip_districts' | 'reps_zip_districts_next'): ZipIndex {
  const zips: ZipIndex = new Map();
  const rows = db.prepare(`SELECT zip, state, district FROM ${table} ORDER BY zip, state, district`).raw().all() as [
    string,
    string,
    number,
  ][];
  for (const [zip, state, district] of rows) {
    const list = zips.get(zip) ?? [];
    list.push([state, district]);
    zips.set(zip, list);
  }
  return zips;
}

/**
 * Reads the whole data set inside one read transaction, so an import committed by another instance half-way
 * through cannot hand this one old meta with new members.
 */
export function loadReps(db: Db): LoadedReps | null {
  return db.transaction(() => {
    const version = repsVersion(db);
    const metaJson = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(META_KEY) as string | undefined;
    if (!version || !metaJson) return null;
    const meta = RepsMeta.parse(JSON.parse(metaJson));
    const legislators = (db.prepare('SELECT data FROM reps_legislators').pluck().all() as string[]).map(
      (d) => JSON.parse(d) as Legislator,
    );
    const next = meta.nextZipTable ? readZips(db, 'reps_zip_districts_next') : undefined;
    return { version, index: createRepsIndex(meta, legislators), shards: toShards(readZips(db, 'reps_zip_districts'), next) };
  })();
}
