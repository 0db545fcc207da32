/** Amounts, rates and dates through `Intl`, in the widget language's US locale; never `NaN` on screen. */
import { localeFor } from '../../shared/locale.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = cache.get(key) as F | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/** Whole dollars: the model's figures are estimates, and cents would suggest a precision they don't have. */
export function money(lang: string, amount: number): string {
  const f = formatter(
    `money:${lang}`,
    () => new Intl.NumberFormat(localeFor(lang), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
  );
  return f.format(Number.isFinite(amount) ? amount : 0);
}

export function percent(lang: string, rate: number): string {
  const f = formatter(
    `pct:${lang}`,
    () => new Intl.NumberFormat(localeFor(lang), { style: 'percent', maximumFractionDigits: 2 }),
  );
  return f.format(Number.isFinite(rate) ? rate : 0);
}

export function count(lang: string, n: number): string {
  return formatter(`n:${lang}`, () => new Intl.NumberFormat(localeFor(lang))).format(Number.isFinite(n) ? n : 0);
}

/** A YYYY-MM-DD date as "April 10, 2019" / "10 de abril de 2019", read as a calendar day (no time zone shift). */
export function calendarDate(lang: string, iso: string): string {
  const f = formatter(
    `date:${lang}`,
    () => new Intl.DateTimeFormat(localeFor(lang), { dateStyle: 'long', timeZone: 'UTC' }),
  );
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : f.format(date);
}
