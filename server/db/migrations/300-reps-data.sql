-- Representative lookup data, replaced as a whole by `npm run import:reps` (or the automatic first import).
-- Provenance, data date and counts are the JSON value of meta key 'reps'.

-- One row per sitting legislator (federal and state); `data` is the Legislator JSON with its stance.
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
) WITHOUT ROWID;
