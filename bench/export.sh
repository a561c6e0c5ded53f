#!/bin/sh
# Times `report export` (the upload template) of ROWS generated households as csv and as xlsx, with -Xmx512m,
# and `sqlite3`'s own csv dump of the same table as the yardstick.
# Usage: bench/export.sh [ROWS]     ROWS: 100000 (default)
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
ROWS=${1:-100000}
mvn -q -B -Dstyle.color=never -DskipTests package test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mkdir -p target/bench
[ -f "target/bench/roster-$ROWS.csv" ] || java -Xmx4g -Dfile.encoding=UTF-8 -cp "target/test-classes:$(cat target/cp.txt)" \
    bangfu.bench.RosterGenerator --rows "$ROWS" --format csv --out "target/bench/roster-$ROWS.csv" --seed 1 --mistakes 0.001
DB=target/bench/export-$ROWS.db
rm -f $DB $DB-wal $DB-shm
export BANGFU_JAVA_OPTS=-Xmx512m
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
bin/bangfu --db $DB import --quiet "target/bench/roster-$ROWS.csv" > /dev/null || [ $? -eq 1 ]
timed() {
    label=$1; shift
    /usr/bin/time -f "$label: wall %e s, peak RSS %M KB" "$@" > /dev/null
}
timed "report export --out export.csv" bin/bangfu --db $DB report export --reveal --out target/bench/export.csv
timed "report export --out export.xlsx" bin/bangfu --db $DB report export --reveal --out target/bench/export.xlsx
timed "sqlite3 -csv households (yardstick)" sh -c "sqlite3 -csv -header $DB 'SELECT * FROM households' > target/bench/peer.csv"
ls -l target/bench/export.csv target/bench/export.xlsx
