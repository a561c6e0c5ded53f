-- Schema version 5: an import can be undone (bangfu import --undo N). Its row stays in imports, marked with
-- the time it was undone, so the clerk sees what was loaded once and taken back; a file whose import was
-- undone can be imported again. Every column is documented in docs/schema.md.
ALTER TABLE imports ADD COLUMN undone_at TEXT;
