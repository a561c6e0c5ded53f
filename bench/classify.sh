#!/bin/sh
# Times `bangfu classify` over 1,000,000 files on record (target: ≤ 5 s on 2 cores, JVM start included).
# The database is built once: the generated 1M-row roster imported, then one `classify --apply` (timed too:
# it writes every change of a first classification) so that the runs timed after it are the usual case —
# a union classifying files whose tiers mostly stand. Each round is the dry run as text and as JSON, to /dev/null.
# Usage: bench/classify.sh [ROUNDS]     default: 3
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
ROUNDS=${1:-3}
CSV=target/bench/roster-1000000.csv
DB=target/bench/classify-bench.db
POLICY=bench/classify-policy.yaml
export LANG=${LANG:-C.UTF-8}
mvn -q -B -Dstyle.color=never -DskipTests package
if [ ! -f "$CSV" ]; then
    mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
    mkdir -p target/bench
    java -Xmx4g -cp "target/test-classes:$(cat target/cp.txt)" bangfu.bench.RosterGenerator \
        --rows 1000000 --format csv --out "$CSV" --seed 1 --mistakes 0
fi
if [ ! -f "$DB" ]; then
    BANGFU_JAVA_OPTS=-Xmx1g bin/bangfu --db "$DB.tmp" import --quiet "$CSV" > /dev/null || true
    /usr/bin/time -f "first apply (every change of a first classification): wall %e s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
        env BANGFU_JAVA_OPTS=-Xmx1g bin/bangfu --db "$DB.tmp" classify --policy "$POLICY" --as-of 2024-12-31 --apply --quiet \
        > /dev/null || true
    mv "$DB.tmp" "$DB"
fi
echo "machine: $(nproc) cores; $(sqlite3 "$DB" "SELECT count(*) FROM households WHERE status IN ('ACTIVE', 'PHASING_OUT')") files on record"
i=1
while [ "$i" -le "$ROUNDS" ]; do
    # text: the first 100 listed households, as on a terminal; json: every listed household
    for format in text json; do
        /usr/bin/time -f "round $i classify --format $format: wall %e s, user %U s, sys %S s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
            env BANGFU_JAVA_OPTS=-Xmx1g bin/bangfu --db "$DB" classify --policy "$POLICY" --as-of 2024-12-31 --format "$format" \
            > /dev/null || true
    done
    /usr/bin/time -f "round $i sqlite3, the same rows: wall %e s, user %U s, sys %S s, load at start $(cut -d' ' -f1 /proc/loadavg)" \
        sqlite3 -readonly "$DB" < bench/classify-peer.sql > /dev/null
    i=$((i + 1))
done
