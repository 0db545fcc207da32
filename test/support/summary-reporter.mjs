// A web-test-runner reporter that writes the totals to a JSON file, so scripts/test.mjs can add every suite up.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: 0, fileErrors: 0 };
      for (const session of sessions) {
        totals.files++;
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
        count(session.testResults, totals);
      }
      // A file that failed to load ran no tests: count it as a failure so it can't hide.
      totals.failed += totals.fileErrors;
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
