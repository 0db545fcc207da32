/**
 * A small runtime i18n layer. English is bundled with each module as the fallback; every other language is a
 * lazily imported chunk, so a page only loads the strings of the language it shows.
 *
 * Messages use `{name}` placeholders. Plurals: keys `x.one` / `x.other` (any CLDR category) picked by
 * `Intl.PluralRules` from the `count` parameter, and asked for as `x`.
 *
 * A catalog carries its keys' type, so a widget's `t()` takes only keys its catalogs have: a wrong key is a type
 * error, not a "missing string" warning on a visitor's screen.
 */
import { localeFor } from '../shared/locale.js';
import { LANGS, type Lang } from '../shared/schemas/vocab.js';

export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

type PluralCategory = Intl.LDMLPluralRule;
type PluralBase<K> = K extends `${infer Base}.${PluralCategory}` ? Base : never;

/** The keys `t()` takes for messages `M`: every key, and `x` for the plural forms `x.one` / `x.other`. */
export type MessageKey<M> = Extract<keyof M, string> | PluralBase<Extract<keyof M, string>>;

/** A `t()` that takes the keys `K` only. */
export type Translator<K extends string> = (key: K, params?: Params) => string;

/** A module's strings: English inline, other languages as lazy loaders; `K` are the keys it answers. */
export interface Catalog<K extends string = string> {
  readonly en: Messages;
  readonly lazy: Readonly<Partial<Record<Exclude<Lang, 'en'>, () => Promise<{ default: Messages }>>>>;
  /** Type only (never set): the keys, so `t()` can be typed by them. */
  readonly keys?: readonly K[];
}

/** The keys of a catalog. */
export type CatalogKey<C> = C extends Catalog<infer K> ? K : never;

export function defineCatalog<const M extends Messages>(en: M, lazy: Catalog['lazy']): Catalog<MessageKey<M>> {
  return { en, lazy };
}

const loaded = new WeakMap<Catalog, Map<Lang, Messages>>();

/** Resolves once `lang`'s strings of every catalog are loaded; a failed load falls back to English. */
export async function loadCatalogs(catalogs: readonly Catalog[], lang: Lang): Promise<void> {
  await Promise.all(
    catalogs.map(async (catalog) => {
      const byLang = loaded.get(catalog) ?? new Map<Lang, Messages>();
      loaded.set(catalog, byLang);
      if (lang === 'en' || byLang.has(lang)) return;
      const loader = catalog.lazy[lang];
      try {
        byLang.set(lang, loader ? (await loader()).default : {});
      } catch (err) {
        console.warn(`m4a-widgets: could not load "${lang}" strings, showing English.`, err);
        byLang.set(lang, {});
      }
    }),
  );
}

export function isLoaded(catalogs: readonly Catalog[], lang: Lang): boolean {
  return lang === 'en' || catalogs.every((c) => loaded.get(c)?.has(lang));
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
const warned = new Set<string>();

/** Looks `key` up in the catalogs (first wins), in `lang` then English, and fills in the parameters. */
export function translate(catalogs: readonly Catalog[], lang: Lang, key: string, params?: Params): string {
  let lookup = key;
  if (params && typeof params['count'] === 'number') {
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(localeFor(lang))));
    const category = rules.select(params['count']);
    lookup = find(catalogs, lang, `${key}.${category}`) !== undefined ? `${key}.${category}` : `${key}.other`;
  }
  const template = find(catalogs, lang, lookup) ?? find(catalogs, lang, key);
  if (template === undefined) {
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(`m4a-widgets: missing string "${key}"`);
    }
    return key;
  }
  return params
    ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
    : template;
}

function find(catalogs: readonly Catalog[], lang: Lang, key: string): string | undefined {
  for (const catalog of catalogs) {
    const value = loaded.get(catalog)?.get(lang)?.[key];
    if (value !== undefined) return value;
  }
  for (const catalog of catalogs) {
    const value = catalog.en[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Maps any BCP 47 tag to a language we ship ("es-MX" -> "es"), or undefined. */
export function matchLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : undefined;
}

/**
 * The language a widget shows: its own `lang` attribute, else the page config, else `<html lang>`, else the
 * browser's preferences, else English.
 */
export function resolveLang(elementLang: string | null, configLang: Lang | undefined): Lang {
  return (
    matchLang(elementLang) ??
    configLang ??
    matchLang(document.documentElement.lang) ??
    navigator.languages.map(matchLang).find((l) => l !== undefined) ??
    'en'
  );
}
