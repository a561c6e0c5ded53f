#!/bin/sh
# Times `bangfu verify` of a generated roster against `bangfu import` of the same file, both with -Xmx512m
# and no database to start from (import creates one; verify creates none and rehearses in a temporary
# database of SQLite's own, which SQLite removes from the disk as soon as it opens it). The machine is shared and noisy, so the two alternate,
# ROUNDS times each (default 2), and the load average is printed with every run.
# Usage: bench/verify.sh [ROUNDS] [FILE]     default: 2 target/bench/roster-1000000.xlsx
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
ROUNDS=${1:-2}
FILE=${2:-target/bench/roster-1000000.xlsx}
[ -f "$FILE" ] || bench/generate.sh
mvn -q -B -Dstyle.color=never -DskipTests package
DB=target/bench/verify-bench.db
echo "machine: $(nproc) cores; $(basename "$FILE"), $(stat -c %s "$FILE") bytes"
i=1
while [ "$i" -le "$ROUNDS" ]; do
    rm -f "$DB" "$DB-wal" "$DB-shm"
    /usr/bin/time -f "round $i import: wall %e s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
        env BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db "$DB" import --quiet "$FILE" > /dev/null || true
    rm -f "$DB" "$DB-wal" "$DB-shm"
    /usr/bin/time -f "round $i verify: wall %e s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
        env BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db "$DB" verify --quiet "$FILE" > /dev/null || true
    [ ! -e "$DB" ] || { echo "verify created $DB" >&2; exit 1; }
    i=$((i + 1))
done
