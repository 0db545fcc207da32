/**
 * Labels built from data (a state's name, a party, a seat, a Congress) for the answer's cards: with the answer's
 * strings (./answer-messages.en.ts) in its chunk, not in the search form's.
 */
import type { Lang } from '../../shared/schemas/common.js';
import type { Legislator } from '../../shared/schemas/representative.js';
import type { Params } from '../../core/i18n.js';
import { localeFor } from '../../shared/locale.js';
import en from './answer-messages.en.js';
import type { RepLookupKey } from './messages.en.js';
import type { T } from './format.js';

/** Whether the catalog has `key`, for keys built from data (a state code, a party name). */
const has = (key: string): key is RepLookupKey => Object.hasOwn(en, key);

/** The translation of a key built from data (`state.WI`), or `fallback` when the catalog has none. */
function known(t: T, key: string, fallback: string, params?: Params): string {
  return has(key) ? t(key, params) : fallback;
}

/** A state's name in the widget's language; a code we have no name for is shown as is. */
export const stateName = (t: T, code: string) => known(t, `state.${code}`, code);

/** Party names we know are translated; any other is shown as published. */
export const partyName = (t: T, party: string) => known(t, `party.${party}`, party);

/** Where a seat is (the chamber is said next to it): "Wisconsin", "Wisconsin, District 2", "Alaska, at large". */
export function seatLabel(t: T, l: Pick<Legislator, 'chamber' | 'state' | 'district'>): string {
  const state = stateName(t, l.state);
  if (l.chamber === 'senate' || l.district === null) return t('seat.statewide', { state });
  if (l.chamber === 'house' && l.district === 0) return t('seat.at-large', { state });
  return t('seat.district', { state, district: l.district });
}

/** "119th Congress" / "119.º Congreso". */
export function congressName(t: T, lang: Lang, congress: number): string {
  const category = new Intl.PluralRules(localeFor(lang), { type: 'ordinal' }).select(congress);
  const ordinal = known(t, `ordinal.${category}`, t('ordinal.other', { n: congress }), { n: congress });
  return t('fresh.congress', { ordinal });
}
