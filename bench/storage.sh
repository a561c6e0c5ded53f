#!/bin/sh
# This build against another commit's jar, back to back, round by round (A = this build, B = BEFORE): the
# 1M-row roster .csv into an empty database, and the yearly report on bench/report.sh's 1,000,000 households ×
# 5,000,000 payments (--year, --by union, a 5-year range); then --by union on a copy of that database whose
# households are spread over 100,000 unions (this build only: before the storage interface it was refused).
# Each step is timed by GNU time (wall, CPU, peak RSS); take medians over the rounds and ratios round by round.
# Usage: BEFORE=<commit> bench/storage.sh [ROUNDS]        e.g. BEFORE=85c96cd bench/storage.sh 3
set -eu
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
: "${BEFORE:?name the commit to compare with: BEFORE=<commit> bench/storage.sh}"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
[ -f target/bench/roster-1000000.csv ] || bench/generate.sh
REPORT_DB=target/bench/report-1000000-5000000.db
[ -f "$REPORT_DB" ] || bench/report.sh 0
mvn -q -B -Dstyle.color=never -DskipTests package
. bench/build.sh
before_jar "$BEFORE"
A=$PWD/target/bangfu.jar
B=$PWD/$BEFORE_JAR
UNIONS_DB=target/bench/report-100000-unions.db
if [ ! -f "$UNIONS_DB" ]; then
    cp "$REPORT_DB" "$UNIONS_DB"
    sqlite3 "$UNIONS_DB" "UPDATE households SET union_name = '基层工会' || printf('%06d', id % 100000); PRAGMA wal_checkpoint(TRUNCATE);"
fi
DB=target/bench/storage.db
timed() {
    label=$1; shift
    rm -f "$DB" "$DB-wal" "$DB-shm"
    /usr/bin/time -f "$label: wall %e s, CPU %U + %S s, peak RSS %M KB, exit %x" "$@" > /dev/null 2> target/bench/storage-step.log \
        || true
    tail -n 1 target/bench/storage-step.log
}
run() { java -XX:+UseParallelGC -Xmx512m -jar "$@"; }
i=1
while [ "$i" -le "$ROUNDS" ]; do
    echo "round $i, load $(cut -d' ' -f1 /proc/loadavg)"
    for jar in A B; do
        j=$A; [ "$jar" = B ] && j=$B
        timed "$jar import 1M csv" run "$j" --db "$DB" import --quiet target/bench/roster-1000000.csv
    done
    for args in "--year 2025" "--year 2025 --by union" "--from 2021 --to 2025"; do
        for jar in A B; do
            j=$A; [ "$jar" = B ] && j=$B
            # the report needs more than the import's 512 MB: the launcher's default heap, as bench/report.sh
            timed "$jar report yearly $args" java -XX:+UseParallelGC -jar "$j" --db "$REPORT_DB" report yearly $args
        done
    done
    timed "A report yearly --year 2025 --by union, 100,000 unions" java -XX:+UseParallelGC -jar "$A" --db "$UNIONS_DB" \
        report yearly --year 2025 --by union --format csv
    i=$((i + 1))
done
