/**
 * The element's attributes, checked. A bad value becomes a `config` WidgetError naming the attribute, which the
 * widget shows as a translated "check the setting …" message instead of guessing.
 */
import { attributeError, enumAttribute, headingLevelAttribute, integerAttribute } from '../../core/attributes.js';
import {
  DEFAULT_PAGE_SIZE,
  EVENT_TYPES,
  EventQuery,
  MAX_PAGE_SIZE,
  ONLINE_FILTERS,
  isValidTimeZone,
  type EventType,
  type OnlineFilter,
} from '../../shared/schemas/event.js';
import { canonical, type Filters } from './filters.js';

export const VIEWS = ['list', 'compact'] as const;
export type View = (typeof VIEWS)[number];
export const URL_SYNC = ['on', 'off'] as const;

export interface SettingsInput {
  view?: string | undefined;
  types?: string | undefined;
  zip?: string | undefined;
  radius?: string | number | undefined;
  online?: string | undefined;
  pageSize?: string | number | undefined;
  timeZone?: string | undefined;
  urlPrefix?: string | undefined;
  urlSync?: string | undefined;
  headingLevel?: string | number | undefined;
}

export interface Settings {
  view: View;
  /** Filters the list starts with (a shared URL's filters win on load). */
  initial: Filters;
  limit: number;
  /** The visitor's zone, when the page forces one. */
  timeZone: string | undefined;
  prefix: string;
  sync: boolean;
  headingLevel: number;
}

export const DEFAULT_SETTINGS: Settings = {
  view: 'list',
  initial: {},
  limit: DEFAULT_PAGE_SIZE,
  timeZone: undefined,
  prefix: 'm4a-',
  sync: true,
  headingLevel: 3,
};

/** Checks every attribute; throws the first problem as a `config` WidgetError. */
export function parseSettings(input: SettingsInput): Settings {
  const view = enumAttribute('view', input.view, VIEWS, 'list');
  const sync = enumAttribute('url-sync', input.urlSync, URL_SYNC, 'on') === 'on';
  const types = (input.types ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = types.find((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (unknown) throw attributeError('types', `"${unknown}" is not one of ${EVENT_TYPES.join(', ')}`);
  const zip = input.zip?.trim() || undefined;
  if (zip && !EventQuery.safeParse({ zip }).success) throw attributeError('zip', `"${zip}" is not a 5-digit ZIP code`);
  const radiusValue = input.radius === undefined || input.radius === '' ? undefined : Number(input.radius);
  if (radiusValue !== undefined && !EventQuery.safeParse({ radiusMiles: radiusValue }).success) {
    throw attributeError('radius', `"${input.radius}" must be a number of miles from 1 to 500`);
  }
  const online = input.online ? enumAttribute<OnlineFilter>('online', input.online, ONLINE_FILTERS, 'only') : undefined;
  const timeZone = input.timeZone?.trim() || undefined;
  if (timeZone && !isValidTimeZone(timeZone)) {
    throw attributeError('time-zone', `"${timeZone}" is not an IANA time zone name like America/Chicago`);
  }
  const prefix = input.urlPrefix ?? DEFAULT_SETTINGS.prefix;
  if (!/^[A-Za-z0-9_.-]{0,20}$/.test(prefix)) {
    throw attributeError('url-prefix', `"${prefix}" may use letters, digits, "-", "_" and "." only`);
  }
  return {
    view,
    initial: canonical({
      ...(types.length ? { types: types as EventType[] } : {}),
      ...(zip ? { zip } : {}),
      ...(radiusValue !== undefined ? { radiusMiles: radiusValue } : {}),
      ...(online ? { online } : {}),
    }),
    limit: integerAttribute('page-size', input.pageSize, { min: 1, max: MAX_PAGE_SIZE }, DEFAULT_PAGE_SIZE),
    timeZone,
    prefix,
    sync,
    headingLevel: headingLevelAttribute(input.headingLevel, 3),
  };
}
