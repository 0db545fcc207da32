/**
 * Stances: the Medicare for All Act's sponsors and cosponsors for members of Congress, and a curated file for
 * state legislators (server/reps/state-stances.json), where every entry names its source and date.
 */
import * as z from 'zod/mini';
import { IsoDate } from 'm4a-widgets/shared/schemas/common.js';
import { BillRef, POSITIONS, type Legislator, type SourceRef, type Stance } from 'm4a-widgets/shared/schemas/representative.js';
import type { MemberRecord } from './congress.js';
import { billRef, congressGovCosponsorsUrl, type Cosponsorship } from './billstatus.js';

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

/** Gives every member a stance. `unknownAsOf` dates the `unknown` ones (the member data's date). */
export function applyStances(
  members: readonly MemberRecord[],
  bills: readonly Cosponsorship[],
  state: StateStancesFile,
  unknownAsOf: string,
): StanceResult {
  const warnings: string[] = [];
  const byChamber = new Map(bills.map((b) => [b.bill.chamber, b]));
  const curated = new Map(state.stances.map((s) => [s.id, s]));
  const ids = new Set(members.map((m) => m.id));
  for (const b of bills) {
    const missing = [...b.sponsors, ...b.cosponsors].filter((id) => !ids.has(id));
    if (missing.length) {
      warnings.push(
        `${billRef(b.bill).label}: ${missing.length} (co)sponsor(s) not among the current members (${missing.join(', ')}): ` +
          'they joined after or left before the member data was taken',
      );
    }
  }
  for (const id of curated.keys()) if (!ids.has(id)) warnings.push(`state-stances.json: ${id} is not a sitting legislator`);

  let known = 0;
  const legislators = members.map((m): Legislator => {
    let stance: Stance = { position: 'unknown', asOf: unknownAsOf };
    if (m.level === 'federal') {
      const b = byChamber.get(m.chamber as 'house' | 'senate');
      if (b) {
        const position = b.sponsors.includes(m.id) ? 'sponsor' : b.cosponsors.includes(m.id) ? 'cosponsor' : 'not-cosponsor';
        const source: SourceRef = { name: `Congress.gov, ${billRef(b.bill).label} cosponsors`, url: congressGovCosponsorsUrl(b.bill) };
        stance = { position, bill: billRef(b.bill), source, asOf: b.asOf };
      }
    } else {
      const c = curated.get(m.id);
      if (c) stance = { position: c.position, ...(c.bill ? { bill: c.bill } : {}), source: c.source, asOf: c.asOf };
    }
    if (stance.position !== 'unknown') known++;
    return { ...m, stance };
  });
  return { legislators, known, warnings };
}
