/**
 * EventQuery as URL query parameters, both ways: what the REST backend sends, what the server reads, and what the
 * event list mirrors into the page URL so a filtered list can be shared. `types` travels repeated or comma-separated.
 */
import { EVENT_TYPES, type EventQuery } from '../schemas/event.js';

const KEYS = [
  'types',
  'zip',
  'radiusMiles',
  'from',
  'to',
  'online',
  'cursor',
  'limit',
] as const satisfies ReadonlyArray<keyof EventQuery>;

/**
 * Raw query values, ready for `EventQuery.safeParse`: numbers become numbers when they look like numbers, and
 * anything else is left as given so the schema reports it. Unknown parameters are dropped.
 */
export function eventQueryFromParams(params: URLSearchParams, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const all = params.getAll(prefix + key).filter((v) => v !== '');
    if (!all.length) continue;
    if (key === 'types') {
      out.types = all
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    } else if (key === 'radiusMiles' || key === 'limit') {
      const v = all[0]!;
      out[key] = /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
    } else {
      out[key] = all[0];
    }
  }
  return out;
}

/** Query parameters for a query; `types` as one comma-separated value (short, shareable URLs). */
export function eventQueryToParams(query: EventQuery, prefix = ''): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'types') {
      const ordered = EVENT_TYPES.filter((t) => (value as string[]).includes(t));
      params.set(prefix + key, ordered.join(','));
    } else {
      params.set(prefix + key, String(value));
    }
  }
  return params;
}
