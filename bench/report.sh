#!/bin/sh
# Times `bangfu report yearly` over 1,000,000 households and 5,000,000 payments (plus 2,000,000 visits),
# and the same aggregate written naively in the sqlite3 shell, for comparison.
# The database is generated once by bench/report-data.sql into target/bench/report.db (about a minute).
# Usage: bench/report.sh [RUNS]        (default 3 runs of each)
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-3}
HOUSEHOLDS=${HOUSEHOLDS:-1000000}
PAYMENTS=${PAYMENTS:-5000000}
DB=target/bench/report-$HOUSEHOLDS-$PAYMENTS.db
mvn -q -B -Dstyle.color=never -DskipTests package test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mkdir -p target/bench
if [ ! -f "$DB" ]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  # reports open only an existing database: an import of a header creates the schema, then its record goes
  printf '姓名,身份证号码,所属工会\n' > target/bench/header-only.csv
  bin/bangfu --db "$DB" import --quiet target/bench/header-only.csv > /dev/null
  sqlite3 "$DB" "DELETE FROM imports"
  start=$(date +%s)
  sed -e "s/HOUSEHOLDS/$HOUSEHOLDS/g; s/PAYMENTS/$PAYMENTS/g" bench/report-data.sql | sqlite3 "$DB" > /dev/null
  # the lifecycle columns (left_on, left_year …) that bangfu's writers would have written
  java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" bangfu.bench.LifecycleRefresh "$DB"
  echo "generated $DB in $(( $(date +%s) - start )) s"
fi
timed() {
  label=$1; shift
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  printf '%-58s wall %5.2f s  load %s\n' "$label" "$(echo "$end - $start" | bc)" "$load"
}
echo "machine: $(nproc) cores; $(sqlite3 "$DB" 'SELECT count(*) FROM households') households, $(sqlite3 "$DB" 'SELECT count(*) FROM assistance') payments"
i=0
while [ "$i" -lt "$RUNS" ]; do
  timed "bangfu report yearly --year 2025" bin/bangfu --db "$DB" report yearly --year 2025
  timed "bangfu report yearly --year 2025 --by union" bin/bangfu --db "$DB" report yearly --year 2025 --by union
  timed "bangfu report yearly --from 2021 --to 2025 (all payments)" bin/bangfu --db "$DB" report yearly --from 2021 --to 2025
  timed "bangfu --version (JVM start and nothing else)" bin/bangfu --version
  timed "sqlite3: naive kind x source query, 2025" sqlite3 "$DB" "
    SELECT a.kind, a.fund_source, count(DISTINCT h.head_id), count(*), sum(a.amount_fen),
           sum(CASE WHEN a.method = 'BANK_CARD' THEN a.amount_fen ELSE 0 END)
    FROM assistance a NOT INDEXED JOIN households h ON h.id = a.household_id
    WHERE substr(a.paid_on, 1, 4) = '2025' GROUP BY a.kind, a.fund_source"
  i=$((i + 1))
done
