-- Schema version 7: what classify weighs and what it records. Every column is documented in docs/schema.md.
-- Files made by earlier versions get the new columns empty (NULL: not stated by any imported file); nothing
-- is invented for them.

-- The household's 6-digit 行政区划代码, the rigid expenses item by item, able members without work (whose
-- income a policy may impute), the exclusion flags (不予建档) and the costs of a sudden hardship (意外致困).
ALTER TABLE households ADD COLUMN region_code TEXT CHECK (region_code IS NULL OR length(region_code) = 6);
ALTER TABLE households ADD COLUMN medical_expenses_fen INTEGER;
ALTER TABLE households ADD COLUMN disability_expenses_fen INTEGER;
ALTER TABLE households ADD COLUMN schooling_expenses_fen INTEGER;
ALTER TABLE households ADD COLUMN compulsory_schooling_fen INTEGER;
ALTER TABLE households ADD COLUMN housing_expenses_fen INTEGER;
ALTER TABLE households ADD COLUMN other_expenses_fen INTEGER;
ALTER TABLE households ADD COLUMN able_unemployed INTEGER;
ALTER TABLE households ADD COLUMN mobility_vehicle INTEGER;
ALTER TABLE households ADD COLUMN homes INTEGER;
-- Square metres; NUMERIC so that 36 reads back as 36 and 150.5 as 150.5, as the roster gave them.
ALTER TABLE households ADD COLUMN home_area NUMERIC;
ALTER TABLE households ADD COLUMN owns_business INTEGER;
ALTER TABLE households ADD COLUMN private_school INTEGER;
ALTER TABLE households ADD COLUMN refused_check INTEGER;
ALTER TABLE households ADD COLUMN hardship_costs_fen INTEGER;
ALTER TABLE households ADD COLUMN compensation_fen INTEGER;

-- One row per `classify --apply`: the date it classified as of, the policy it applied (a digest of the
-- classify section, and the section's own version label) and what it changed. finished_at is set in the
-- same transaction as the changes, so a run without it cannot exist.
CREATE TABLE classify_runs (
    id              INTEGER PRIMARY KEY,
    as_of           TEXT    NOT NULL,
    policy_digest   TEXT    NOT NULL,
    policy_version  TEXT,
    started_at      TEXT    NOT NULL,
    finished_at     TEXT,
    classified      INTEGER NOT NULL DEFAULT 0,
    tier_changes    INTEGER NOT NULL DEFAULT 0,
    phased_out      INTEGER NOT NULL DEFAULT 0
);

-- Tier changes are logged in changes and status moves in status_history, as imports log theirs; these
-- columns say which classify run made them and, in words, by which rule.
ALTER TABLE changes ADD COLUMN classify_run_id INTEGER REFERENCES classify_runs (id);
ALTER TABLE changes ADD COLUMN reason TEXT;
ALTER TABLE status_history ADD COLUMN classify_run_id INTEGER REFERENCES classify_runs (id);
ALTER TABLE status_history ADD COLUMN note TEXT;
