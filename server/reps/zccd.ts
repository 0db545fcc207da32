/**
 * ZIP -> congressional districts from zccd.csv (OpenSourceActivismTech/us-zipcodes-congress, built from the
 * Census ZCTA-to-119th-Congress relationship file). Columns `state_fips,state_abbr,zcta,cd`; one row per
 * (ZIP, district) pair, so a ZIP split between districts has several rows, some across state lines; cd 0 is an
 * at-large seat.
 */
import { parseCsvRecords } from './csv.js';
import { BUNDLE_FORMAT, type DistrictTuple, type ZipShard } from 'm4a-widgets/shared/reps/bundle.js';
import { ZIP5_PATTERN } from 'm4a-widgets/shared/zip.js';

export type ZipIndex = Map<string, DistrictTuple[]>;

export function parseZccd(text: string): ZipIndex {
  const rows = parseCsvRecords(text, ['state_abbr', 'zcta', 'cd'] as const);
  const zips: ZipIndex = new Map();
  rows.forEach((r, n) => {
    if (!ZIP5_PATTERN.test(r.zcta) || !/^[A-Z]{2}$/.test(r.state_abbr) || !/^\d{1,2}$/.test(r.cd)) {
      throw new Error(`zccd.csv: row ${n + 2} is not a ZIP/state/district triple: ${JSON.stringify(r)}`);
    }
    const list = zips.get(r.zcta) ?? [];
    const district = Number(r.cd);
    if (!list.some(([s, d]) => s === r.state_abbr && d === district)) list.push([r.state_abbr, district]);
    zips.set(r.zcta, list);
  });
  for (const list of zips.values()) list.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
  return zips;
}

/**
 * The ZCTA file covers the states, DC and Puerto Rico only. The other territories each elect one at-large
 * Delegate, so their USPS ZIP ranges map to that one seat without any risk of a wrong answer.
 */
export const TERRITORY_ZIP_RANGES: ReadonlyArray<{ state: string; from: number; to: number }> = [
  { state: 'VI', from: 801, to: 851 },
  { state: 'AS', from: 96799, to: 96799 },
  { state: 'GU', from: 96910, to: 96932 },
  { state: 'MP', from: 96950, to: 96952 },
];

/** Adds the territory ZIPs not already in the index; returns how many were added. */
export function addTerritoryZips(zips: ZipIndex): number {
  let added = 0;
  for (const { state, from, to } of TERRITORY_ZIP_RANGES) {
    for (let n = from; n <= to; n++) {
      const zip = String(n).padStart(5, '0');
      if (zips.has(zip)) continue;
      zips.set(zip, [[state, 0]]);
      added++;
    }
  }
  return added;
}

export function zipStats(zips: ZipIndex): { zips: number; splitZips: number; crossStateZips: number } {
  let splitZips = 0;
  let crossStateZips = 0;
  for (const list of zips.values()) {
    if (list.length > 1) splitZips++;
    if (new Set(list.map(([s]) => s)).size > 1) crossStateZips++;
  }
  return { zips: zips.size, splitZips, crossStateZips };
}

/**
 * Groups the ZIP index by 3-digit prefix: the shards of the static bundle, and the server's in-memory form. A later
 * Congress's table goes into the same shards (`next`), so one file still answers a ZIP either side of the seating.
 */
export function toShards(zips: ZipIndex, next?: ZipIndex): Map<string, ZipShard> {
  const shards = new Map<string, ZipShard>();
  const shardOf = (prefix: string) => {
    let shard = shards.get(prefix);
    if (!shard) {
      shard = { format: BUNDLE_FORMAT, prefix, zips: {} };
      shards.set(prefix, shard);
    }
    return shard;
  };
  for (const zip of [...zips.keys()].sort()) shardOf(zip.slice(0, 3)).zips[zip] = zips.get(zip)!;
  for (const zip of [...(next?.keys() ?? [])].sort()) {
    const shard = shardOf(zip.slice(0, 3));
    (shard.next ??= {})[zip] = next!.get(zip)!;
  }
  return shards;
}
