#!/bin/sh
# Peak memory of `bangfu verify` and `verify --annotate` on the roster of hostile-use defect 5: a header and
# two columns filled down to Excel's last row, 1,048,576 — 1,048,575 rejected rows, 3,145,725 findings (see
# bangfu.bench.FilledColumn). Each run is a whole process with -Xmx512m; wall time, CPU, peak RSS and the load
# average are printed. Give other builds' jars to run the same commands with them in turn (e.g. a build of an
# earlier commit, to compare).
# Usage: bench/filled-column.sh [ROUNDS] [JAR…]     default: 1 target/bangfu.jar
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
ROUNDS=${1:-1}
[ $# -gt 0 ] && shift
FILE=target/bench/filled-column.xlsx
mvn -q -B -Dstyle.color=never -DskipTests package
if [ ! -f "$FILE" ]; then
    mkdir -p target/bench
    mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
    java -cp "target/test-classes:$(cat target/cp.txt)" bangfu.bench.FilledColumn "$FILE"
fi
[ $# -gt 0 ] || set -- target/bangfu.jar
DB=target/bench/filled-column.db
OUT=target/bench/filled-column-checked.xlsx
echo "machine: $(nproc) cores; $(basename "$FILE"), $(stat -c %s "$FILE") bytes"
i=1
while [ "$i" -le "$ROUNDS" ]; do
    for jar in "$@"; do
        rm -f "$OUT"
        /usr/bin/time -f "round $i $jar verify: wall %e s, CPU %U + %S s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
            env BANGFU_JAR="$jar" BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --lang en --db "$DB" verify --limit 1 "$FILE" \
            | grep -E "^  (sheet|total)|checked 1 file" || true
        /usr/bin/time -f "round $i $jar verify --annotate: wall %e s, CPU %U + %S s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
            env BANGFU_JAR="$jar" BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --lang en --db "$DB" verify --limit 1 --annotate "$OUT" "$FILE" \
            | grep -E "annotated copy|cell of every one|are listed" || true
        [ -f "$OUT" ] && echo "round $i $jar copy: $(stat -c %s "$OUT") bytes"
    done
    i=$((i + 1))
done
