/**
 * The one place a widget language becomes the locale every `Intl` formatter is given. The widgets speak to readers
 * in the United States, so each language is its US variant: US Spanish writes times as "6:00 p.m." and keeps zone
 * names readers know (CST, PST), and numbers as "12.5" miles. A tag we have no variant for passes through as is.
 */
const LOCALES: Readonly<Record<string, string>> = { en: 'en-US', es: 'es-US' };

/** The `Intl` locale for a widget language (`es` -> `es-US`). */
export function localeFor(lang: string): string {
  return Object.hasOwn(LOCALES, lang) ? LOCALES[lang]! : lang;
}
