-- Synthetic data for the yearly-report benchmark, generated inside SQLite (no importer, no JNI; bench/report.sh
-- then writes the lifecycle columns as bangfu's writers would):
-- HOUSEHOLDS file periods and PAYMENTS payments (placeholders replaced by bench/report.sh), visits,
-- 渐退 history. Deterministic: every "random" choice is a hash of the row number.
-- Distributions: 200 grassroots unions, 31 provinces / 300 cities / 2000 counties; tiers 40 % deep,
-- 40 % relative, 12 % accident, 5 % general, 3 % not filled; filed 2014–2025; 70 % on file, 3 % phasing
-- out, 20 % exited, 7 % closed; every 50th head refiled after closing (a second period); payments and
-- visits spread evenly over 2021–2025 (one fifth of the payments in each year), 1 % in cash,
-- a quarter with 受助人数.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;
BEGIN;
INSERT INTO imports (id, file_name, sha256, started_at, finished_at) VALUES (1, 'bench', 'bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
DROP INDEX households_head_period;
DROP INDEX households_report;
DROP INDEX households_causes;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < HOUSEHOLDS),
r AS (SELECT i, (i * 2654435761) % 1000003 AS a, (i * 40503 + 977) % 65521 AS b, (i * 69069 + 1) % 99991 AS c,
             (i * 1103515245 + 12345) % 2147483647 AS d FROM n),
f AS (SELECT i, a, b, c, d,
             date('2014-01-01', '+' || (a % 4380) || ' days') AS filed,
             CASE WHEN i % 50 = 49 THEN 'CLOSED'                       -- closed, refiled as the next row
                  WHEN b % 100 < 70 THEN 'ACTIVE' WHEN b % 100 < 73 THEN 'PHASING_OUT'
                  WHEN b % 100 < 93 THEN 'EXITED' ELSE 'CLOSED' END AS status FROM r)
INSERT INTO households (id, head_id, period, head_name, union_name, province, city, county, tier, status,
                        filed_on, exited_on, closed_on, close_reason, main_cause, secondary_causes, household_size,
                        is_migrant_worker, is_model_worker, created_import_id)
SELECT i,
       printf('110101%012d', CASE WHEN i % 50 = 0 THEN i - 1 ELSE i END),
       CASE WHEN i % 50 = 0 THEN 2 ELSE 1 END,
       '户主' || i,
       '第' || (c % 200) || '基层工会',
       '省' || (c % 31), '市' || (c % 300), '县' || (c % 2000),
       CASE WHEN d % 100 < 40 THEN 'DEEP' WHEN d % 100 < 80 THEN 'RELATIVE' WHEN d % 100 < 92 THEN 'ACCIDENT'
            WHEN d % 100 < 97 THEN 'GENERAL' END,
       status, filed,
       CASE WHEN status = 'EXITED' THEN date(filed, '+' || (200 + c % 1800) || ' days') END,
       CASE WHEN status = 'CLOSED' THEN date(filed, '+' || (100 + c % 1500) || ' days') END,
       CASE WHEN status = 'CLOSED' THEN (SELECT value FROM json_each('["DEATH","RETIREMENT","TRANSFER","NOT_ELIGIBLE","CHECK_FAILED","FRAUD","OTHER","EXITED"]') WHERE key = b % 8) END,
       (SELECT value FROM json_each('["NO_WORK_CAPACITY","UNEMPLOYED_ABLE","LAID_OFF","NO_SOCIAL_INSURANCE","INSURANCE_NOT_DELIVERED","SERIOUS_ILLNESS","NATURAL_DISASTER","ACCIDENT","SCHOOLING","OTHER"]') WHERE key = a % 10),
       CASE WHEN b % 3 = 0 THEN NULL WHEN b % 3 = 1 THEN 'SCHOOLING' ELSE 'SERIOUS_ILLNESS,LAID_OFF' END,
       1 + d % 6, (a % 10 = 0), (b % 33 = 0), 1
FROM f;
CREATE UNIQUE INDEX households_head_period ON households (head_id, period);
CREATE INDEX households_report ON households (union_name, tier, filed_year, left_year, left_as, close_reason,
    is_migrant_worker, is_model_worker, household_size, left_undated, main_cause, secondary_causes);
CREATE INDEX households_causes ON households (main_cause, secondary_causes, filed_year, left_year, tier, union_name);
-- the refiled period starts after its predecessor was closed
UPDATE households SET filed_on = date((SELECT p.closed_on FROM households p WHERE p.id = households.id - 1), '+30 days')
 WHERE id % 50 = 0;
INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, import_id, recorded_at)
SELECT id, 'ACTIVE', 'PHASING_OUT', date('2021-01-01', '+' || (id % 1800) || ' days'), 'bench', 1, '2026-01-01T00:00:00Z'
FROM households WHERE status = 'PHASING_OUT';
DROP INDEX assistance_report;
DROP INDEX assistance_payment;
WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < PAYMENTS - 1),
p AS (SELECT j, 1 + (j * 2654435761) % HOUSEHOLDS AS hh, (j * 40503 + 977) % 65521 AS b, (j * 69069 + 1) % 99991 AS c FROM n)
INSERT INTO assistance (household_id, kind, amount_fen, paid_on, fund_source, method, recipients, occurrence, import_id)
SELECT hh,
       (SELECT value FROM json_each('["LIVING","MEDICAL","EDUCATION","EMPLOYMENT","ENTREPRENEURSHIP","WARMTH","TEMPORARY","OTHER","LIVING","WARMTH"]') WHERE key = b % 10),
       10000 * (1 + c % 50) + 50 * (b % 2),
       date('2021-01-01', '+' || ((j * 5 / PAYMENTS) * 365 + c % 365) || ' days'),
       CASE WHEN b % 97 = 0 THEN NULL ELSE (SELECT value FROM json_each('["CENTRAL","PROVINCE","CITY","COUNTY","UNION_FUNDS","DONATION","OTHER"]') WHERE key = c % 7) END,
       CASE WHEN c % 100 = 0 THEN 'CASH' ELSE 'BANK_CARD' END,
       CASE WHEN b % 4 = 0 THEN 1 + c % 4 END,
       1 + j / HOUSEHOLDS, 1
FROM p;
CREATE UNIQUE INDEX assistance_payment ON assistance (household_id, kind, paid_on, amount_fen, occurrence);
CREATE INDEX assistance_report ON assistance (kind, fund_source, paid_on, household_id, amount_fen, recipients, method);
DROP INDEX visits_visit;
WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < HOUSEHOLDS * 2 - 1)
INSERT INTO visits (household_id, visited_on, kind, outcome, occurrence, import_id)
SELECT 1 + (j * 40503) % HOUSEHOLDS, date('2021-01-01', '+' || ((j * 7) % 1825) || ' days'), 'HOME', 'STABLE', 1 + j / HOUSEHOLDS, 1 FROM n;
CREATE UNIQUE INDEX visits_visit ON visits (household_id, visited_on, coalesce(kind, ''), occurrence);
COMMIT;
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
