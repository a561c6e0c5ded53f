-- Schema version 8: the file lifecycle in one place. When each state of a file took effect (渐退日期 is new), the
-- columns that say when a period was on file (written by bangfu from its one lifecycle rule, no longer generated
-- by SQL), what caused each status change (import, command run, visit) and the runs of the commands that change
-- files. A database of an earlier version keeps every fact it had and gains no invented one. Every column is
-- documented in docs/schema.md.

-- The report's indexes name the generated columns of versions 3 and 6, which cannot be dropped while they do.
DROP INDEX households_report;
DROP INDEX households_causes;
ALTER TABLE households DROP COLUMN left_undated;
ALTER TABLE households DROP COLUMN left_year;
ALTER TABLE households DROP COLUMN filed_year;
ALTER TABLE households DROP COLUMN left_as;
ALTER TABLE households DROP COLUMN left_on;

-- 渐退日期: the day the file last entered 渐退, as a roster or a command states it.
ALTER TABLE households ADD COLUMN phased_out_on TEXT;
-- The day the current status took effect (NULL when nobody stated it), and when and how the period left the file,
-- for the report to group by: all written from the lifecycle rule whenever a status or a date changes.
ALTER TABLE households ADD COLUMN status_on TEXT;
ALTER TABLE households ADD COLUMN left_on TEXT;
ALTER TABLE households ADD COLUMN left_as TEXT;
ALTER TABLE households ADD COLUMN filed_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE households ADD COLUMN left_year INTEGER NOT NULL DEFAULT 9999;
ALTER TABLE households ADD COLUMN left_undated INTEGER NOT NULL DEFAULT 0;

-- One row per run of a command that changes files without importing one (visit advance, visit close, classify).
CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    command       TEXT    NOT NULL,
    arguments     TEXT    NOT NULL,
    as_of         TEXT,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT
);

-- What caused each status change besides an import: the run, the visit that decided it; a transfer's unions.
ALTER TABLE status_history ADD COLUMN run_id INTEGER REFERENCES runs (id);
ALTER TABLE status_history ADD COLUMN visit_id INTEGER REFERENCES visits (id);
ALTER TABLE status_history ADD COLUMN from_union TEXT;
ALTER TABLE status_history ADD COLUMN to_union TEXT;
ALTER TABLE changes ADD COLUMN run_id INTEGER REFERENCES runs (id);

-- Earlier versions had nowhere to say when a file entered 渐退 or came back from it, and recorded the 建档日期 instead.
-- That day is unknown, not the filing day: the borrowed dates are taken out, each one logged in changes.
INSERT INTO changes (table_name, row_id, column_name, old_value, new_value, command, recorded_at)
SELECT 'status_history', id, 'changed_on', changed_on, NULL, 'migrate', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM status_history
 WHERE changed_on IS NOT NULL AND (to_status = 'PHASING_OUT' OR (to_status = 'ACTIVE' AND from_status IS NOT NULL))
 ORDER BY id;
UPDATE status_history SET changed_on = NULL
 WHERE to_status = 'PHASING_OUT' OR (to_status = 'ACTIVE' AND from_status IS NOT NULL);

-- bangfu: lifecycle columns
-- (bangfu fills status_on, left_on, left_as, filed_year, left_year and left_undated of every period here, from the
-- lifecycle rule, before the indexes that read them are built.)

CREATE INDEX households_report ON households (union_name, tier, filed_year, left_year, left_as, close_reason,
    is_migrant_worker, is_model_worker, household_size, left_undated, main_cause, secondary_causes);
CREATE INDEX households_causes ON households (main_cause, secondary_causes, filed_year, left_year, tier, union_name);

-- The entries into 渐退, for the follow-ups: few rows, so a partial index costs an import almost nothing.
CREATE INDEX status_history_phase_outs ON status_history (household_id) WHERE to_status = 'PHASING_OUT';
