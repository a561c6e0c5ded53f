-- PostgreSQL schema, version 9: who ran each import, the database user (current_user) of the clerk's connection.
ALTER TABLE imports ADD COLUMN imported_by text COLLATE "C";
