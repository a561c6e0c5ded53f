-- The yardstick of bench/visit.sh: the yearly part of `visit due --as-of 2025-12-31` as one plain query — the files
-- on file on 31 December 2025 with fewer than two visits dated in 2025, with cadre, union and address, by cadre.
-- Usage: sqlite3 target/bench/visit-1000000.db < bench/visit-yardstick.sql > /dev/null
SELECT h.helper, h.head_id, h.head_name, h.union_name, h.address, h.phone, n
  FROM (SELECT h.*, (SELECT count(*) FROM visits v WHERE v.household_id = h.id
                       AND v.visited_on BETWEEN '2025-01-01' AND '2025-12-31') AS n
          FROM households h WHERE +h.filed_year <= 2025 AND +h.left_year > 2025) h
 WHERE n < 2
 ORDER BY h.helper, h.head_id;
