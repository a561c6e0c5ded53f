-- Schema version 2: what assistance ledgers and visit logs carry, and keys that make re-imports idempotent.
-- occurrence numbers repeats of the same payment (or visit) for one household within a file, so a
-- re-imported or extended ledger adds only what the database does not hold yet.
ALTER TABLE assistance ADD COLUMN bank TEXT;
ALTER TABLE assistance ADD COLUMN handler TEXT;
ALTER TABLE assistance ADD COLUMN extra TEXT;
ALTER TABLE assistance ADD COLUMN occurrence INTEGER NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX assistance_payment ON assistance (household_id, kind, paid_on, amount_fen, occurrence);
-- The key above starts with the household, so it serves look-ups by household; a second index would only
-- double the cost of every inserted payment.
DROP INDEX assistance_household;

ALTER TABLE visits ADD COLUMN participants TEXT;
ALTER TABLE visits ADD COLUMN findings TEXT;
ALTER TABLE visits ADD COLUMN requests TEXT;
ALTER TABLE visits ADD COLUMN measures TEXT;
ALTER TABLE visits ADD COLUMN signed INTEGER;
ALTER TABLE visits ADD COLUMN extra TEXT;
ALTER TABLE visits ADD COLUMN occurrence INTEGER NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX visits_visit ON visits (household_id, visited_on, coalesce(kind, ''), occurrence);
DROP INDEX visits_household;
