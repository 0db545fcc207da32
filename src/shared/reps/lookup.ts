/**
 * Who represents a place, given its congressional (and optionally state legislative) districts. Pure and
 * browser-safe: the reference server calls it with its in-memory index, the static backend with the JSON shards
 * of the static bundle, so both answer a ZIP the same way.
 *
 * Rules that keep a visitor from ever seeing the wrong person:
 * - a ZIP in several districts is answered `split` with every candidate, never one picked;
 * - a seat with nobody in the data is shown as vacant, not skipped;
 * - state legislators are only listed when their districts are known (an address), never guessed from a ZIP.
 */
import { zip5 } from '../zip.js';
import type {
  Chamber,
  DistrictRef,
  Legislator,
  LookupNote,
  QueryKind,
  RepLookupResult,
  Title,
} from '../schemas/representative.js';
import type { RepsMeta, ZipShard } from './bundle.js';
import { congressAt } from './congress.js';
import { currentStance, statesNeedingAddress, zipDistricts } from './transition.js';

/** Places with a House Delegate / Resident Commissioner and no senators. */
export const NO_SENATORS: ReadonlySet<string> = new Set(['DC', 'PR', 'VI', 'GU', 'AS', 'MP']);
const TERRITORY_DELEGATES: ReadonlySet<string> = new Set(['VI', 'GU', 'AS', 'MP']);

export function houseTitle(state: string): Title {
  if (state === 'PR') return 'Resident Commissioner';
  return NO_SENATORS.has(state) ? 'Delegate' : 'Representative';
}

/** Wisconsin's titles; a state added later with other titles extends this. */
export function stateChamberTitle(chamber: 'state-senate' | 'state-assembly'): Title {
  return chamber === 'state-senate' ? 'State Senator' : 'Representative to the Assembly';
}

export interface RepsIndex {
  meta: RepsMeta;
  byId: ReadonlyMap<string, Legislator>;
  senators: ReadonlyMap<string, Legislator[]>;
  house: ReadonlyMap<string, Legislator>;
  stateLegislators: ReadonlyMap<string, Legislator>;
}

const houseKey = (state: string, district: number) => `${state}-${district}`;
const stateKey = (state: string, chamber: Chamber, district: number) => `${state}-${chamber}-${district}`;

