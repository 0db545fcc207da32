/**
 * The rules of the change of Congress, applied at lookup time from the caller's clock, so data imported before the
 * seating day still answers honestly after it:
 * - a stance describing an earlier Congress becomes history: the current Congress has its own bill, or none yet;
 * - in a state whose districts changed, a ZIP answers the House seat only from a ZIP table of the current Congress;
 *   until one covers the state, the visitor is asked for a street address.
 */
import type { Legislator, Stance, StanceRecord } from '../schemas/representative.js';
import { ROLES } from '../schemas/representative.js';
import { parseBillLabel } from './bills.js';
import type { DistrictTuple, RepsMeta, ZipShard } from './bundle.js';

const isRole = (p: string): p is StanceRecord['role'] => (ROLES as readonly string[]).includes(p);

/** A federal member's stance seen from `current`: an older Congress's position moves into `history`. */
export function currentStance(meta: Pick<RepsMeta, 'bills'>, l: Legislator, current: number): Stance {
  const s = l.stance;
  if (l.level !== 'federal' || s.congress === undefined || s.congress >= current) return s;
  const history: StanceRecord[] = [...(s.history ?? [])];
  if (s.bill && isRole(s.position)) {
    history.unshift({
      congress: s.congress,
      bill: s.bill,
      role: s.position,
      ...(s.source ? { source: s.source } : {}),
      asOf: s.asOf,
    });
  }
  // A bill configured for the current Congress whose cosponsors are not imported yet: the position is not known.
  const configured = (meta.bills ?? []).some(
    (b) => b.congress === current && parseBillLabel(b.bill).chamber === l.chamber,
  );
  return {
    position: configured ? 'unknown' : 'not-introduced',
    congress: current,
    asOf: s.asOf,
    ...(history.length ? { history } : {}),
  };
}

/** The districts of a ZIP in the current Congress: the later table where it covers the state, else the base one. */
export function zipDistricts(meta: RepsMeta, shard: ZipShard, zip: string, current: number): DistrictTuple[] {
  const base = shard.zips[zip] ?? [];
  const next = meta.nextZipTable;
  if (!next || current < next.congress) return base;
  const covered = new Set(next.states);
  return [...(shard.next?.[zip] ?? []), ...base.filter(([state]) => !covered.has(state))].sort(
    (a, b) => a[0].localeCompare(b[0]) || a[1] - b[1],
  );
}

/**
 * States whose House seat cannot be answered at `current` from districts of an earlier Congress: a ZIP (until a ZIP
 * table of the new Congress covers the state), or the geocoder's districts (`zipTable: false`: no ZIP table fixes
 * those).
 */
export function statesNeedingAddress(
  meta: RepsMeta,
  states: readonly string[],
  current: number,
  { zipTable = true }: { zipTable?: boolean } = {},
): Set<string> {
  const r = meta.redistricting;
  if (!r || current < r.congress) return new Set();
  const next = meta.nextZipTable;
  const covered = zipTable && next && next.congress >= r.congress ? next.states : [];
  const changed = new Set(r.states.map((s) => s.state).filter((s) => !covered.includes(s)));
  return new Set(states.filter((s) => changed.has(s)));
}
