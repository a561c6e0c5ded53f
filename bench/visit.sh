#!/bin/sh
# Times `bangfu visit due` over 1,000,000 households and about 2,000,000 visits of 2025 (target: at most 2 s on
# 2 cores), with -Xmx512m, as of the end of the year (the list a union hands its cadres then: about 4 % of the
# households short of two visits, and the 渐退 follow-ups still owed) and as of 30 June (half the year gone:
# nearly every household still owes a visit, a list of about a million lines). The database is generated once by
# bench/visit-data.sql into target/bench/visit-HOUSEHOLDS.db (about a minute; delete it to regenerate).
# Usage: bench/visit.sh [RUNS]        (default 3 runs of each)
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-3}
HOUSEHOLDS=${HOUSEHOLDS:-1000000}
DB=target/bench/visit-$HOUSEHOLDS.db
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell" >&2; exit 2; }
mvn -q -B -Dstyle.color=never -DskipTests package test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mkdir -p target/bench
if [ ! -f "$DB" ]; then
  rm -f "$DB-wal" "$DB-shm"
  printf '姓名,身份证号码,所属工会\n' > target/bench/visit-empty.csv
  bin/bangfu --db "$DB" import --quiet target/bench/visit-empty.csv > /dev/null 2>&1 || true   # creates the schema
  start=$(date +%s)
  sed -e "s/HOUSEHOLDS/$HOUSEHOLDS/g" bench/visit-data.sql | sqlite3 "$DB" > /dev/null
  # the lifecycle columns bangfu's writers would have written, then the report's indexes over them
  java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" bangfu.bench.LifecycleRefresh "$DB"
  sqlite3 "$DB" "CREATE INDEX households_report ON households (union_name, tier, filed_year, left_year, left_as, close_reason,
      is_migrant_worker, is_model_worker, household_size, left_undated, main_cause, secondary_causes);
    CREATE INDEX households_causes ON households (main_cause, secondary_causes, filed_year, left_year, tier, union_name);
    ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);"
  echo "generated $DB in $(( $(date +%s) - start )) s"
fi
echo "machine: $(nproc) cores; $(sqlite3 "$DB" 'SELECT count(*) FROM households') households, $(sqlite3 "$DB" 'SELECT count(*) FROM visits') visits"
export BANGFU_JAVA_OPTS=-Xmx512m
i=0
while [ "$i" -lt "$RUNS" ]; do
  for args in "--as-of 2025-12-31 --format json" "--as-of 2025-12-31" "--as-of 2025-06-30 --format json"; do
    /usr/bin/time -f "visit due $args: wall %e s, CPU %U s user + %S s sys, peak RSS %M KB, load $(cut -d' ' -f1 /proc/loadavg)" \
      bin/bangfu --db "$DB" visit due $args > target/bench/visit-due.out
    echo "  ($(grep -c '"head_id"\|^[0-9]\{4\}\*' target/bench/visit-due.out) items)"
  done
  i=$((i + 1))
done
