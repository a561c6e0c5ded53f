-- The yardstick of bench/visit.sh from schema version 10 on: the same question as visit-yardstick.sql (the files on
-- file on 31 December 2025 with fewer than two visits dated in 2025, with cadre, union and address, by cadre), asked
-- of the visits per file and year the database keeps (visit_years), as `visit due` asks it.
-- Usage: sqlite3 target/bench/visit-1000000.db < bench/visit-yardstick-kept.sql > /dev/null
SELECT h.helper, h.head_id, h.head_name, h.union_name, h.address, h.phone, n
  FROM (SELECT h.*, coalesce(y.visits, 0) AS n
          FROM households h NOT INDEXED LEFT JOIN visit_years y ON y.household_id = h.id AND y.year = 2025
         WHERE +h.filed_year <= 2025 AND +h.left_year > 2025) h
 WHERE n < 2
 ORDER BY h.helper, h.head_id;
