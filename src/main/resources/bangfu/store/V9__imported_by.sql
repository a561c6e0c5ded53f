-- Schema version 9: who ran each import. On a shared PostgreSQL database many clerks import into one database, and
-- each import records the database user it ran as. An SQLite file is one clerk's own: its imports leave the column
-- NULL, as do all imports made before this version (who ran them was not kept). Documented in docs/schema.md.
ALTER TABLE imports ADD COLUMN imported_by TEXT;
