/**
 * Who sponsors and cosponsors a bill, from govinfo's BILLSTATUS XML (`billStatus/bill/sponsors/item/bioguideId`,
 * `billStatus/bill/cosponsors/item` with `sponsorshipWithdrawnDate` on withdrawn cosponsorships), from the
 * congress.gov API (same fields, JSON), or from a cosponsor list derived from BILLSTATUS (the development copy).
 */
import { XMLParser } from 'fast-xml-parser';
import * as z from 'zod/mini';
import type { BillRef } from 'm4a-widgets/shared/schemas/representative.js';

export interface BillConfig {
  congress: number;
  /** Lower-case bill type as govinfo spells it in paths: `hr`, `s`. */
  type: string;
  number: number;
  /** Which members the bill's cosponsorship speaks for. */
  chamber: 'house' | 'senate';
}

export interface Cosponsorship {
  bill: BillConfig;
  sponsors: string[];
  /** Current cosponsors: withdrawn cosponsorships are dropped (a member who withdrew and re-joined counts). */
  cosponsors: string[];
  /** Members whose only cosponsorship was withdrawn. */
  withdrawn: string[];
  /** Date the bill record was last updated upstream. */
  asOf: string;
  /** Where the list was read from (URL or file). */
  origin: string;
}

const LABEL_PREFIX: Record<string, string> = {
  hr: 'H.R.',
  s: 'S.',
  hres: 'H.Res.',
  sres: 'S.Res.',
  hjres: 'H.J.Res.',
  sjres: 'S.J.Res.',
  hconres: 'H.Con.Res.',
  sconres: 'S.Con.Res.',
};
const CONGRESS_GOV_TYPE: Record<string, string> = {
  hr: 'house-bill',
  s: 'senate-bill',
  hres: 'house-resolution',
  sres: 'senate-resolution',
  hjres: 'house-joint-resolution',
  sjres: 'senate-joint-resolution',
  hconres: 'house-concurrent-resolution',
  sconres: 'senate-concurrent-resolution',
};

export const billLabel = (b: Pick<BillConfig, 'type' | 'number'>) =>
  `${LABEL_PREFIX[b.type] ?? b.type.toUpperCase() + ' '}${b.number}`;

export const billRef = (b: BillConfig): BillRef => ({
  congress: b.congress,
  type: b.type,
  number: b.number,
  label: billLabel(b),
});

const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

/** The public page of the bill's cosponsors: what a visitor can check a stance against. */
export const congressGovCosponsorsUrl = (b: BillConfig) =>
  `https://www.congress.gov/bill/${ordinal(b.congress)}-congress/${CONGRESS_GOV_TYPE[b.type] ?? b.type}/${b.number}/cosponsors`;

export const billStatusUrl = (b: BillConfig) =>
  `https://www.govinfo.gov/bulkdata/BILLSTATUS/${b.congress}/${b.type}/BILLSTATUS-${b.congress}${b.type}${b.number}.xml`;

export const billStatusFileName = (b: BillConfig) => `BILLSTATUS-${b.congress}${b.type}${b.number}.xml`;
export const derivedFileName = (b: BillConfig) => `m4a-cosponsors-${b.congress}-${b.type}${b.number}.json`;

const Str = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v) => String(v).trim()),
);
const Item = z.looseObject({ bioguideId: z.optional(Str), sponsorshipWithdrawnDate: z.optional(Str) });
const XmlBill = z.looseObject({
  number: z.optional(Str),
  billNumber: z.optional(Str),
  type: z.optional(Str),
  billType: z.optional(Str),
  congress: Str,
  updateDate: z.optional(Str),
  sponsors: z.optional(z.union([z.looseObject({ item: z.optional(z.array(Item)) }), z.literal('')])),
  cosponsors: z.optional(z.union([z.looseObject({ item: z.optional(z.array(Item)) }), z.literal('')])),
});

function splitCosponsors(items: ReadonlyArray<z.infer<typeof Item>>) {
  const active = new Set<string>();
  const withdrawn = new Set<string>();
  for (const it of items) {
    if (!it.bioguideId) continue;
    if (it.sponsorshipWithdrawnDate) withdrawn.add(it.bioguideId);
    else active.add(it.bioguideId);
  }
  for (const id of active) withdrawn.delete(id);
  return { cosponsors: [...active].sort(), withdrawn: [...withdrawn].sort() };
}

const items = (v: unknown) =>
  v && typeof v === 'object' && 'item' in v ? ((v as { item?: z.infer<typeof Item>[] }).item ?? []) : [];

