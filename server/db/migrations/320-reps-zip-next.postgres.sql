-- PostgreSQL form of 320-reps-zip-next.sql (WITHOUT ROWID is SQLite's alone); keep the two in step.
-- A later Congress's ZIP -> congressional district table (e.g. the 120th's, once published), kept beside the base
-- table of migration 300 and replaced with it in the same import transaction. Which Congress and states it covers
-- is in meta key 'reps' (nextZipTable).
CREATE TABLE reps_zip_districts_next (
  zip TEXT NOT NULL,
  state TEXT NOT NULL,
  district INTEGER NOT NULL,
  PRIMARY KEY (zip, state, district)
);
