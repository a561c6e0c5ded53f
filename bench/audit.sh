#!/bin/sh
# Times `bangfu verify` in database mode (no FILE) over a database of 1,000,000 households, 2,000,000
# members, 5,000,000 payments and 2,000,000 visits, built directly with sqlite3 (a few minutes; reused
# when present: delete target/bench/audit.db to rebuild). About 1 % of the rows carry something the
# checks report: cash payments, payments without a funding source, a member who is head elsewhere,
# households with one visit, files last changed two years ago.
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell" >&2; exit 2; }
mvn -q -B -Dstyle.color=never -DskipTests package test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/cp.txt
DB=target/bench/audit.db
mkdir -p target/bench
if [ ! -f "$DB" ]; then
    rm -f "$DB-wal" "$DB-shm"
    # an empty import creates the schema at the version this build writes
    printf '姓名,身份证号码,所属工会\n' > target/bench/audit-empty.csv
    bin/bangfu --db "$DB" import --quiet target/bench/audit-empty.csv > /dev/null 2>&1 || true
    sqlite3 "$DB" <<'SQL'
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
INSERT INTO imports (id, file_name, sha256, started_at, finished_at) VALUES
    (1001, 'old.csv', 'x', '2024-11-01T00:00:00Z', '2024-11-01T00:00:00Z'),
    (1002, 'new.csv', 'y', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO households (id, head_id, period, head_name, union_name, status, filed_on, exited_on, main_cause,
                        secondary_causes, household_size, created_import_id, updated_import_id)
SELECT i, '11' || printf('%016d', i), 1, '职工' || i, '工会' || (i % 500),
       CASE WHEN i % 50 = 0 THEN 'EXITED' WHEN i % 20 = 0 THEN 'PHASING_OUT' ELSE 'ACTIVE' END,
       date('2018-01-01', '+' || (i % 2000) || ' days'),
       CASE WHEN i % 50 = 0 THEN '2025-06-30' END,
       CASE WHEN i % 7 = 0 THEN 'SCHOOLING' ELSE 'SERIOUS_ILLNESS' END, CASE WHEN i % 11 = 0 THEN 'SCHOOLING,LAID_OFF' END,
       3, 1002, CASE WHEN i % 100 = 1 THEN 1001 ELSE 1002 END
  FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000)
INSERT INTO members (household_id, name, id_number, relation, birth_date)
SELECT (i + 1) / 2, '成员' || i,
       CASE WHEN i % 20000 = 2 THEN '11' || printf('%016d', i / 2 + 7) ELSE '12' || printf('%016d', i) END,
       CASE WHEN i % 2 = 0 THEN '子女' ELSE '配偶' END,
       CASE WHEN i % 2 = 0 THEN date('2000-01-01', '+' || (i % 9000) || ' days') ELSE '1980-05-05' END
  FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999999)
INSERT INTO assistance (household_id, kind, amount_fen, paid_on, fund_source, method, occurrence)
SELECT i / 5 + 1, CASE i % 5 WHEN 0 THEN 'LIVING' WHEN 1 THEN 'MEDICAL' WHEN 2 THEN 'EDUCATION' WHEN 3 THEN 'WARMTH' ELSE 'TEMPORARY' END,
       CASE WHEN i % 100003 = 0 THEN 6000000 ELSE 50000 + (i % 7) * 10000 END,
       date('2025-01-05', '+' || ((i % 5) * 70 + (i / 5) % 60) || ' days'),
       CASE WHEN i % 211 = 0 THEN NULL ELSE 'CITY' END,
       CASE WHEN i % 97 = 0 THEN 'CASH' ELSE 'BANK_CARD' END, 1
  FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999999)
INSERT INTO visits (household_id, visited_on, kind, occurrence)
SELECT i / 2 + 1, date('2025-02-01', '+' || ((i % 2) * 180 + (i / 2) % 90) || ' days'), 'ROUTINE', 1
  FROM n WHERE NOT (i % 2 = 1 AND (i / 2) % 40 = 0);
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
    # the lifecycle columns (left_on, left_year …) that bangfu's writers would have written
    java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" bangfu.bench.LifecycleRefresh "$DB"
fi
echo "households $(sqlite3 "$DB" 'SELECT count(*) FROM households'), members $(sqlite3 "$DB" 'SELECT count(*) FROM members'), payments $(sqlite3 "$DB" 'SELECT count(*) FROM assistance'), visits $(sqlite3 "$DB" 'SELECT count(*) FROM visits')"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "verify --year 2025 (text): wall %e s, CPU %U s user + %S s sys, peak RSS %M KB" \
    env BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db "$DB" verify --year 2025 > target/bench/audit.txt || true
tail -1 target/bench/audit.txt
/usr/bin/time -f "verify (json, all findings): wall %e s, CPU %U s user + %S s sys, peak RSS %M KB" \
    env BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db "$DB" verify --format json > target/bench/audit.json || true
