/**
 * The console's strings (English and Spanish, both bundled: the console is one page for a few people, not the
 * drop-in), and dates and numbers through Intl in the chosen language. The choice is kept in localStorage.
 */
import en from './messages.en.js';
import es from './messages.es.js';

export type Key = keyof typeof en;
export type Lang = 'en' | 'es';

const CATALOGS: Record<Lang, Record<Key, string>> = { en, es };
const STORAGE_KEY = 'm4a-console-lang';

export function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'es') return saved;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function saveLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

export type T = (key: Key, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): T {
  const locale = lang === 'es' ? 'es-US' : 'en-US';
  const numbers = new Intl.NumberFormat(locale);
  return (key, params = {}) =>
    CATALOGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      return typeof value === 'number' ? numbers.format(value) : (value ?? `{${name}}`);
    });
}

export function formatDate(lang: Lang, iso: string | null, withTime = true): string {
  if (!iso) return '';
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', options).format(new Date(iso));
}

export const formatNumber = (lang: Lang, n: number) =>
  new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US').format(n);
