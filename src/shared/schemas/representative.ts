/**
 * Representatives, their stances on the Medicare for All Act, and call outcomes: the contract between
 * `<m4a-rep-lookup>` and any backend (reference server, static bundle, a partner's own).
 *
 * Allowed values are `as const` arrays so the TypeScript types, the schemas and the widget's i18n keys share one
 * source. Visitor input (ZIP, address, coordinates) is never echoed back: a result only says which kind of query
 * it answers.
 */
import * as z from 'zod/mini';
import { IsoDate, Zip, boundedText } from './common.js';

export const ADDRESS_MIN = 5;
export const ADDRESS_MAX = 200;

/* ------------------------------------------------------------------ query */

/**
 * One of: a ZIP (5 digits or ZIP+4), a free-text street address, or coordinates (`lat` + `lng`).
 * Giving none, or more than one kind, is an error on the `(query)` path.
 */
export const RepLookupQuery = z
  .object({
    zip: z.optional(Zip),
    address: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(ADDRESS_MIN, 'Enter a street address with the city and state, or a ZIP code'),
          z.maxLength(ADDRESS_MAX, `Addresses are at most ${ADDRESS_MAX} characters`),
        ),
    ),
    lat: z.optional(
      z.number().check(z.gte(-90, 'Latitude is between -90 and 90'), z.lte(90, 'Latitude is between -90 and 90')),
    ),
    lng: z.optional(
      z
        .number()
        .check(z.gte(-180, 'Longitude is between -180 and 180'), z.lte(180, 'Longitude is between -180 and 180')),
    ),
  })
  .check(
    z.superRefine((q, ctx) => {
      const kinds = [q.zip !== undefined, q.address !== undefined, q.lat !== undefined || q.lng !== undefined];
      const given = kinds.filter(Boolean).length;
      if (given !== 1) {
        ctx.issues.push({
          code: 'custom',
          input: q,
          path: [],
          message:
            given === 0
              ? 'Enter a ZIP code or a street address'
              : 'Give a ZIP code, an address or a location, not several',
        });
      } else if ((q.lat === undefined) !== (q.lng === undefined)) {
        ctx.issues.push({
          code: 'custom',
          input: q,
          path: [q.lat === undefined ? 'lat' : 'lng'],
          message: 'A location needs both lat and lng',
        });
      }
    }),
  );
export type RepLookupQuery = z.infer<typeof RepLookupQuery>;