/** Parses one BILLSTATUS XML document (govinfo bulk data, schema 3.x; also the older billNumber/billType names). */
export function parseBillStatusXml(xml: string, origin: string, fallbackDate: string): Cosponsorship {
  const parser = new XMLParser({
    removeNSPrefix: true,
    parseTagValue: false,
    ignoreAttributes: true,
    isArray: (_name, jpath) => /(^|\.)bill\.(sponsors|cosponsors)\.item$/.test(String(jpath)),
  });
  const doc = parser.parse(xml) as { billStatus?: { bill?: unknown } };
  const parsed = XmlBill.safeParse(doc?.billStatus?.bill);
  if (!parsed.success) throw new Error(`${origin}: not a BILLSTATUS document (billStatus/bill missing or malformed)`);
  const b = parsed.data;
  const number = Number(b.number ?? b.billNumber);
  const type = (b.type ?? b.billType ?? '').toLowerCase();
  if (!Number.isInteger(number) || !type) throw new Error(`${origin}: BILLSTATUS without bill number or type`);
  const congress = Number(b.congress);
  const { cosponsors, withdrawn } = splitCosponsors(items(b.cosponsors));
  return {
    bill: { congress, type, number, chamber: type.startsWith('s') ? 'senate' : 'house' },
    sponsors: items(b.sponsors).flatMap((i) => (i.bioguideId ? [i.bioguideId] : [])),
    cosponsors,
    withdrawn,
    asOf: /^\d{4}-\d{2}-\d{2}/.test(b.updateDate ?? '') ? b.updateDate!.slice(0, 10) : fallbackDate,
    origin,
  };
}

const DerivedFile = z.looseObject({
  congress: z.number(),
  bill: z.string().check(z.regex(/^[a-z]+\d+$/)),
  sponsor: z.looseObject({ bioguide: z.string() }),
  as_of: z.iso.date(),
  withdrawn: z.optional(z.array(z.union([z.string(), z.looseObject({ bioguide: z.string() })]))),
  cosponsors: z.array(z.looseObject({ bioguide: z.string(), withdrawn_at: z.optional(z.nullable(z.string())) })),
});

/** Reads a cosponsor list derived from BILLSTATUS (`m4a-cosponsors-<congress>-<bill>.json`). */
export function parseDerivedCosponsors(raw: unknown, origin: string): Cosponsorship {
  const parsed = DerivedFile.safeParse(raw);
  if (!parsed.success)
    throw new Error(`${origin}: unexpected cosponsor file format (${parsed.error.issues[0]?.message})`);
  const d = parsed.data;
  const [, type, num] = d.bill.match(/^([a-z]+)(\d+)$/)!;
  const withdrawnIds = new Set((d.withdrawn ?? []).map((w) => (typeof w === 'string' ? w : w.bioguide)));
  const { cosponsors, withdrawn } = splitCosponsors(
    d.cosponsors.map((c) => ({
      bioguideId: c.bioguide,
      ...(c.withdrawn_at || withdrawnIds.has(c.bioguide)
        ? { sponsorshipWithdrawnDate: c.withdrawn_at ?? 'withdrawn' }
        : {}),
    })),
  );
  return {
    bill: {
      congress: d.congress,
      type: type!,
      number: Number(num),
      chamber: type!.startsWith('s') ? 'senate' : 'house',
    },
    sponsors: [d.sponsor.bioguide],
    cosponsors,
    withdrawn,
    asOf: d.as_of,
    origin,
  };
}

const ApiCosponsors = z.looseObject({
  cosponsors: z.array(
    z.looseObject({ bioguideId: z.string(), sponsorshipWithdrawnDate: z.optional(z.nullable(z.string())) }),
  ),
  pagination: z.optional(z.looseObject({ next: z.optional(z.string()) })),
});
const ApiBill = z.looseObject({
  bill: z.looseObject({
    updateDate: z.optional(z.string()),
    sponsors: z.optional(z.array(z.looseObject({ bioguideId: z.string() }))),
  }),
});

/** Reads sponsors and cosponsors from the congress.gov API (v3, needs a key), following pagination. */
export async function fetchCongressGovCosponsors(
  bill: BillConfig,
  apiKey: string,
  fetchFn: typeof fetch,
  base = 'https://api.congress.gov/v3',
): Promise<Cosponsorship> {
  const path = `${base}/bill/${bill.congress}/${bill.type}/${bill.number}`;
  const get = async (url: string) => {
    const u = new URL(url);
    u.searchParams.set('api_key', apiKey);
    u.searchParams.set('format', 'json');
    const res = await fetchFn(u, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`congress.gov API: HTTP ${res.status} for ${url}`);
    return res.json() as Promise<unknown>;
  };
  const info = ApiBill.parse(await get(path));
  const collected: z.infer<typeof Item>[] = [];
  let next: string | undefined = `${path}/cosponsors?limit=250`;
  for (let page = 0; next && page < 20; page++) {
    const body = ApiCosponsors.parse(await get(next));
    for (const c of body.cosponsors) {
      collected.push({
        bioguideId: c.bioguideId,
        ...(c.sponsorshipWithdrawnDate ? { sponsorshipWithdrawnDate: c.sponsorshipWithdrawnDate } : {}),
      });
    }
    next = body.pagination?.next;
  }
  const { cosponsors, withdrawn } = splitCosponsors(collected);
  return {
    bill,
    sponsors: (info.bill.sponsors ?? []).map((s) => s.bioguideId),
    cosponsors,
    withdrawn,
    asOf: (info.bill.updateDate ?? new Date().toISOString()).slice(0, 10),
    origin: path,
  };
}
