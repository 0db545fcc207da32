/** Small pure helpers of <m4a-rep-lookup>: labels, dates, links made safe, staleness. */
import type { Lang } from '../../shared/schemas/common.js';
import type { RepLookupResult } from '../../shared/schemas/representative.js';
import type { Params, Translator } from '../../core/i18n.js';
import type { CoreKey } from '../../core/messages.en.js';
import { localeFor } from '../../shared/locale.js';
import type { RepLookupKey } from './messages.en.js';

/** This widget's `t()`. */
export type T = Translator<RepLookupKey | CoreKey>;

const SLOT = '\u{E000}';

/**
 * A translated sentence cut where `slot` goes, so markup (a link) can sit in the middle in whatever word order the
 * language uses: `around(t, 'stance.source', 'source', { date })` -> ['Source: ', ', checked May 1, 2026'].
 */
export function around(t: T, key: RepLookupKey, slot: string, params: Params = {}): [string, string] {
  const [before = '', after = ''] = t(key, { ...params, [slot]: SLOT }).split(SLOT);
  return [before, after];
}

/** A calendar date (YYYY-MM-DD) in the visitor's language, read as the date it names wherever the visitor is. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A Congress ends when the next is seated, on January 3 of the odd year after its second session. */
export const congressEnds = (congress: number) => `${1789 + 2 * congress}-01-03`;

/** Whether an answer may be out of date on `today`: its Congress has ended, or the backend says so. */
export function isStale(result: Pick<RepLookupResult, 'congress' | 'staleAfter' | 'notes'>, today: string): boolean {
  return result.notes.includes('data-stale') || today >= result.staleAfter || today >= congressEnds(result.congress);
}

/** The day a stale answer's Congress ended (the earlier of the two dates the answer gives). */
export const staleSince = (result: Pick<RepLookupResult, 'congress' | 'staleAfter'>) =>
  [result.staleAfter, congressEnds(result.congress)].sort()[0]!;

/** Today in the visitor's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Only absolute http(s) links from the data reach an `href` or `src`; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` link for a published US number ("202-225-3106" -> "tel:+12022253106"); undefined when it is not a number. */
export function telHref(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/\D/g, '') ?? '';
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return undefined;
}

/** Initials shown when there is no photo, e.g. "Tammy Baldwin" -> "TB". */
export function initials(name: string): string {
  const words = name
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w) && !/^(jr|sr|ii|iii|iv)$/i.test(w));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A fresh key per reported call, so a retried post never counts twice (works outside secure contexts too). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
