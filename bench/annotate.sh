#!/bin/sh
# Times `bangfu verify --annotate` of a 100,000-row roster with many findings (half the rows carry one planted
# mistake: bad check digit, impossible date, unknown tier, duplicate ID) against `bangfu verify` of the same file
# without the copy, both with -Xmx512m and no database. They alternate ROUNDS times (default 2); wall time,
# peak RSS and the load average are printed with every run, and the copy's comment count after the first.
# Usage: bench/annotate.sh [ROUNDS]
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
ROUNDS=${1:-2}
FILE=target/bench/roster-100000-mistakes.xlsx
mvn -q -B -Dstyle.color=never -DskipTests package
if [ ! -f "$FILE" ]; then
    mkdir -p target/bench
    mvn -q -B test-compile
    java -Xmx2g -Dfile.encoding=UTF-8 -cp "target/test-classes:target/bangfu.jar" bangfu.bench.RosterGenerator \
        --rows 100000 --format xlsx --out "$FILE" --seed 7 --mistakes 0.5
fi
DB=target/bench/annotate-bench.db
OUT=target/bench/annotated.xlsx
echo "machine: $(nproc) cores; $(basename "$FILE"), $(stat -c %s "$FILE") bytes"
i=1
while [ "$i" -le "$ROUNDS" ]; do
    rm -f "$DB" "$OUT"
    /usr/bin/time -f "round $i verify: wall %e s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
        env BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db "$DB" verify --quiet "$FILE" > /dev/null || true
    /usr/bin/time -f "round $i verify --annotate: wall %e s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
        env BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --lang en --db "$DB" verify --annotate "$OUT" "$FILE" \
        | grep -E "annotated copy|findings are listed" || true
    [ -f "$OUT" ] && echo "round $i copy: $(stat -c %s "$OUT") bytes"
    i=$((i + 1))
done
