/**
 * US ZIP codes: the one rule for what a ZIP looks like, its 5-digit part, and the ZIP at the end of an address.
 * The widgets, the static backend and the reference server all use these, so a ZIP means the same everywhere.
 */

/** A 5-digit ZIP or ZIP+4 ("53703", "53703-1234"). */
export const ZIP_PATTERN = /^\d{5}(-\d{4})?$/;

/** Exactly five digits (keys of ZIP tables). */
export const ZIP5_PATTERN = /^\d{5}$/;

/** The message shown when a ZIP does not match {@link ZIP_PATTERN}. */
export const ZIP_MESSAGE = 'Enter a 5-digit ZIP code, like 53703';

export const isZip = (text: string): boolean => ZIP_PATTERN.test(text);

/** The 5-digit part of a ZIP or ZIP+4, surrounding spaces ignored. */
export const zip5 = (zip: string): string => zip.trim().slice(0, 5);

/**
 * The ZIP at the end of an address ("…, Madison, WI 53703-1234" -> 53703), or a ZIP typed alone. Only a trailing
 * ZIP counts: a house number such as "12345 Long Rd" must never be taken for one.
 */
export function zipInAddress(address: string | undefined): string | undefined {
  return address?.match(/(?:^|[\s,])(\d{5})(?:-\d{4})?\s*(?:,?\s*(?:USA|US|United States))?\s*\.?$/i)?.[1];
}
