/**
 * Which bill is the Medicare for All Act in each Congress. Bills die with their Congress and come back under new
 * numbers, so the numbers are configuration (server/reps/bills.json shipped; an operator adds a new Congress's
 * numbers by file or environment), validated by this one schema wherever they are read.
 */
import * as z from 'zod/mini';
import { HttpUrl } from '../schemas/common.js';

/** Bill types the lookup can speak for, with the label Congress.gov prints and the chamber whose members it covers. */
export const BILL_TYPES = { hr: { prefix: 'H.R.', chamber: 'house' }, s: { prefix: 'S.', chamber: 'senate' } } as const;
export type BillType = keyof typeof BILL_TYPES;

const LABEL = /^(H\.R\.|S\.) ?([1-9]\d{0,4})$/;

export const BillEntry = z.object({
  congress: z.number().check(z.int(), z.gte(93, 'Congress numbers start well before 93'), z.lte(200)),
  /** As Congress.gov prints it: `H.R.3069`, `S.1506`. */
  bill: z.string().check(z.trim(), z.regex(LABEL, 'a House or Senate bill, e.g. H.R.3069 or S.1506')),
  /** Where the number can be checked (the bill's Congress.gov page). */
  source: z.optional(HttpUrl),
});
export type BillEntry = z.infer<typeof BillEntry>;

export const BillsFile = z.object({ $comment: z.optional(z.string()), bills: z.array(BillEntry) }).check(
  z.superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.bills.forEach((b, i) => {
      // Malformed labels have their own issue already.
      if (!LABEL.test(b.bill)) return;
      const { chamber } = parseBillLabel(b.bill);
      const key = `${b.congress}-${chamber}`;
      if (seen.has(key)) {
        ctx.issues.push({
          code: 'custom',
          input: b,
          path: ['bills', i],
          message: `the ${b.congress}th Congress has two ${chamber} bills`,
        });
      }
      seen.add(key);
    });
  }),
);
export type BillsFile = z.infer<typeof BillsFile>;

export interface ParsedBill {
  type: BillType;
  number: number;
  chamber: 'house' | 'senate';
  label: string;
}

export function parseBillLabel(label: string): ParsedBill {
  const m = LABEL.exec(label.trim());
  if (!m) throw new Error(`${label}: not a House or Senate bill number`);
  const type: BillType = m[1] === 'S.' ? 's' : 'hr';
  const number = Number(m[2]);
  return { type, number, chamber: BILL_TYPES[type].chamber, label: `${BILL_TYPES[type].prefix}${number}` };
}

/**
 * The shipped list with an operator's entries laid over it: an entry replaces the shipped one of the same Congress
 * and chamber, so adding the 120th's numbers does not mean repeating the 118th's and 119th's.
 */
export function mergeBills(shipped: readonly BillEntry[], override: readonly BillEntry[]): BillEntry[] {
  const key = (b: BillEntry) => `${b.congress}-${parseBillLabel(b.bill).chamber}`;
  const byKey = new Map(shipped.map((b) => [key(b), b]));
  for (const b of override) byKey.set(key(b), b);
  return [...byKey.values()].sort((a, b) => a.congress - b.congress || a.bill.localeCompare(b.bill));
}
