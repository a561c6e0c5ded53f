-- How many rows a summary of payments kept per cell would hold on a report database: one row per distinct
-- (year, grouping keys, set of (kind, fund source) paid that year to a head), the floor for 户数 to stay exact at
-- every level and under every filter of `report yearly` without reading households. Printed: payments, paid
-- (year, head) pairs, then the cells with every key (union, tier, province/city/county, 农民工, 劳模), with the
-- union and flags only, with no keys (the sets alone), and the cells a five-year range would need (a head's set
-- over the five years). Usage: sqlite3 DB < bench/report-summary-count.sql
CREATE TEMP TABLE paid_kind AS
SELECT DISTINCT substr(a.paid_on, 1, 4) AS y, h.head_id AS head, h.union_name, coalesce(h.tier, '') AS tier,
       coalesce(h.province, '') AS province, coalesce(h.city, '') AS city, coalesce(h.county, '') AS county,
       h.is_migrant_worker AS migrant, h.is_model_worker AS model, a.kind || ':' || coalesce(a.fund_source, '') AS ks
  FROM assistance a JOIN households h ON h.id = a.household_id;
CREATE TEMP TABLE paid AS
SELECT y, head, union_name, tier, province, city, county, migrant, model, group_concat(ks, ',') AS kinds
  FROM (SELECT * FROM paid_kind ORDER BY y, head, union_name, tier, province, city, county, migrant, model, ks)
 GROUP BY y, head, union_name, tier, province, city, county, migrant, model;
CREATE TEMP TABLE paid_range AS
SELECT head, union_name, tier, province, city, county, migrant, model, group_concat(ks, ',') AS kinds
  FROM (SELECT DISTINCT head, union_name, tier, province, city, county, migrant, model, ks FROM paid_kind
         WHERE y BETWEEN '2021' AND '2025' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9)
 GROUP BY head, union_name, tier, province, city, county, migrant, model;
SELECT 'payments', count(*) FROM assistance;
SELECT 'paid (year, head, keys)', count(*) FROM paid;
SELECT 'cells: year, every key, set', count(*) FROM (SELECT DISTINCT y, union_name, tier, province, city, county, migrant, model, kinds FROM paid);
SELECT 'cells of 2025: every key, set', count(*) FROM (SELECT DISTINCT union_name, tier, province, city, county, migrant, model, kinds FROM paid WHERE y = '2025');
SELECT 'cells of 2025: union, flags, set', count(*) FROM (SELECT DISTINCT union_name, migrant, model, kinds FROM paid WHERE y = '2025');
SELECT 'cells of 2025: flags, set', count(*) FROM (SELECT DISTINCT migrant, model, kinds FROM paid WHERE y = '2025');
SELECT 'distinct sets in 2025', count(DISTINCT kinds) FROM paid WHERE y = '2025';
SELECT 'cells of 2021-2025: every key, set over the range', count(*) FROM (SELECT DISTINCT union_name, tier, province, city, county, migrant, model, kinds FROM paid_range);
SELECT 'cells of 2021-2025: union, flags, set over the range', count(*) FROM (SELECT DISTINCT union_name, migrant, model, kinds FROM paid_range);
