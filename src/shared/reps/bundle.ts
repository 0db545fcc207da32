/**
 * The representative lookup data set, in the shape both the reference server (in memory) and the static bundle
 * (JSON files on any static host) use. Written by `npm run import:reps`; the layout of the static bundle is
 * documented in server/reps/README.md.
 *
 * - `reps/meta.json`      RepsMeta: Congress, data date, sources, which states have state legislators.
 * - `reps/members.json`   RepsMembers: every seated legislator (federal and state) with contacts and stance.
 * - `reps/zip/NNN.json`   ZipShard for the ZIPs starting with NNN: ZIP -> congressional districts.
 */
import * as z from 'zod/mini';
import { ZIP5_PATTERN } from '../zip.js';
import { IsoDate } from '../schemas/common.js';
import { Dataset, Legislator } from '../schemas/representative.js';
import { BillEntry } from './bills.js';
import { RedistrictingFile } from './redistricting.js';

export const BUNDLE_FORMAT = 1;

const StateCode = z.string().check(z.regex(/^[A-Z]{2}$/));

export const RepsMeta = z.object({
  format: z.literal(BUNDLE_FORMAT),
  congress: z.number().check(z.int()),
  /** Date the member and district data was taken (the oldest of those sources). */
  dataAsOf: IsoDate,
  staleAfter: IsoDate,
  /** When the import ran (ISO date-time). */
  importedAt: z.string(),
  sources: z.array(
    z.object({
      name: z.string(),
      url: z.optional(z.string()),
      asOf: z.optional(IsoDate),
      detail: z.optional(z.string()),
    }),
  ),
  /** States whose state legislators are in `members` (e.g. `['WI']`). */
  stateCoverage: z.array(StateCode),
  counts: z.object({
    members: z.number(),
    federal: z.number(),
    state: z.number(),
    zips: z.number(),
    splitZips: z.number(),
    crossStateZips: z.number(),
    stances: z.number(),
  }),
  /** Each data set with the Congress it describes and its date (absent in bundles written before the 120th). */
  datasets: z.optional(z.array(Dataset)),
  /** The configured Medicare for All Act numbers per Congress at import. */
  bills: z.optional(z.array(BillEntry)),
  /** States whose districts change with a later Congress than the ZIP table's. */
  redistricting: z.optional(RedistrictingFile),
  /** A later Congress's ZIP table (`ZipShard.next`) and the states it covers. */
  nextZipTable: z.optional(
    z.object({ congress: z.number().check(z.int()), states: z.array(StateCode), asOf: IsoDate }),
  ),
});
export type RepsMeta = z.infer<typeof RepsMeta>;

export const RepsMembers = z.object({
  format: z.literal(BUNDLE_FORMAT),
  legislators: z.array(Legislator),
});
export type RepsMembers = z.infer<typeof RepsMembers>;

/** One congressional district as `[state, district]`, district 0 = at-large. Compact on purpose: 34k ZIPs. */
export const DistrictTuple = z.tuple([StateCode, z.number().check(z.int(), z.nonnegative())]);
export type DistrictTuple = z.infer<typeof DistrictTuple>;

/** ZIPs sharing a 3-digit prefix -> their congressional districts (more than one when the ZIP is split). */
export const ZipShard = z.object({
  format: z.literal(BUNDLE_FORMAT),
  prefix: z.string().check(z.regex(/^\d{3}$/)),
  zips: z.record(z.string().check(z.regex(ZIP5_PATTERN)), z.array(DistrictTuple)),
  /** The same ZIPs in the later Congress's table (`RepsMeta.nextZipTable`), for the states it covers. */
  next: z.optional(z.record(z.string().check(z.regex(ZIP5_PATTERN)), z.array(DistrictTuple))),
});
export type ZipShard = z.infer<typeof ZipShard>;

/** Path of the shard holding a ZIP, relative to the bundle root. */
export const shardPath = (zip: string) => `reps/zip/${zip.slice(0, 3)}.json`;
export const META_PATH = 'reps/meta.json';
export const MEMBERS_PATH = 'reps/members.json';
