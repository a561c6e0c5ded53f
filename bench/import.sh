#!/bin/sh
# Times `bangfu import` of the generated rosters into an empty database with -Xmx512m, and reports
# wall time and peak resident memory (GNU time). Generates the rosters first if they are missing.
# Usage: bench/import.sh [FILE…]     default: target/bench/roster-{100000,1000000}.{csv,xlsx}
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
[ -f target/bench/roster-1000000.xlsx ] || bench/generate.sh
mvn -q -B -Dstyle.color=never -DskipTests package
[ $# -gt 0 ] || set -- target/bench/roster-100000.csv target/bench/roster-100000.xlsx \
    target/bench/roster-1000000.csv target/bench/roster-1000000.xlsx
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for f in "$@"; do
    rm -f target/bench/bench.db target/bench/bench.db-wal target/bench/bench.db-shm
    /usr/bin/time -f "$(basename "$f"): wall %e s, peak RSS %M KB" \
        env BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db target/bench/bench.db import --quiet "$f" > /dev/null || true
done
