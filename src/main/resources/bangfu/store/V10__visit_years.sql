-- Schema version 10: each file period's visits per calendar year, kept by the database itself. `visit due` asks of
-- every file on record how many visits it had this year; counted from the visits, that is a million look-ups of the
-- visits' index. The count is kept here instead, by triggers on `visits`, so that every way a visit is written or
-- removed (import, visit add, import --undo, a copy of the database) keeps it exact without knowing of it.
-- `last_on` is the year's latest visit: a count up to a day of the year is this one when no visit is later.
-- Filled from the visits on record; a year without visits has no row (its count is 0).
CREATE TABLE visit_years (
    household_id INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    visits       INTEGER NOT NULL,
    last_on      TEXT    NOT NULL,
    PRIMARY KEY (household_id, year)
);

INSERT INTO visit_years (household_id, year, visits, last_on)
SELECT household_id, CAST(substr(visited_on, 1, 4) AS INTEGER), count(*), max(visited_on)
  FROM visits GROUP BY household_id, substr(visited_on, 1, 4);

CREATE TRIGGER visit_years_insert AFTER INSERT ON visits BEGIN
    INSERT INTO visit_years (household_id, year, visits, last_on)
    VALUES (new.household_id, CAST(substr(new.visited_on, 1, 4) AS INTEGER), 1, new.visited_on)
    ON CONFLICT (household_id, year) DO UPDATE SET visits = visits + 1, last_on = max(last_on, excluded.last_on);
END;

CREATE TRIGGER visit_years_delete AFTER DELETE ON visits BEGIN
    UPDATE visit_years SET visits = visits - 1,
           last_on = coalesce((SELECT max(v.visited_on) FROM visits v WHERE v.household_id = old.household_id
                                  AND v.visited_on >= substr(old.visited_on, 1, 4) || '-01-01'
                                  AND v.visited_on <= substr(old.visited_on, 1, 4) || '-12-31'), '')
     WHERE household_id = old.household_id AND year = CAST(substr(old.visited_on, 1, 4) AS INTEGER);
    DELETE FROM visit_years
     WHERE household_id = old.household_id AND year = CAST(substr(old.visited_on, 1, 4) AS INTEGER) AND visits = 0;
END;

-- No writer moves a visit today; should one, the count follows it.
CREATE TRIGGER visit_years_update AFTER UPDATE OF household_id, visited_on ON visits BEGIN
    UPDATE visit_years SET visits = visits - 1,
           last_on = coalesce((SELECT max(v.visited_on) FROM visits v WHERE v.household_id = old.household_id
                                  AND v.visited_on >= substr(old.visited_on, 1, 4) || '-01-01'
                                  AND v.visited_on <= substr(old.visited_on, 1, 4) || '-12-31'), '')
     WHERE household_id = old.household_id AND year = CAST(substr(old.visited_on, 1, 4) AS INTEGER);
    DELETE FROM visit_years
     WHERE household_id = old.household_id AND year = CAST(substr(old.visited_on, 1, 4) AS INTEGER) AND visits = 0;
    INSERT INTO visit_years (household_id, year, visits, last_on)
    VALUES (new.household_id, CAST(substr(new.visited_on, 1, 4) AS INTEGER), 1, new.visited_on)
    ON CONFLICT (household_id, year) DO UPDATE SET visits = visits + 1, last_on = max(last_on, excluded.last_on);
END;
