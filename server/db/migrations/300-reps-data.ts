/**
 * Representative lookup data, replaced as a whole by `npm run import:reps` (or the automatic first import).
 * Provenance, data date and counts are the JSON value of meta key 'reps'. Code rather than a .sql file because
 * WITHOUT ROWID (a smaller table for SQLite) is SQLite's alone.
 */
import type { Engine } from '../target.js';

export default function repsData(engine: Engine): string {
  return `
-- One row per sitting legislator (federal and state); data is the Legislator JSON with its stance.
CREATE TABLE reps_legislators (
  id TEXT PRIMARY KEY,
  level TEXT NOT NULL CHECK (level IN ('federal', 'state')),
  chamber TEXT NOT NULL,
  state TEXT NOT NULL,
  district INTEGER,
  data TEXT NOT NULL
);

-- ZIP -> congressional districts (several rows for a split ZIP; district 0 = at-large).
CREATE TABLE reps_zip_districts (
  zip TEXT NOT NULL,
  state TEXT NOT NULL,
  district INTEGER NOT NULL,
  PRIMARY KEY (zip, state, district)
)${engine === 'sqlite' ? ' WITHOUT ROWID' : ''};
`;
}
