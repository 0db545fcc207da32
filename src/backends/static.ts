/**
 * Read-only JSON files on any static host (GitHub Pages, Netlify, a WordPress uploads folder), for a chapter with no
 * server. Layout under the configured `url`:
 *   content/explainer.<lang>.json, content/faq.<lang>.json   (Content)
 *   events.json                                                ({ events: M4aEvent[] }, filtered here)
 *   reps/...                                                   (written by `npm run import:reps -- --static <dir>`)
 * Writes (signups, RSVPs, call outcomes) are not supported: widgets say so.
 */
import type { Backend, RequestOptions } from '../core/backend.js';
import { fetchJson } from '../core/fetch.js';
import type { StaticOptions } from './options.js';
import { baseUrl } from './rest.js';

export function createStaticBackend(options: StaticOptions): Backend {
  const base = baseUrl(options.url);
  const { timeoutMs } = options;
  const get = <T>(path: string, o?: RequestOptions) => fetchJson(new URL(path, base), { signal: o?.signal, timeoutMs }) as Promise<T>;

  return {
    getContent: (kind, lang, o) => get(`content/${kind}.${lang}.json`, o),
  };
}
