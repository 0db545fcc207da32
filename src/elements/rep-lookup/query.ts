/** What the visitor typed, turned into a lookup query, or the field to fix and why (as i18n keys). */
import type { FieldError } from '../../core/errors.js';
import type { FormProblem } from '../../core/form.js';
import { ADDRESS_MAX, ADDRESS_MIN, RepLookupQuery } from '../../shared/schemas/representative.js';
import { isZip, zip5, zipInAddress } from '../../shared/zip.js';
import type { RepLookupKey } from './messages.en.js';

export type FormField = 'zip' | 'address';

/** What to fix in the search form, as the core form helpers show it. */
export type LookupProblem = FormProblem<FormField, RepLookupKey>;

export type FormResult =
  { ok: true; query: RepLookupQuery; zip: string | undefined } | { ok: false; problem: LookupProblem };

/**
 * The ZIP alone, or the street address with the ZIP appended (the address service needs a city and state or a
 * ZIP; a visitor who typed a whole address in the street field needs no ZIP field).
 */
export function formQuery(zipText: string, addressText: string): FormResult {
  const zip = zipText.trim().replace(/\s+/g, '');
  const street = addressText.trim().replace(/\s+/g, ' ');
  if (!zip && !street) return { ok: false, problem: { field: 'zip', key: 'form.error.required' } };
  if (zip && !isZip(zip)) return { ok: false, problem: { field: 'zip', key: 'form.error.zip' } };
  if (!street) return { ok: true, query: { zip }, zip: zip.slice(0, 5) };

  if (street.length < ADDRESS_MIN) return { ok: false, problem: { field: 'address', key: 'form.error.address-short' } };
  const address = zip && zipInAddress(street) !== zip5(zip) ? `${street}, ${zip}` : street;
  if (address.length > ADDRESS_MAX) {
    return { ok: false, problem: { field: 'address', key: 'form.error.address-long', params: { max: ADDRESS_MAX } } };
  }
  const parsed = RepLookupQuery.safeParse({ address });
  if (!parsed.success) return { ok: false, problem: { field: 'address', key: 'form.error.address-short' } };
  return { ok: true, query: parsed.data, zip: zip ? zip5(zip) : zipInAddress(street) };
}

/** A field error the backend sent back (HTTP 400 with `fields`), as one of our translated problems. */
export function problemFromServer(
  fields: readonly FieldError[] | undefined,
  kind: 'zip' | 'address' | 'coordinates',
): LookupProblem {
  const path = fields?.[0]?.path ?? '';
  if (path === 'zip' || (kind === 'zip' && path !== 'address')) return { field: 'zip', key: 'form.error.zip' };
  if (path === 'address' || kind === 'address') return { field: 'address', key: 'form.error.address-short' };
  return { field: 'zip', key: 'form.error.location' };
}
