/**
 * The representative lookup as the server runs it: the in-memory index (reloaded when an import changed the
 * database), ZIP lookups through the same `lookupFromShards()` as the static backend, and address / location
 * lookups through the Census geocoder with a ZIP-level fallback.
 */
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { AppDeps } from '../deps.js';
import type { Db } from '../db/index.js';
import { claimLease, releaseLease } from '../db/leases.js';
import { InvalidInput, Unavailable } from '../errors.js';
import { lookupFromShards, resolveDistricts } from 'm4a-widgets/shared/reps/lookup.js';
import { zip5, zipInAddress } from 'm4a-widgets/shared/zip.js';
import {
  queryKind,
  type CallOutcome,
  type LookupNote,
  type RepLookupQuery,
  type RepLookupResult,
} from 'm4a-widgets/shared/schemas/representative.js';
import type { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import type { WriteOutcome } from 'm4a-widgets/shared/schemas/letters.js';
import { recordCallOutcome } from './calls.js';
import { recordWriteOutcome } from './letters.js';
import { createGeocoder, type Geocoder } from './geocoder.js';
import { importReps } from './pipeline.js';
import { billConfig, configuredBills } from './bills-config.js';
import { loadReps, repsVersion, type LoadedReps } from './store.js';

const LEGISLATOR_ID = /^([A-Z]\d{6}|ocd-person\/[0-9a-f-]{36})$/;
/** A partner's own target (mayor, council, county board): named in the partner's config, not in the rep data. */
const LOCAL_ID = /^local:[\w.:-]{1,100}$/;

/** The lookup's settings from the server config. */
export function repsSettings(deps: Pick<AppDeps, 'config'>) {
  const { config } = deps;
  return {
    geocoderUrl: config.M4A_GEOCODER_URL,
    geocoderTimeoutMs: config.M4A_GEOCODER_TIMEOUT_MS,
    repsDataDir: repsDataDir(config.M4A_REPS_DATA),
  };
}

/** M4A_REPS_DATA, or ../shared/data/reps beside the checkout. */
export function repsDataDir(configured: string | undefined): string {
  return configured
    ? resolve(configured)
    : resolve(join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'reps'));
}

const AUTO_IMPORT_LEASE = 'reps-auto-import';
/** Longer than a first import takes (seconds from local files). */
const AUTO_IMPORT_MS = 10 * 60_000;

const importing = new WeakMap<Db, Promise<unknown>>();
/** The in-memory index of each database, shared by every service (and warmed by the start-up job). */
const loadedByDb = new WeakMap<Db, LoadedReps>();

/** The database's current data, loaded into memory when an import changed it; null when there is none. */
async function currentReps(db: Db): Promise<LoadedReps | null> {
  const version = await repsVersion(db);
  const held = loadedByDb.get(db);
  if (held && held.version === version) return held;
  const loaded = version ? await loadReps(db) : null;
  if (loaded) loadedByDb.set(db, loaded);
  else loadedByDb.delete(db);
  return loaded;
}

/**
 * First start: when the reps tables are empty and the upstream files are on disk, import them so that
 * `npm start` answers lookups out of the box, then load the data into memory. Returns the job (lookups answer
 * `reps_importing` meanwhile), or null when nothing needed doing.
 */
export function autoImportReps(deps: Pick<AppDeps, 'database' | 'config' | 'log'>): Promise<unknown> | null {
  const db = deps.database;
  if (loadedByDb.has(db) || importing.has(db)) return importing.get(db) ?? null;
  const dir = repsSettings(deps).repsDataDir;
  if (!existsSync(join(dir, 'legislators-current.json'))) {
    deps.log.warn('reps data missing', { hint: 'run npm run import:reps' });
    return null;
  }
  const job = (async () => {
    // Of instances starting together on one empty database, the one holding the lease imports; the others find
    // the data once it is committed (lookups reload it when its version changes).
    const holder = randomUUID();
    const empty = (await repsVersion(db)) === null;
    if (empty && (await claimLease(db, AUTO_IMPORT_LEASE, holder, new Date(), AUTO_IMPORT_MS))) {
      try {
        if ((await repsVersion(db)) === null) {
          deps.log.info('reps auto-import started', { from: dir });
          const r = await importReps(db, { from: dir, bills: configuredBills(deps.config).map(billConfig) });
          const { members, zips } = r.data.meta.counts;
          deps.log.info('reps auto-import done', { ms: r.ms, members, zips });
        }
      } finally {
        await releaseLease(db, AUTO_IMPORT_LEASE, holder, new Date());
      }
    }
    await currentReps(db);
  })()
    .catch((err: unknown) =>
      deps.log.error('reps auto-import failed', { error: err instanceof Error ? err.message : String(err) }),
    )
    .finally(() => importing.delete(db));
  importing.set(db, job);
  return job;
}

