/**
 * Each source's own event types, mapped onto ours. Mobilize has an explicit `event_type`; Action Network and
 * calendar feeds have none, so their type is read from calendar categories and the title.
 */
import type { EventType } from '../schemas/event.js';

/**
 * Every `event_type` Mobilize documents (mobilizeamerica/api README, Event object), plus values seen in the wild
 * since. Mobilize says the list may grow: anything not here maps to `other`.
 */
export const MOBILIZE_EVENT_TYPES = {
  CANVASS: 'canvass',
  COMMUNITY_CANVASS: 'canvass',
  LITERATURE_DROP_OFF: 'canvass',
  SIGNATURE_GATHERING: 'canvass',
  VOTER_REG: 'canvass',
  PHONE_BANK: 'phone-bank',
  TEXT_BANK: 'phone-bank',
  AUTOMATED_PHONE_BANK: 'phone-bank',
  ADVOCACY_CALL: 'phone-bank',
  FRIEND_TO_FRIEND_OUTREACH: 'phone-bank',
  TOWN_HALL: 'town-hall',
  MEET_GREET: 'town-hall',
  RALLY: 'rally',
  SOLIDARITY_EVENT: 'rally',
  VISIBILITY_EVENT: 'rally',
  MEETING: 'meeting',
  COMMUNITY: 'meeting',
  HOUSE_PARTY: 'meeting',
  BARNSTORM: 'meeting',
  OFFICE_OPENING: 'meeting',
  DEBATE_WATCH_PARTY: 'meeting',
  GROUP: 'meeting',
  TRAINING: 'training',
  WORKSHOP: 'training',
  FUNDRAISER: 'other',
  CARPOOL: 'other',
  PETITION: 'other',
  LETTER_WRITING: 'other',
  POSTCARD_WRITING: 'other',
  PLEDGE: 'other',
  INTEREST_FORM: 'other',
  DONATION_CAMPAIGN: 'other',
  SOCIAL_MEDIA_CAMPAIGN: 'other',
  VOLUNTEER_SHIFT: 'other',
  OTHER: 'other',
} as const satisfies Record<string, EventType>;

export type MobilizeEventType = keyof typeof MOBILIZE_EVENT_TYPES;

export function fromMobilizeType(value: unknown): EventType {
  return typeof value === 'string' && Object.hasOwn(MOBILIZE_EVENT_TYPES, value)
    ? MOBILIZE_EVENT_TYPES[value as MobilizeEventType]
    : 'other';
}

/** Mobilize values that map to one of our types (for the `event_types` filter). */
export function toMobilizeTypes(type: EventType): MobilizeEventType[] {
  return (Object.keys(MOBILIZE_EVENT_TYPES) as MobilizeEventType[]).filter((k) => MOBILIZE_EVENT_TYPES[k] === type);
}

/**
 * Words that name a type, English and Spanish, most specific first: "Phone bank training" is a training,
 * "Town hall rally" a town hall. Matched as whole words, case- and accent-insensitively.
 */
const KEYWORDS: ReadonlyArray<readonly [EventType, RegExp]> = [
  ['training', /\b(training|trainings|workshop|teach[- ]in|capacitacion|taller|entrenamiento)\b/],
  [
    'phone-bank',
    /\b(phone ?banks?|phone ?banking|text ?banks?|text ?banking|call[- ]in|call party|banco telefonico|llamadas|textos)\b/,
  ],
  [
    'canvass',
    /\b(canvass|canvassing|canvasses|door[- ]knocking|doorknocking|lit drop|tabling|petitioning|tocar puertas|puerta a puerta)\b/,
  ],
  ['town-hall', /\b(town ?halls?|forum|listening session|asamblea publica|cabildo abierto|foro)\b/],
  ['panel', /\b(panels?|panel discussion|debate|symposium|conversatorio|mesa redonda)\b/],
  ['rally', /\b(rally|rallies|march|marcha|protest|protesta|demonstration|manifestacion|vigil|vigilia|picket|mitin)\b/],
  ['meeting', /\b(meeting|meetings|meetup|general body|chapter meeting|potluck|reunion|asamblea general|junta)\b/],
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Best guess of a type from calendar categories and a title; `other` when nothing matches. */
export function inferEventType(...texts: Array<string | undefined>): EventType {
  const haystack = fold(texts.filter(Boolean).join(' \n '));
  for (const [type, pattern] of KEYWORDS) if (pattern.test(haystack)) return type;
  return 'other';
}
