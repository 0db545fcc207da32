/** The build's stale-review warning, on fixed days so the test never changes with the calendar. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { monthsSince, staleReviewWarning } from '../../../src/shared/content/review-age.js';
import { review } from '../../../src/shared/content/sources.js';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const checked = [
  { label: 'H.R.3069 CRS summary', url: 'https://www.congress.gov/bill/119th-congress/house-bill/3069' },
];

describe('content review age', () => {
  it('counts whole calendar months', () => {
    assert.equal(monthsSince('2026-12-04', day('2026-12-04')), 0);
    assert.equal(monthsSince('2026-12-04', day('2027-01-03')), 0);
    assert.equal(monthsSince('2026-12-04', day('2027-01-04')), 1);
    assert.equal(monthsSince('2026-12-04', day('2028-06-04')), 18);
  });

  it('stays quiet up to 18 months and then names every text to re-check', () => {
    assert.equal(staleReviewWarning({ reviewed: '2026-12-04', checked }, day('2028-06-04')), undefined);
    const warning = staleReviewWarning({ reviewed: '2026-12-04', checked }, day('2028-06-05'));
    assert.match(warning ?? '', /last reviewed on 2026-12-04, more than 18 months ago/);
    assert.match(
      warning ?? '',
      /H\.R\.3069 CRS summary: https:\/\/www\.congress\.gov\/bill\/119th-congress\/house-bill\/3069/,
    );
    assert.match(warning ?? '', /src\/shared\/content\/sources\.ts/);
  });

  it('is quiet for the shipped review on its own day', () => {
    const current = review('en');
    assert.equal(staleReviewWarning(current, day(current.reviewed)), undefined);
  });
});
