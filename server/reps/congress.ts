/**
 * Members of Congress from the unitedstates/congress-legislators files, read as published:
 * legislators-current.json (terms, phones, contact forms), legislators-social-media.json and
 * legislators-district-offices.yaml. Shapes are checked loosely (only the fields used) so an upstream change
 * in a field we read fails the import with its path instead of producing wrong answers.
 */
import * as z from 'zod/mini';
import type { Legislator, Office, Social } from 'm4a-widgets/shared/schemas/representative.js';
import { houseTitle } from 'm4a-widgets/shared/reps/lookup.js';
import { congressAt, congressEndingOn } from 'm4a-widgets/shared/reps/congress.js';

export type MemberRecord = Omit<Legislator, 'stance'>;

export interface FederalMembers {
  members: MemberRecord[];
  /** Bioguide id -> `house:119`, `senate:118`...: the chamber and Congress of every term served, for stance history. */
  served: Map<string, Set<string>>;
  /** The Congress the file describes: the one whose end most House members' current terms share. */
  congress: number;
}

const Term = z.looseObject({
  type: z.enum(['rep', 'sen']),
  start: z.string(),
  end: z.string(),
  state: z.string().check(z.regex(/^[A-Z]{2}$/)),
  district: z.optional(z.number().check(z.int())),
  party: z.optional(z.string()),
  phone: z.optional(z.string()),
  url: z.optional(z.string()),
  contact_form: z.optional(z.string()),
});

export const CurrentLegislators = z.array(
  z.looseObject({
    id: z.looseObject({ bioguide: z.string().check(z.regex(/^[A-Z]\d{6}$/)) }),
    name: z.looseObject({ first: z.string(), last: z.string(), official_full: z.optional(z.string()) }),
    terms: z.array(Term).check(z.minLength(1)),
  }),
);

export const SocialMedia = z.array(
  z.looseObject({
    id: z.looseObject({ bioguide: z.string() }),
    social: z.looseObject({
      twitter: z.optional(z.string()),
      facebook: z.optional(z.string()),
      instagram: z.optional(z.string()),
      youtube: z.optional(z.string()),
      youtube_id: z.optional(z.string()),
      mastodon: z.optional(z.string()),
      bluesky: z.optional(z.string()),
    }),
  }),
);

export const DistrictOffices = z.array(
  z.looseObject({
    id: z.looseObject({ bioguide: z.string() }),
    offices: z.optional(
      z.array(
        z.looseObject({ city: z.optional(z.string()), state: z.optional(z.string()), phone: z.optional(z.string()) }),
      ),
    ),
  }),
);

/** Photos from the unitedstates/images project (public domain), by bioguide id. */
export const PHOTO_BASE = 'https://unitedstates.github.io/images/congress/225x275/';

const enc = encodeURIComponent;

export function socialLinks(s: z.infer<typeof SocialMedia>[number]['social']): Social {
  const out: Social = {};
  if (s.twitter) out.twitter = `https://x.com/${enc(s.twitter)}`;
  if (s.facebook) out.facebook = `https://www.facebook.com/${enc(s.facebook)}`;
  if (s.instagram) out.instagram = `https://www.instagram.com/${enc(s.instagram)}`;
  if (s.youtube_id) out.youtube = `https://www.youtube.com/channel/${enc(s.youtube_id)}`;
  else if (s.youtube) out.youtube = `https://www.youtube.com/user/${enc(s.youtube)}`;
  const masto = s.mastodon?.match(/^@?([^@\s]+)@([^@\s/]+)$/);
  if (masto) out.mastodon = `https://${masto[2]}/@${enc(masto[1]!)}`;
  if (s.bluesky) out.bluesky = `https://bsky.app/profile/${enc(s.bluesky)}`;
  return out;
}

/** A published web address, kept as is when it is http(s); anything else (or nothing) is dropped. */
export function webUrl(url: string | undefined): string | undefined {
  const u = url?.trim();
  return u && /^https?:\/\/[^\s]+$/i.test(u) ? u : undefined;
}

function parseWith<S extends z.ZodMiniType>(schema: S, raw: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0]!;
    throw new Error(`${what}: unexpected format at ${first.path.join('.') || '(root)'}: ${first.message}`);
  }
  return r.data;
}

/** `house:119`-style keys of the Congresses a term overlaps (a term starts and ends at a seating noon). */
function termCongresses(term: z.infer<typeof Term>): string[] {
  const chamber = term.type === 'sen' ? 'senate' : 'house';
  const first = congressAt(new Date(`${term.start}T18:00:00Z`));
  const last = congressAt(new Date(`${term.end}T12:00:00Z`));
  const out: string[] = [];
  for (let c = first; c <= last; c++) out.push(`${chamber}:${c}`);
  return out;
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

export function buildFederalMembers(current: unknown, social: unknown, offices: unknown): FederalMembers {
  const people = parseWith(CurrentLegislators, current, 'legislators-current.json');
  const socials = new Map(
    parseWith(SocialMedia, social, 'legislators-social-media.json').map((s) => [s.id.bioguide, s.social]),
  );
  const officeMap = new Map(
    parseWith(DistrictOffices, offices ?? [], 'legislators-district-offices.yaml').map((o) => [
      o.id.bioguide,
      o.offices ?? [],
    ]),
  );

  const served = new Map(people.map((p) => [p.id.bioguide, new Set(p.terms.flatMap(termCongresses))]));
  const houseEnds = people.flatMap((p) => {
    const t = p.terms[p.terms.length - 1]!;
    return t.type === 'rep' && /^\d{4}-01-0[34]$/.test(t.end) ? [congressEndingOn(t.end)] : [];
  });
  const congress = mostCommon(houseEnds);
  if (congress === undefined) throw new Error('legislators-current.json: no House member with a current term');

  const members = people.map((p) => {
    const term = p.terms[p.terms.length - 1]!;
    const id = p.id.bioguide;
    const isSenator = term.type === 'sen';
    if (!isSenator && term.district === undefined)
      throw new Error(`legislators-current.json: ${id} is a representative without a district`);
    const s = socials.get(id);
    const localOffices: Office[] = (officeMap.get(id) ?? [])
      .filter((o) => o.city && o.phone)
      .map((o) => ({ city: o.city!, ...(o.state ? { state: o.state } : {}), phone: o.phone! }));
    const rec: MemberRecord = {
      id,
      level: 'federal',
      chamber: isSenator ? 'senate' : 'house',
      title: isSenator ? 'Senator' : houseTitle(term.state),
      name: p.name.official_full?.trim() || `${p.name.first} ${p.name.last}`,
      party: term.party ?? '',
      state: term.state,
      district: isSenator ? null : term.district!,
      vacant: false,
      photoUrl: PHOTO_BASE + id + '.jpg',
      social: s ? socialLinks(s) : {},
      termEnd: term.end,
    };
    if (term.phone) rec.phone = term.phone;
    const contact = webUrl(term.contact_form);
    if (contact) rec.contactUrl = contact;
    const site = webUrl(term.url);
    if (site) rec.website = site;
    if (localOffices.length) rec.offices = localOffices;
    return rec;
  });
  return { members, served, congress };
}