export const QUERY_KINDS = ['zip', 'address', 'coordinates'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Which kind of query a RepLookupQuery is (it has exactly one once validated). */
export function queryKind(q: RepLookupQuery): QueryKind {
  if (q.zip !== undefined) return 'zip';
  if (q.address !== undefined) return 'address';
  return 'coordinates';
}

/* ------------------------------------------------------------- legislator */

export const LEVELS = ['federal', 'state'] as const;
export type Level = (typeof LEVELS)[number];

export const CHAMBERS = ['senate', 'house', 'state-senate', 'state-assembly'] as const;
export type Chamber = (typeof CHAMBERS)[number];

/** Official titles in English; the widget translates them (they double as i18n keys). */
export const TITLES = [
  'Senator',
  'Representative',
  'Delegate',
  'Resident Commissioner',
  'State Senator',
  'Representative to the Assembly',
] as const;
export type Title = (typeof TITLES)[number];

/**
 * `not-introduced`: the Congress the stance describes has no Medicare for All Act yet (bills die with their Congress
 * and come back under new numbers); the member's record in earlier Congresses is in `history`.
 */
export const POSITIONS = [
  'sponsor',
  'cosponsor',
  'not-cosponsor',
  'not-introduced',
  'supports',
  'opposes',
  'unknown',
] as const;
export type Position = (typeof POSITIONS)[number];

/** A member's part in an earlier Congress's bill. */
export const ROLES = ['sponsor', 'cosponsor', 'not-cosponsor'] as const;
export type Role = (typeof ROLES)[number];

/** `hr` = House bill (H.R.), `s` = Senate bill (S.); state bills use their own code, e.g. `ab` / `sb` in Wisconsin. */
export const BillRef = z.object({
  congress: z.optional(z.number().check(z.int())),
  /** Set for state bills: two-letter state code. */
  state: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** Legislative session for state bills, e.g. `2025-2026`. */
  session: z.optional(z.string()),
  type: z.string(),
  number: z.number().check(z.int(), z.positive()),
  /** Display label, e.g. `H.R.3069`, `S.1506`, `AB 123`. */
  label: z.string(),
});
export type BillRef = z.infer<typeof BillRef>;

export const SourceRef = z.object({ name: z.string(), url: z.optional(z.string()) });
export type SourceRef = z.infer<typeof SourceRef>;

/** One earlier Congress's record, e.g. `{ congress: 119, bill: H.R.3069, role: 'cosponsor' }`. */
export const StanceRecord = z.object({
  congress: z.number().check(z.int()),
  bill: BillRef,
  role: z.enum(ROLES),
  source: z.optional(SourceRef),
  asOf: IsoDate,
});
export type StanceRecord = z.infer<typeof StanceRecord>;

export const Stance = z.object({
  position: z.enum(POSITIONS),
  /** The Congress the position describes (federal stances); the lookup moves an older one into `history`. */
  congress: z.optional(z.number().check(z.int())),
  bill: z.optional(BillRef),
  /** Where the position comes from; absent only for `unknown` and `not-introduced`. */
  source: z.optional(SourceRef),
  /** Date the position was last checked against its source. */
  asOf: IsoDate,
  /** Records in earlier Congresses, newest first. */
  history: z.optional(z.array(StanceRecord)),
});
export type Stance = z.infer<typeof Stance>;

export const SOCIAL_NETWORKS = ['twitter', 'facebook', 'instagram', 'youtube', 'mastodon', 'bluesky'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** Profile links (https URLs built at import from the published handles / channel ids). */
export const Social = z.partialRecord(z.enum(SOCIAL_NETWORKS), z.string());
export type Social = z.infer<typeof Social>;

export const DistrictRef = z.object({
  state: z.string().check(z.regex(/^[A-Z]{2}$/)),
  /** 0 = at-large seat (whole state or territory). */
  district: z.number().check(z.int(), z.nonnegative()),
});
export type DistrictRef = z.infer<typeof DistrictRef>;

export const Office = z.object({
  city: z.string(),
  state: z.optional(z.string()),
  phone: z.optional(z.string()),
});
export type Office = z.infer<typeof Office>;

export const Legislator = z.object({
  /** Bioguide id (federal, e.g. `J000298`), Open States id (state, `ocd-person/…`), or `vacant:WI-senate-2` style for a vacant seat. */
  id: z.string(),
  level: z.enum(LEVELS),
  chamber: z.enum(CHAMBERS),
  title: z.enum(TITLES),
  /** Empty for a vacant seat. */
  name: z.string(),
  /** `Democrat`, `Republican`, `Independent`, or another party name as published. Empty for a vacant seat. */
  party: z.string(),
  state: z.string().check(z.regex(/^[A-Z]{2}$/)),
  /** District number; 0 = at-large (House); null for senators. */
  district: z.nullable(z.number().check(z.int(), z.nonnegative())),
  vacant: z.boolean(),
  photoUrl: z.optional(z.string()),
  /** Main office phone, as published (e.g. `202-225-3106`). */
  phone: z.optional(z.string()),
  /** Web contact form. */
  contactUrl: z.optional(z.string()),
  website: z.optional(z.string()),
  /** Official office email, where the source publishes one (state legislators). */
  email: z.optional(z.string()),
  social: Social,
  /** District / local offices with their phones (closer to the visitor than the Capitol). */
  offices: z.optional(z.array(Office)),
  /** When the ZIP is split: which candidate district this House member belongs to. */
  forDistrict: z.optional(DistrictRef),
  /** End of the current term as published; past it, the seat may have changed hands since the data was taken. */
  termEnd: z.optional(IsoDate),
  stance: Stance,
});
export type Legislator = z.infer<typeof Legislator>;

/* ----------------------------------------------------------------- result */

export const LOOKUP_STATUSES = ['ok', 'split', 'not-found'] as const;
export type LookupStatus = (typeof LOOKUP_STATUSES)[number];

/**
 * Explanations that come with an answer (each one an i18n key in the widget):
 * - `at-large`: the state has a single House seat.
 * - `dc-delegate`: DC elects a non-voting Delegate and no senators.
 * - `pr-commissioner`: Puerto Rico elects a Resident Commissioner and no senators.
 * - `territory-delegate`: a territory (VI, GU, AS, MP) elects a non-voting Delegate and no senators.
 * - `cross-state`: the split ZIP spans more than one state (so senators of each are listed).
 * - `vacant-seat`: at least one seat in the answer is vacant.
 * - `state-needs-address`: state legislators are covered for this state, but a ZIP cannot tell their districts:
 *   enter a street address.
 * - `state-not-covered`: state legislators are not in the data for this state.
 * - `geocoder-unavailable`: the address service failed; these are ZIP-level candidates from the ZIP in the address.
 * - `address-not-matched`: the address was not recognised; these are ZIP-level candidates from the ZIP in it.
 * - `term-ended`: a listed member's term ended before today (e.g. an appointed senator until a special election):
 *   the seat may have changed hands since `dataAsOf`.
 * - `data-stale`: the data describes a Congress that has ended (see `staleAfter`).
 * - `house-needs-address`: the districts of a state in the answer changed with the current Congress and no ZIP table
 *   of its districts is in the data yet, so its House seat is not answered from a ZIP: enter a street address
 *   (`redistricted` names the states).
 * - `house-map-pending`: the same, for an address: the address service still gives the previous Congress's districts,
 *   so the House seat of a state with a new map is not answered yet (`redistricted` names the states).
 */
export const LOOKUP_NOTES = [
  'at-large',
  'dc-delegate',
  'pr-commissioner',
  'territory-delegate',
  'cross-state',
  'vacant-seat',
  'state-needs-address',
  'state-not-covered',
  'geocoder-unavailable',
  'address-not-matched',
  'term-ended',
  'data-stale',
  'house-needs-address',
  'house-map-pending',
] as const;
export type LookupNote = (typeof LOOKUP_NOTES)[number];

/** The data sets an answer is built from, each dated and naming the Congress it describes. */
export const DATASET_KINDS = ['members', 'districts', 'bills'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export const Dataset = z.object({
  kind: z.enum(DATASET_KINDS),
  /** For `bills`: the latest Congress with a configured Medicare for All Act. */
  congress: z.number().check(z.int()),
  asOf: IsoDate,
});
export type Dataset = z.infer<typeof Dataset>;

export const RepLookupResult = z.object({
  /** Which kind of query this answers. The query itself (ZIP, address, location) is never echoed. */
  query: z.object({ kind: z.enum(QUERY_KINDS) }),
  status: z.enum(LOOKUP_STATUSES),
  /** With `split`: every candidate congressional district; the House members carry `forDistrict`. */
  splitDistricts: z.optional(z.array(DistrictRef)),
  notes: z.array(z.enum(LOOKUP_NOTES)),
  /** Senators first, then House members, then state legislators (senate, assembly). */
  legislators: z.array(Legislator),
  /** Date the member and district data was taken from its sources. */
  dataAsOf: IsoDate,
  congress: z.number().check(z.int()),
  /** From this date the answer may be out of date (a new Congress is seated). */
  staleAfter: IsoDate,
  sources: z.array(SourceRef),
  /** The Congress in session when the answer was made (a freshness notice compares `datasets` with it). */
  currentCongress: z.optional(z.number().check(z.int())),
  datasets: z.optional(z.array(Dataset)),
  /** With `house-needs-address` / `house-map-pending`: the states whose House seat is not answered. */
  redistricted: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2}$/)))),
});
export type RepLookupResult = z.infer<typeof RepLookupResult>;

