/** Amounts, rates and dates through `Intl`, in the widget language's US locale; never `NaN` on screen. */
import { localeFor } from '../../shared/locale.js';

const number = (lang: string, n: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(localeFor(lang), options).format(Number.isFinite(n) ? n : 0);

/** Whole dollars: the model's figures are estimates, and cents would suggest a precision they don't have. */
export const money = (lang: string, amount: number) =>
  number(lang, amount, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const percent = (lang: string, rate: number) =>
  number(lang, rate, { style: 'percent', maximumFractionDigits: 2 });

export const count = (lang: string, n: number) => number(lang, n);

/** A YYYY-MM-DD date as "April 10, 2019" / "10 de abril de 2019", read as a calendar day (no time zone shift). */
export function calendarDate(lang: string, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(localeFor(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
