/**
 * State legislators from Open States people data (openstates/people, `data/<state>/legislature/*.yml`, one person
 * per file; the local development copy merges a state's files into one JSON array of the same objects).
 */
import * as z from 'zod/mini';
import type { MemberRecord } from './congress.js';
import { webUrl } from './congress.js';
import { stateChamberTitle } from 'm4a-widgets/shared/reps/lookup.js';
import type { Social } from 'm4a-widgets/shared/schemas/representative.js';

const Role = z.looseObject({
  type: z.string(),
  district: z.union([z.string(), z.number()]),
  jurisdiction: z.string(),
  start_date: z.optional(z.string()),
  end_date: z.optional(z.string()),
});

export const OpenStatesPerson = z.looseObject({
  id: z.string().check(z.regex(/^ocd-person\//)),
  name: z.string(),
  email: z.optional(z.string()),
  image: z.optional(z.string()),
  party: z.array(z.looseObject({ name: z.string(), end_date: z.optional(z.string()) })),
  roles: z.array(Role),
  links: z.optional(z.array(z.looseObject({ url: z.string() }))),
  offices: z.optional(z.array(z.looseObject({ classification: z.string(), voice: z.optional(z.string()) }))),
  ids: z.optional(
    z.looseObject({
      twitter: z.optional(z.string()),
      facebook: z.optional(z.string()),
      instagram: z.optional(z.string()),
      youtube: z.optional(z.string()),
    }),
  ),
  extras: z.optional(z.record(z.string(), z.unknown())),
});
export type OpenStatesPerson = z.infer<typeof OpenStatesPerson>;

const CHAMBER = { upper: 'state-senate', lower: 'state-assembly' } as const;
const PARTY: Record<string, string> = { Democratic: 'Democrat' };

/** The role a person holds on `today` in the state's legislature, if any. */
function currentRole(p: OpenStatesPerson, state: string, today: string) {
  const juris = `ocd-jurisdiction/country:us/state:${state.toLowerCase()}/government`;
  return p.roles.find(
    (r) =>
      r.jurisdiction === juris &&
      (r.type === 'upper' || r.type === 'lower') &&
      (!r.start_date || r.start_date <= today) &&
      (!r.end_date || r.end_date > today),
  );
}

/** Sitting legislators of `state` (e.g. `WI`) on `today` (YYYY-MM-DD). */
export function buildStateMembers(raw: unknown, state: string, today: string): MemberRecord[] {
  const parsed = z.array(OpenStatesPerson).safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`Open States ${state} people: unexpected format at ${i.path.join('.')}: ${i.message}`);
  }
  const out: MemberRecord[] = [];
  for (const p of parsed.data) {
    const role = currentRole(p, state, today);
    if (!role) continue;
    const district = Number(role.district);
    if (!Number.isInteger(district) || district <= 0) continue;
    const chamber = CHAMBER[role.type as keyof typeof CHAMBER];
    const party = p.party.find((x) => !x.end_date || x.end_date > today)?.name ?? '';
    const offices = p.offices ?? [];
    const phone =
      offices.find((o) => o.classification === 'capitol' && o.voice)?.voice ??
      offices.find((o) => o.voice)?.voice ??
      (typeof p.extras?.['extra phone'] === 'string' ? p.extras['extra phone'] : undefined);
    // The member's page for the district they hold now; `extras.website` can still point at an old district.
    const chamberPath = chamber === 'state-senate' ? 'senate' : 'assembly';
    const website =
      p.links?.map((l) => l.url).find((u) => new RegExp(`/${chamberPath}/${district}/`).test(u)) ??
      (typeof p.extras?.website === 'string' ? p.extras.website : undefined);
    const social: Social = {};
    if (p.ids?.twitter) social.twitter = `https://x.com/${encodeURIComponent(p.ids.twitter)}`;
    if (p.ids?.facebook) social.facebook = `https://www.facebook.com/${encodeURIComponent(p.ids.facebook)}`;
    if (p.ids?.instagram) social.instagram = `https://www.instagram.com/${encodeURIComponent(p.ids.instagram)}`;
    if (p.ids?.youtube) social.youtube = `https://www.youtube.com/${encodeURIComponent(p.ids.youtube)}`;

    const rec: MemberRecord = {
      id: p.id,
      level: 'state',
      chamber,
      title: stateChamberTitle(chamber),
      name: p.name,
      party: PARTY[party] ?? party,
      state,
      district,
      vacant: false,
      social,
    };
    const photo = webUrl(p.image);
    if (photo) rec.photoUrl = photo;
    if (phone) rec.phone = phone;
    const site = webUrl(website);
    if (site) rec.website = site;
    if (p.email && /^[^\s@]+@[^\s@]+$/.test(p.email)) rec.email = p.email;
    if (role.end_date) rec.termEnd = role.end_date;
    out.push(rec);
  }
  return out;
}
