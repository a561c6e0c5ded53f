-- Synthetic data for the visit-round benchmark, generated inside SQLite (no importer, no JNI): HOUSEHOLDS
-- file periods (placeholder replaced by bench/visit.sh) and about two visits each in 2025, deterministic.
-- 200 unions, about 50 households per cadre (帮扶责任人); 96 % on file, 3 % in 渐退 since a day in 2025 with
-- their follow-ups partly done, 1 % exited in 2025; every 25th household visited once in 2025, every 250th
-- not at all, so as of 31 December about 4 % are short of the two visits a year.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;
BEGIN;
INSERT INTO imports (id, file_name, sha256, started_at, finished_at) VALUES (1001, 'bench', 'bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
DROP INDEX households_head_period;
DROP INDEX households_report;
DROP INDEX households_causes;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < HOUSEHOLDS),
f AS (SELECT i, date('2015-01-01', '+' || ((i * 2654435761) % 3650) || ' days') AS filed,
             CASE WHEN i % 100 < 3 THEN 'PHASING_OUT' WHEN i % 100 = 3 THEN 'EXITED' ELSE 'ACTIVE' END AS status FROM n)
INSERT INTO households (id, head_id, period, head_name, union_name, helper, address, phone, tier, status, filed_on,
                        phased_out_on, exited_on, household_size, created_import_id)
SELECT i, printf('110101%012d', i), 1, '户主' || i, '第' || (i % 200) || '基层工会', '干部' || (i % 20000),
       '某市某区某路' || (i % 997) || '号', '138' || printf('%08d', (i * 40503) % 100000000), 'DEEP', status, filed,
       CASE WHEN status = 'PHASING_OUT' THEN date('2025-01-01', '+' || (i % 200) || ' days') END,
       CASE WHEN status = 'EXITED' THEN date('2025-01-01', '+' || (i % 300) || ' days') END, 3, 1001
FROM f;
CREATE UNIQUE INDEX households_head_period ON households (head_id, period);
INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, import_id, recorded_at)
SELECT id, NULL, 'ACTIVE', filed_on, 'import', 1001, '2026-01-01T00:00:00Z' FROM households;
INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, import_id, recorded_at)
SELECT id, 'ACTIVE', status, coalesce(phased_out_on, exited_on), 'import', 1001, '2026-01-01T00:00:00Z'
  FROM households WHERE status IN ('PHASING_OUT', 'EXITED');
DROP INDEX visits_visit;
WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < HOUSEHOLDS * 2 - 1)
INSERT INTO visits (household_id, visited_on, kind, visitor, outcome, occurrence, import_id)
SELECT 1 + j / 2, date('2025-01-05', '+' || ((j % 2) * 180 + (j / 2) % 170) || ' days'), 'HOME', '干部' || ((1 + j / 2) % 20000),
       'STABLE', 1, 1001
  FROM n WHERE NOT ((1 + j / 2) % 250 = 0 OR (j % 2 = 1 AND (1 + j / 2) % 25 = 0));
CREATE UNIQUE INDEX visits_visit ON visits (household_id, visited_on, coalesce(kind, ''), occurrence);
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
