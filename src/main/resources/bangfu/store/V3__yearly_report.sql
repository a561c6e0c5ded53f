-- Schema version 3: when and how a file period left the file, named once for the yearly report and for
-- anyone querying with sqlite3, and indexes that let the report read payments and files without the
-- wide table rows. Every column is documented in docs/schema.md.

-- The day the period stopped being on file (NULL while it is on file: 在档 or 渐退). A period that exited
-- (脱困) and was later closed (注销) left when it exited. A leaving date before the filing date counts as
-- the filing date; a 脱困/注销 file without its date counts as leaving the day it was filed.
ALTER TABLE households ADD COLUMN left_on TEXT GENERATED ALWAYS AS (
    CASE
        WHEN status NOT IN ('EXITED', 'CLOSED') THEN NULL
        ELSE max(coalesce(CASE WHEN status = 'EXITED' OR (exited_on IS NOT NULL AND (closed_on IS NULL OR exited_on <= closed_on))
                               THEN coalesce(exited_on, closed_on) ELSE closed_on END, filed_on),
                 coalesce(filed_on, CASE WHEN status = 'EXITED' OR (exited_on IS NOT NULL AND (closed_on IS NULL OR exited_on <= closed_on))
                               THEN coalesce(exited_on, closed_on) ELSE closed_on END))
    END) VIRTUAL;

-- How it left: EXITED (脱困) or CLOSED (注销, for the reason in close_reason); NULL while on file.
ALTER TABLE households ADD COLUMN left_as TEXT GENERATED ALWAYS AS (
    CASE
        WHEN status = 'EXITED' THEN 'EXITED'
        WHEN status = 'CLOSED' THEN CASE WHEN exited_on IS NOT NULL AND (closed_on IS NULL OR exited_on <= closed_on)
                                         THEN 'EXITED' ELSE 'CLOSED' END
    END) VIRTUAL;

-- The years the period was filed (0 when unknown) and left the file (9999 while on file; 0, long ago, when
-- it left without any date at all), so the report groups file periods by year straight from an index.
ALTER TABLE households ADD COLUMN filed_year INTEGER GENERATED ALWAYS AS (
    coalesce(CAST(substr(filed_on, 1, 4) AS INTEGER), 0)) VIRTUAL;
ALTER TABLE households ADD COLUMN left_year INTEGER GENERATED ALWAYS AS (
    CASE WHEN left_as IS NULL THEN 9999 ELSE coalesce(CAST(substr(left_on, 1, 4) AS INTEGER), 0) END) VIRTUAL;

-- 1 when the period is marked 脱困/注销 without the date it left (left_on then falls back on filed_on).
ALTER TABLE households ADD COLUMN left_undated INTEGER GENERATED ALWAYS AS (
    CASE status WHEN 'EXITED' THEN exited_on IS NULL AND closed_on IS NULL
                WHEN 'CLOSED' THEN closed_on IS NULL AND exited_on IS NULL ELSE 0 END) VIRTUAL;

-- Everything the report counts about a file period, in the order it groups them (union, tier, years,
-- how it left): the report scans this index in order instead of sorting the wide table rows.
CREATE INDEX households_report ON households (union_name, tier, filed_year, left_year, left_as, close_reason,
    is_migrant_worker, is_model_worker, household_size, left_undated, main_cause, secondary_causes);

-- Files by their causes (main, then secondary), with the years and filters the report selects them by: the
-- causes table groups straight from this index instead of sorting every file on file.
CREATE INDEX households_causes ON households (main_cause, secondary_causes, filed_year, left_year, tier, union_name);

-- Payments by kind and fund source, then in date order, with everything the report sums: the report reads
-- this index only, never the table, one range per kind and source of the period, so SQLite need not turn
-- each payment's kind and source into a number.
CREATE INDEX assistance_report ON assistance (kind, fund_source, paid_on, household_id, amount_fen, recipients, method);
