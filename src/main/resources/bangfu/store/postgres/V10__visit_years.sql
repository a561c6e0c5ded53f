-- PostgreSQL schema, version 10: each file period's visits per calendar year, kept by triggers on visits (see the
-- SQLite script of the same version). Here the triggers fire once per statement over its rows, so that a COPY of a
-- million visits adds to the counts in one grouped statement.
CREATE TABLE visit_years (
    household_id bigint NOT NULL,
    year         bigint NOT NULL,
    visits       bigint NOT NULL,
    last_on      text COLLATE "C" NOT NULL,
    PRIMARY KEY (household_id, year)
);

INSERT INTO visit_years (household_id, year, visits, last_on)
SELECT household_id, CAST(substr(visited_on, 1, 4) AS bigint), count(*), max(visited_on)
  FROM visits GROUP BY household_id, substr(visited_on, 1, 4);

-- One function for the three triggers: an update is its old rows taken away and its new ones added (no writer moves
-- a visit today; should one, the counts follow it).
CREATE FUNCTION visit_years_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        WITH gone AS (SELECT household_id, substr(visited_on, 1, 4) AS y, count(*) AS n
                        FROM removed GROUP BY household_id, substr(visited_on, 1, 4))
        UPDATE visit_years k SET visits = k.visits - gone.n,
               last_on = coalesce((SELECT max(v.visited_on) FROM visits v WHERE v.household_id = gone.household_id
                                      AND v.visited_on >= gone.y || '-01-01' AND v.visited_on <= gone.y || '-12-31'), '')
          FROM gone WHERE k.household_id = gone.household_id AND k.year = CAST(gone.y AS bigint);
        DELETE FROM visit_years k
         USING (SELECT DISTINCT household_id, CAST(substr(visited_on, 1, 4) AS bigint) AS year FROM removed) gone
         WHERE k.household_id = gone.household_id AND k.year = gone.year AND k.visits = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO visit_years (household_id, year, visits, last_on)
        SELECT household_id, CAST(substr(visited_on, 1, 4) AS bigint), count(*), max(visited_on)
          FROM added GROUP BY household_id, substr(visited_on, 1, 4)
        ON CONFLICT (household_id, year) DO UPDATE SET visits = visit_years.visits + excluded.visits,
           last_on = greatest(visit_years.last_on, excluded.last_on);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER visit_years_insert AFTER INSERT ON visits REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION visit_years_kept();
CREATE TRIGGER visit_years_delete AFTER DELETE ON visits REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION visit_years_kept();
CREATE TRIGGER visit_years_update AFTER UPDATE ON visits REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION visit_years_kept();
