#!/bin/sh
# Times `bangfu import` of a 5,000,000-payment ledger (CSV) for the 1,000,000 households of the
# generated roster, with -Xmx512m: the roster is imported first (not timed here), then the ledger.
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
[ -f target/bench/roster-1000000.csv ] || bench/generate.sh
mvn -q -B -Dstyle.color=never -DskipTests package test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/cp.txt
[ -f target/bench/ledger-5000000.csv ] || java -cp "target/test-classes:$(cat target/cp.txt)" bangfu.bench.LedgerGenerator \
    --roster target/bench/roster-1000000.csv --per-household 5 --out target/bench/ledger-5000000.csv
rm -f target/bench/ledger.db target/bench/ledger.db-wal target/bench/ledger.db-shm
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db target/bench/ledger.db import --quiet target/bench/roster-1000000.csv > /dev/null || true
/usr/bin/time -f "ledger-5000000.csv: wall %e s, peak RSS %M KB" \
    env BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db target/bench/ledger.db import --quiet target/bench/ledger-5000000.csv > /dev/null || true
