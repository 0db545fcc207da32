-- A partner's local targets (mayor, alders, county executive...) as organizers last saved them: one row per target,
-- in the list's order. `body` is the target's JSON, checked by the shared LocalTarget schema before it is written.
-- When the list last changed is the meta key `targets.updated_at`. Plain SQL that PostgreSQL accepts as well.
CREATE TABLE local_targets (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX local_targets_position ON local_targets (position);
