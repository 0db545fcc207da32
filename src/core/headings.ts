/**
 * Headings at a partner-chosen level, so a widget fits the outline of the page it is placed in. The level itself is
 * read from `heading-level` by headingLevelAttribute (core/attributes.ts).
 */
import { literal, type StaticValue } from 'lit/static-html.js';

const HEADING_TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** The heading tag of a level (clamped to 1–6), for `lit/static-html.js` templates. */
export function headingTag(level: number): StaticValue {
  return HEADING_TAGS[Math.min(6, Math.max(1, level)) - 1]!;
}
