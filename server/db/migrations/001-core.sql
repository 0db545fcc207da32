-- Key/value facts about this database (e.g. when reference data was imported).
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