/** Builds the lookup maps once; reuse the index for every lookup. */
export function createRepsIndex(meta: RepsMeta, legislators: readonly Legislator[]): RepsIndex {
  const byId = new Map<string, Legislator>();
  const senators = new Map<string, Legislator[]>();
  const house = new Map<string, Legislator>();
  const stateLegislators = new Map<string, Legislator>();
  for (const l of legislators) {
    byId.set(l.id, l);
    if (l.chamber === 'senate') {
      const list = senators.get(l.state) ?? [];
      list.push(l);
      senators.set(l.state, list);
    } else if (l.chamber === 'house' && l.district !== null) {
      house.set(houseKey(l.state, l.district), l);
    } else if (l.district !== null) {
      stateLegislators.set(stateKey(l.state, l.chamber, l.district), l);
    }
  }
  for (const list of senators.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return { meta, byId, senators, house, stateLegislators };
}

/** State legislative districts of one place, as the Census geocoder gives them (null: not in that layer). */
export interface StateDistricts {
  state: string;
  upper: number | null;
  lower: number | null;
}

export interface DistrictQuery {
  kind: QueryKind;
  /** Candidate congressional districts; empty = place unknown. */
  congressional: readonly DistrictRef[];
  /** Known only from an address or coordinates. */
  stateDistricts?: StateDistricts | undefined;
  notes?: readonly LookupNote[];
  /** The districts come from a ZIP table (not the geocoder), so a changed map cannot be answered from them. */
  byZip?: boolean;
  /** The Congress the geocoder's districts describe, when it says (an older one misses a new map too). */
  districtsCongress?: number;
}

function vacantSeat(
  index: RepsIndex,
  seat: {
    id: string;
    level: Legislator['level'];
    chamber: Chamber;
    title: Title;
    state: string;
    district: number | null;
  },
): Legislator {
  return {
    ...seat,
    name: '',
    party: '',
    vacant: true,
    social: {},
    stance: { position: 'unknown', asOf: index.meta.dataAsOf },
  };
}

/** The answer for a set of candidate districts. */
export function resolveDistricts(index: RepsIndex, query: DistrictQuery, now: Date): RepLookupResult {
  const { meta } = index;
  const current = congressAt(now);
  const notes = new Set<LookupNote>(query.notes ?? []);
  const candidates = dedupeDistricts(query.congressional);
  const states = [...new Set(candidates.map((d) => d.state))];
  const oldMap = !query.byZip && query.districtsCongress !== undefined && query.districtsCongress < current;
  const needAddress =
    query.byZip || oldMap ? statesNeedingAddress(meta, states, current, { zipTable: !oldMap }) : new Set<string>();
  if (needAddress.size) notes.add(oldMap ? 'house-map-pending' : 'house-needs-address');
  const districts = candidates.filter((d) => !needAddress.has(d.state));
  const split = districts.length > 1;

  const legislators: Legislator[] = [];
  for (const state of states) {
    if (NO_SENATORS.has(state)) continue;
    const sitting = index.senators.get(state) ?? [];
    legislators.push(...sitting);
    for (let seat = sitting.length; seat < 2; seat++) {
      legislators.push(
        vacantSeat(index, {
          id: `vacant:${state}-senate-${seat + 1}`,
          level: 'federal',
          chamber: 'senate',
          title: 'Senator',
          state,
          district: null,
        }),
      );
    }
  }
  for (const d of districts) {
    const member =
      index.house.get(houseKey(d.state, d.district)) ??
      vacantSeat(index, {
        id: `vacant:${d.state}-${d.district}`,
        level: 'federal',
        chamber: 'house',
        title: houseTitle(d.state),
        state: d.state,
        district: d.district,
      });
    legislators.push(split ? { ...member, forDistrict: { state: d.state, district: d.district } } : member);
    if (d.state === 'DC') notes.add('dc-delegate');
    else if (d.state === 'PR') notes.add('pr-commissioner');
    else if (TERRITORY_DELEGATES.has(d.state)) notes.add('territory-delegate');
    else if (d.district === 0) notes.add('at-large');
  }
  if (split && new Set(districts.map((d) => d.state)).size > 1) notes.add('cross-state');

  for (const state of states) {
    if (!meta.stateCoverage.includes(state)) {
      notes.add('state-not-covered');
      continue;
    }
    const sd = query.stateDistricts;
    if (split || !sd || sd.state !== state) {
      notes.add('state-needs-address');
      continue;
    }
    for (const [chamber, district] of [
      ['state-senate', sd.upper],
      ['state-assembly', sd.lower],
    ] as const) {
      if (district === null) continue;
      legislators.push(
        index.stateLegislators.get(stateKey(state, chamber, district)) ??
          vacantSeat(index, {
            id: `vacant:${state}-${chamber}-${district}`,
            level: 'state',
            chamber,
            title: stateChamberTitle(chamber),
            state,
            district,
          }),
      );
    }
  }

  const today = now.toISOString().slice(0, 10);
  if (legislators.some((l) => l.vacant)) notes.add('vacant-seat');
  if (legislators.some((l) => l.termEnd !== undefined && l.termEnd <= today)) notes.add('term-ended');
  if (today >= meta.staleAfter || current > meta.congress) notes.add('data-stale');

  const found = candidates.length > 0;
  return {
    query: { kind: query.kind },
    status: !found ? 'not-found' : split ? 'split' : 'ok',
    ...(split ? { splitDistricts: districts } : {}),
    notes: [...notes],
    legislators: found ? legislators.map((l) => ({ ...l, stance: currentStance(meta, l, current) })) : [],
    dataAsOf: meta.dataAsOf,
    congress: meta.congress,
    staleAfter: meta.staleAfter,
    sources: meta.sources.map((s) => (s.url ? { name: s.name, url: s.url } : { name: s.name })),
    currentCongress: current,
    ...(meta.datasets ? { datasets: meta.datasets } : {}),
    ...(needAddress.size ? { redistricted: [...needAddress].sort() } : {}),
  };
}

function dedupeDistricts(list: readonly DistrictRef[]): DistrictRef[] {
  const seen = new Set<string>();
  const out: DistrictRef[] = [];
  for (const d of list) {
    const key = houseKey(d.state, d.district);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ state: d.state, district: d.district });
  }
  return out;
}

/**
 * ZIP-level lookup from the static bundle: the caller loads `reps/zip/<first 3 digits>.json` (undefined when that
 * shard does not exist: no such ZIP) and passes it with an index built from meta.json + members.json.
 */
export function lookupFromShards(
  index: RepsIndex,
  shard: ZipShard | undefined,
  zip: string,
  now: Date,
  kind: QueryKind = 'zip',
  notes: readonly LookupNote[] = [],
): RepLookupResult {
  const z5 = zip5(zip);
  const tuples = shard && shard.prefix === z5.slice(0, 3) ? zipDistricts(index.meta, shard, z5, congressAt(now)) : [];
  const congressional = tuples.map(([state, district]) => ({ state, district }));
  return resolveDistricts(index, { kind, congressional, notes, byZip: true }, now);
}
