/**
 * Writes the static bundle (see server/reps/README.md): what a chapter with no server hosts on any static site so
 * the `static` backend can answer ZIP lookups with `lookupFromShards()` and measure event distances from a ZIP.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUNDLE_FORMAT, MEMBERS_PATH, META_PATH, shardPath, type RepsMembers } from 'm4a-widgets/shared/reps/bundle.js';
import type { RepsData } from './build.js';
import { toShards } from './zccd.js';
import { zipCentroidShards } from '../events/zips.js';

export interface BundleSummary {
  files: number;
  bytes: number;
}

export function writeStaticBundle(
  root: string,
  data: Pick<RepsData, 'meta' | 'legislators' | 'zips' | 'zipsNext'>,
): BundleSummary {
  let files = 0;
  let bytes = 0;
  const write = (rel: string, value: unknown) => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    const text = JSON.stringify(value);
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  // Shards of ZIPs that no longer exist must not linger from an earlier import.
  rmSync(join(root, 'reps', 'zip'), { recursive: true, force: true });
  write(META_PATH, data.meta);
  const members: RepsMembers = { format: BUNDLE_FORMAT, legislators: data.legislators };
  write(MEMBERS_PATH, members);
  for (const [prefix, shard] of toShards(data.zips, data.zipsNext)) write(shardPath(prefix + '00'), shard);
  // ZIP centroids, so the static backend can also filter events by distance from a ZIP.
  for (const [prefix, shard] of zipCentroidShards()) write(`zips/${prefix}.json`, shard);
  return { files, bytes };
}
