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

-- Payments of a period, in date order, with everything the report sums: the report reads this index
-- only, never the table.
CREATE INDEX assistance_report ON assistance (paid_on, kind, fund_source, household_id, amount_fen, recipients, method);
