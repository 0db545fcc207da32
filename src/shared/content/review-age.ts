/**
 * How old the default content's review is, for the build's warning (scripts/content-review.mjs). A pure function of
 * the review and a given day, so its test never starts failing with the calendar.
 */
import type { ContentReview } from '../schemas/content.js';

/** Past this many months since `reviewed`, the build asks for a re-review (bills get amended, reports updated). */
export const REVIEW_MAX_MONTHS = 18;

/** Whole calendar months from `reviewed` (YYYY-MM-DD) to `today`, counted in UTC. */
export function monthsSince(reviewed: string, today: Date): number {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const months = (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() + 1 - m);
  return today.getUTCDate() < d ? months - 1 : months;
}

/** The warning to print when the review is more than {@link REVIEW_MAX_MONTHS} old, naming what to re-check. */
export function staleReviewWarning(review: ContentReview, today: Date): string | undefined {
  const [y, m, d] = review.reviewed.split('-').map(Number) as [number, number, number];
  const lastFreshDay = Date.UTC(y, m - 1 + REVIEW_MAX_MONTHS, d);
  if (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) <= lastFreshDay) return undefined;
  const age = monthsSince(review.reviewed, today);
  return [
    `Default explainer/FAQ content was last reviewed on ${review.reviewed}, more than ${age} months ago ` +
      `(the limit is ${REVIEW_MAX_MONTHS}). Re-check every answer and explainer point against:`,
    ...review.checked.map((s) => `  - ${s.label}: ${s.url}`),
    '  and look for newer versions of the bills (amendments, a new Congress) and newer CBO estimates.',
    'Then update REVIEWED in src/shared/content/sources.ts (docs/content.md, "Re-reviewing the default content").',
  ].join('\n');
}
