/**
 * Stances: the Medicare for All Act's sponsors and cosponsors for members of Congress, and a curated file for
 * state legislators (server/reps/state-stances.json), where every entry names its source and date.
 */
import * as z from 'zod/mini';
import { IsoDate } from 'm4a-widgets/shared/schemas/common.js';
import { BillRef, POSITIONS } from 'm4a-widgets/shared/schemas/representative.js';
import type { Legislator, SourceRef, Stance, StanceRecord } from 'm4a-widgets/shared/schemas/representative.js';
import type { MemberRecord } from './congress.js';
import { billRef, congressGovCosponsorsUrl, type BillConfig, type Cosponsorship } from './billstatus.js';

export const StateStanceEntry = z.object({
  /** Open States person id of the legislator. */
  id: z.string().check(z.regex(/^ocd-person\/[0-9a-f-]{36}$/, 'an Open States person id (ocd-person/<uuid>)')),
  /** Name as a check for the reader of the file; not used for matching. */
  name: z.string(),
  position: z.enum(POSITIONS),
  bill: z.optional(BillRef),
  source: z.object({ name: z.string().check(z.minLength(1)), url: z.url({ protocol: /^https?$/ }) }),
  asOf: IsoDate,
});
export type StateStanceEntry = z.infer<typeof StateStanceEntry>;

export const StateStancesFile = z.object({
  $comment: z.optional(z.string()),
  stances: z.array(StateStanceEntry),
});
export type StateStancesFile = z.infer<typeof StateStancesFile>;

export function parseStateStances(raw: unknown, origin: string): StateStancesFile {
  const r = StateStancesFile.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${origin}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const seen = new Set<string>();
  for (const s of r.data.stances) {
    if (seen.has(s.id)) throw new Error(`${origin}: ${s.id} appears twice`);
    seen.add(s.id);
  }
  return r.data;
}

export interface StanceResult {
  legislators: Legislator[];
  /** Legislators with a known position (everything but `unknown`). */
  known: number;
  warnings: string[];
}

export interface FederalStanceContext {
  /** The Congress the member data describes: the stance is about its bill. */
  congress: number;
  /** Every configured bill, including those whose cosponsors could not be read. */
  configured: readonly BillConfig[];
  /** Chamber:Congress keys of each member's terms (a member who served and did not cosponsor has a record too). */
  served: ReadonlyMap<string, ReadonlySet<string>>;
}

const role = (b: Cosponsorship, id: string) =>
  b.sponsors.includes(id) ? 'sponsor' : b.cosponsors.includes(id) ? 'cosponsor' : 'not-cosponsor';
const sourceOf = (b: Cosponsorship): SourceRef => ({
  name: `Congress.gov, ${billRef(b.bill).label} cosponsors`,
  url: congressGovCosponsorsUrl(b.bill),
});

/** A member's records on the bills of earlier Congresses, newest first. */
function history(m: MemberRecord, bills: readonly Cosponsorship[], ctx: FederalStanceContext): StanceRecord[] {
  const served = ctx.served.get(m.id);
  return bills
    .filter((b) => b.bill.congress < ctx.congress)
    .flatMap((b): StanceRecord[] => {
      const r = role(b, m.id);
      if (r === 'not-cosponsor' && !served?.has(`${b.bill.chamber}:${b.bill.congress}`)) return [];
      return [{ congress: b.bill.congress, bill: billRef(b.bill), role: r, source: sourceOf(b), asOf: b.asOf }];
    })
    .sort((a, b) => b.congress - a.congress || (a.bill.type === (m.chamber === 'senate' ? 's' : 'hr') ? -1 : 1));
}

function federalStance(
  m: MemberRecord,
  bills: readonly Cosponsorship[],
  ctx: FederalStanceContext,
  asOf: string,
): Stance {
  const chamber = m.chamber as 'house' | 'senate';
  const past = history(m, bills, ctx);
  const withHistory = past.length ? { history: past } : {};
  const b = bills.find((x) => x.bill.congress === ctx.congress && x.bill.chamber === chamber);
  if (b) {
    const bill = billRef(b.bill);
    return { position: role(b, m.id), congress: ctx.congress, bill, source: sourceOf(b), asOf: b.asOf, ...withHistory };
  }
  const configured = ctx.configured.some((x) => x.congress === ctx.congress && x.chamber === chamber);
  return { position: configured ? 'unknown' : 'not-introduced', congress: ctx.congress, asOf, ...withHistory };
}

/** Gives every member a stance. `unknownAsOf` dates the `unknown` ones (the member data's date). */
export function applyStances(
  members: readonly MemberRecord[],
  bills: readonly Cosponsorship[],
  state: StateStancesFile,
  unknownAsOf: string,
  federal: FederalStanceContext,
): StanceResult {
  const warnings: string[] = [];
  const curated = new Map(state.stances.map((s) => [s.id, s]));
  const ids = new Set(members.map((m) => m.id));
  for (const b of bills.filter((x) => x.bill.congress === federal.congress)) {
    const missing = [...b.sponsors, ...b.cosponsors].filter((id) => !ids.has(id));
    if (missing.length) {
      warnings.push(
        `${billRef(b.bill).label}: ${missing.length} (co)sponsor(s) not among the current members (${missing.join(', ')}): ` +
          'they joined after or left before the member data was taken',
      );
    }
  }
  for (const id of curated.keys())
    if (!ids.has(id)) warnings.push(`state-stances.json: ${id} is not a sitting legislator`);

  let known = 0;
  const legislators = members.map((m): Legislator => {
    let stance: Stance = { position: 'unknown', asOf: unknownAsOf };
    if (m.level === 'federal') {
      stance = federalStance(m, bills, federal, unknownAsOf);
    } else {
      const c = curated.get(m.id);
      if (c) stance = { position: c.position, ...(c.bill ? { bill: c.bill } : {}), source: c.source, asOf: c.asOf };
    }
    if (stance.position !== 'unknown') known++;
    return { ...m, stance };
  });
  return { legislators, known, warnings };
}