/* ---------------------------------------------------------- call outcomes */

export const CALL_OUTCOMES = ['talked-to-staff', 'left-voicemail', 'busy-no-answer', 'skipped'] as const;
export type CallOutcomeKind = (typeof CALL_OUTCOMES)[number];

/** What the visitor reports after a call. Nothing about the visitor: no phone, no address, no ZIP. */
export const CallOutcome = z.object({
  legislatorId: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  outcome: z.enum(CALL_OUTCOMES),
  /** Where the call started (a campaign or partner slug chosen by the site owner), e.g. `pnhp-wi`. */
  source: z.optional(boundedText(100)),
});
export type CallOutcome = z.infer<typeof CallOutcome>;

export const CallStats = z.object({
  count: z.number().check(z.int(), z.nonnegative()),
  /** Start of the counting window (this week: Monday 00:00 UTC). */
  since: z.string(),
  byOutcome: z.record(z.enum(CALL_OUTCOMES), z.number().check(z.int(), z.nonnegative())),
  /** Set when the stats were asked for one legislator's office. */
  legislatorId: z.optional(z.string()),
});
export type CallStats = z.infer<typeof CallStats>;

/** `GET /call-outcomes/stats` query: all calls, or one office. */
export const CallStatsQuery = z.object({ legislatorId: z.optional(z.string().check(z.minLength(1), z.maxLength(80))) });
export type CallStatsQuery = z.infer<typeof CallStatsQuery>;
