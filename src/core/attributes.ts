/**
 * The one way every widget (and the embed builder) reads its attributes. Each helper returns the attribute's value
 * or its default when absent, and throws a `config` WidgetError naming the attribute when the value is bad, which
 * the widget shows as a translated "check the setting …" message instead of guessing.
 */
import type * as z from 'zod/mini';
import { WidgetError } from './errors.js';

/** What an attribute may arrive as: the string from HTML, a value set as a property, or nothing. */
export type AttributeValue = string | number | boolean | null | undefined;

const absent = (value: AttributeValue): value is null | undefined | '' =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A config error about one attribute; `detail` goes to the console, the attribute name to the visitor's message. */
export const attributeError = (attribute: string, detail: string): WidgetError =>
  new WidgetError('config', `${attribute}: ${detail}`, { field: attribute });

/** One of a fixed list of words (`layout="cards"`). */
export function enumAttribute<T extends string>(
  attribute: string,
  value: AttributeValue,
  allowed: readonly T[],
  fallback: T,
): T {
  if (absent(value)) return fallback;
  const text = String(value).trim();
  if (!(allowed as readonly string[]).includes(text)) {
    throw attributeError(attribute, `"${text}" is not one of ${allowed.join(', ')}`);
  }
  return text as T;
}

/** A whole number from `min` to `max` (`page-size="20"`). */
export function integerAttribute(
  attribute: string,
  value: AttributeValue,
  range: { min: number; max: number },
  fallback: number,
): number {
  if (absent(value)) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < range.min || n > range.max) {
    throw attributeError(attribute, `"${value}" must be a whole number from ${range.min} to ${range.max}`);
  }
  return n;
}

const TRUE_WORDS = ['', 'true', 'on', 'yes'];
const FALSE_WORDS = ['false', 'off', 'no'];

/**
 * A yes/no setting. Present with no value (`<m4a-x no-json-ld>`) is true, as in HTML; `true/false`, `on/off` and
 * `yes/no` are accepted too, so `url-sync="off"` reads as a partner means it.
 */
export function booleanAttribute(attribute: string, value: AttributeValue, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (TRUE_WORDS.includes(text)) return true;
  if (FALSE_WORDS.includes(text)) return false;
  throw attributeError(attribute, `"${value}" must be on or off`);
}

export interface JsonAttributeOptions {
  /**
   * Name an unknown key as the setting to check (`fields.phnoe`), for objects whose keys are settings; by default
   * the object holding it is named (`scripts`, when a language key is unknown).
   */
  nameUnknownKey?: boolean;
}

/**
 * A JSON attribute (or the same value set as a property) checked by a schema. A problem names the exact setting
 * (`scripts.en.thank`) as the field, so the visitor's message says what to fix.
 */
export function jsonAttribute<S extends z.ZodMiniType>(
  attribute: string,
  value: AttributeValue | object,
  schema: S,
  options: JsonAttributeOptions = {},
): z.infer<S> | undefined {
  if (absent(value as AttributeValue)) return undefined;
  let raw: unknown;
  try {
    raw = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    throw attributeError(attribute, 'is not valid JSON');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknownKey = issue?.code === 'unrecognized_keys' && options.nameUnknownKey ? issue.keys[0] : undefined;
    const field = [attribute, ...(issue?.path ?? []).map(String), ...(unknownKey ? [unknownKey] : [])].join('.');
    const message = unknownKey ? `Unknown setting "${unknownKey}"` : (issue?.message ?? 'is not valid');
    throw new WidgetError('config', `${field}: ${message}`, { field });
  }
  return parsed.data;
}

/** `heading-level`: a whole number from `min` (2 unless a widget allows 1) to 6. */
export const headingLevelAttribute = (value: AttributeValue, fallback: number, min = 2): number =>
  integerAttribute('heading-level', value, { min, max: 6 }, fallback);
