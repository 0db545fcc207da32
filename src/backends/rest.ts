/**
 * The project's own JSON contract over HTTP (the reference server implements it; a partner's server can too).
 * Paths are relative to the configured `url`; the contract is docs/openapi.json, generated from the reference
 * server's routes (`npm run contract`).
 *
 * Responses are returned as received: widgets validate them with the shared schemas (`M4aElement.call`), the one
 * boundary every backend, ours or a partner's, passes through.
 */
import type { Backend, RequestOptions } from '../core/backend.js';
import { fetchJson } from '../core/fetch.js';
import type { RestOptions } from './options.js';

/** Resolves the configured URL against the page, with exactly one trailing slash. */
export function baseUrl(url: string): URL {
  const u = new URL(url, document.baseURI);
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u;
}

/** Query parameters from a flat object; arrays repeat the key, empty values are left out. */
export function toSearchParams(query: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') params.append(key, String(v));
    }
  }
  return params;
}

export function createRestBackend(options: RestOptions): Backend {
  const base = baseUrl(options.url);
  const { timeoutMs } = options;
  const get = <T>(path: string, query: object, o?: RequestOptions) => {
    const u = new URL(path, base);
    u.search = toSearchParams(query).toString();
    return fetchJson(u, { signal: o?.signal, timeoutMs }) as Promise<T>;
  };
  const post = <T>(path: string, body: unknown, o?: RequestOptions) =>
    fetchJson(new URL(path, base), {
      method: 'POST',
      body,
      signal: o?.signal,
      idempotencyKey: o?.idempotencyKey,
      timeoutMs,
    }) as Promise<T>;

  return {
    getContent: (kind, lang, o) => get(`content/${kind}`, { lang }, o),
    listEvents: (query, o) => get('events', query, o),
    submitSignup: (signup, o) => post('signups', signup, o),
    submitRsvp: (rsvp, o) => post(`events/${encodeURIComponent(rsvp.eventId)}/rsvps`, rsvp, o),
    lookupReps: (query, o) => get('reps', query, o),
    recordCallOutcome: (outcome, o) => post('call-outcomes', outcome, o),
    getCallStats: (o) => get('call-outcomes/stats', {}, o),
    recordWriteOutcome: (outcome, o) => post('write-outcomes', outcome, o),
    getTargets: (o) => get('targets', {}, o),
  };
}
