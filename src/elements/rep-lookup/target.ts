/**
 * Whom the call and write flows speak to: a legislator of the lookup, or a partner's local target. Wide enough for
 * both: the title is text in the widget's language, the level may be local, and a postal address is there when the
 * data has one (the rep data gives only the city of district offices).
 */
import type { Legislator, Stance } from '../../shared/schemas/representative.js';
import type { HandoffLevel } from '../../shared/schemas/letters.js';
import { legislatorAddressee, type Addressee } from './scripts.js';
import { safeUrl, type T } from './format.js';

export interface Target extends Addressee {
  /** Bioguide or Open States id; `local:<id>` for a partner's own target. */
  id: string;
  level: HandoffLevel;
  /** Main office phone, as published. */
  phone?: string | undefined;
  email?: string | undefined;
  contactUrl?: string | undefined;
  website?: string | undefined;
  /** Postal address lines of the office to write to. */
  address?: readonly string[] | undefined;
  /** Where the nearest office is when the data has no street address, e.g. "Milwaukee, WI". */
  locality?: string | undefined;
}

const EMAIL = /^[^\s@<>?&]+@[^\s@<>?&]+$/;

/** A public address we may put in a `mailto:` link, or undefined. */
export const safeEmail = (email: string | undefined) => (email && EMAIL.test(email) ? email : undefined);

export function legislatorTarget(t: T, l: Legislator): Target {
  const office = l.offices?.[0];
  return {
    ...legislatorAddressee(t, l),
    id: l.id,
    level: l.level,
    phone: l.phone,
    email: safeEmail(l.email),
    contactUrl: safeUrl(l.contactUrl),
    website: safeUrl(l.website),
    locality: office ? [office.city, office.state].filter(Boolean).join(', ') : undefined,
  };
}

/** A partner's local target as the results show it (local-targets.ts makes these from the partner's list). */
export interface LocalEntry {
  target: Target;
  photoUrl?: string | undefined;
  /** Absent: the partner gave no stance. */
  stance?: Stance | undefined;
  /** The partner's own words for the stance ("Signed our pledge"), in the widget's language. */
  stanceLabel?: string | undefined;
  /** The ZIP also touches districts this target does not represent: it may be someone else's. */
  candidate: boolean;
}
