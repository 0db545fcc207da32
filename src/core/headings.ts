/** Headings at a partner-chosen level, so a widget fits the outline of the page it is placed in. */
import { literal, type StaticValue } from 'lit/static-html.js';
import { WidgetError } from './errors.js';

/** `heading-level`: a whole number from `min` to 6, or `fallback` when absent; a bad value is a config error. */
export function parseHeadingLevel(value: string | undefined | null, fallback: number, min = 2): number | WidgetError {
  if (value === undefined || value === null || value.trim() === '') return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= 6) return n;
  return new WidgetError('config', `heading-level must be a whole number from ${min} to 6, not "${value}"`, { field: 'heading-level' });
}

const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag of a level (clamped to 1–6), for `lit/static-html.js` templates. */
export function headingTag(level: number): StaticValue {
  return HEADING_TAGS[Math.min(6, Math.max(1, level)) - 1]!;
}