export class RepsService {
  readonly geocoder: Geocoder;

  constructor(
    private readonly deps: AppDeps,
    geocoder?: Geocoder,
  ) {
    const s = repsSettings(deps);
    this.geocoder =
      geocoder ?? createGeocoder({ baseUrl: s.geocoderUrl, timeoutMs: s.geocoderTimeoutMs, fetch: deps.fetch });
  }

  /** The current data; reloaded when the database holds a newer import. Unavailable when there is none. */
  async data(): Promise<LoadedReps> {
    const loaded = await currentReps(this.deps.database);
    if (loaded) return loaded;
    if (importing.has(this.deps.database)) {
      throw new Unavailable('reps_importing', 'Representative data is being imported; try again in a few seconds.');
    }
    throw new Unavailable('reps_data_missing', 'No representative data on this server yet: run npm run import:reps.');
  }

  /** Legislator ids known to the data (null when there is no data). */
  async knows(id: string): Promise<boolean | null> {
    try {
      return (await this.data()).index.byId.has(id);
    } catch {
      return null;
    }
  }

  /**
   * Records a call to an office the data knows; before any import, any well-formed id is taken, so a fresh server
   * still counts calls.
   */
  async recordCall(outcome: CallOutcome, idempotencyKey: string): Promise<Receipt> {
    await this.checkTarget(outcome.legislatorId, 'legislatorId');
    return recordCallOutcome(this.deps.database, outcome, this.deps.now(), idempotencyKey);
  }

  /** Records a letter to an office, checked like a call. */
  async recordWrite(outcome: WriteOutcome, idempotencyKey: string): Promise<Receipt> {
    await this.checkTarget(outcome.targetId, 'targetId');
    return recordWriteOutcome(this.deps.database, outcome, this.deps.now(), idempotencyKey);
  }

  /** A legislator the data knows (any well-formed id before an import), or a partner's `local:` target. */
  private async checkTarget(id: string, path: string): Promise<void> {
    if (LOCAL_ID.test(id)) return;
    const known = await this.knows(id);
    if (known === false || (known === null && !LEGISLATOR_ID.test(id))) {
      throw new InvalidInput('invalid_request', 'Unknown legislator.', [{ path, message: 'Unknown legislator' }]);
    }
  }

  async lookup(q: RepLookupQuery): Promise<RepLookupResult> {
    const { index, shards } = await this.data();
    const now = this.deps.now();
    const byZip = (zip: string, notes: LookupNote[] = []) =>
      lookupFromShards(index, shards.get(zip5(zip).slice(0, 3)), zip, now, queryKind(q), notes);

    if (q.zip !== undefined) return byZip(q.zip);

    const outcome =
      q.address !== undefined
        ? await this.geocoder.address(q.address)
        : await this.geocoder.coordinates(q.lat!, q.lng!);
    if (outcome.status === 'matched') {
      return resolveDistricts(
        index,
        {
          kind: queryKind(q),
          congressional: outcome.congressional,
          stateDistricts: outcome.stateDistricts,
          ...(outcome.congress !== undefined ? { districtsCongress: outcome.congress } : {}),
        },
        now,
      );
    }
    const note: LookupNote = outcome.status === 'no-match' ? 'address-not-matched' : 'geocoder-unavailable';
    if (outcome.status === 'unavailable') this.deps.log.warn('geocoder unavailable', { reason: outcome.reason });
    const zip = zipInAddress(q.address);
    if (zip) return byZip(zip, [note]);
    if (outcome.status === 'no-match')
      return resolveDistricts(index, { kind: queryKind(q), congressional: [], notes: [note] }, now);
    throw new Unavailable(
      'geocoder_unavailable',
      'The address service is not answering right now. Try again, or enter a ZIP code.',
    );
  }
}

/** Loads the database's data into memory ahead of the first lookup; a broken import is logged, not thrown. */
export async function warmReps(deps: Pick<AppDeps, 'database' | 'log'>): Promise<void> {
  try {
    await currentReps(deps.database);
  } catch (err) {
    deps.log.error('reps data unreadable', { error: err instanceof Error ? err.message : String(err) });
  }
}
