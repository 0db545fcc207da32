// Build step: warns (never fails) when the default content's review date is more than 18 months old, listing the
// texts to re-check. A warning and not a test failure, because a test must not start failing with the calendar.
import { tsImport } from 'tsx/esm/api';

try {
  const { review } = await tsImport('../src/shared/content/sources.ts', import.meta.url);
  const { staleReviewWarning } = await tsImport('../src/shared/content/review-age.ts', import.meta.url);
  const warning = staleReviewWarning(review('en'), new Date());
  if (warning) console.warn(`\n⚠ ${warning}\n`);
} catch (err) {
  console.warn(`content-review: could not check the content review date (${err instanceof Error ? err.message : err})`);
}
