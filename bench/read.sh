#!/bin/sh
# The reading half of a large import against the bare tools, back to back: the 1M-row roster .csv
# imported by bangfu and by `sqlite3 .import` into a table keyed on the ID; the 1M-row .xlsx imported by
# bangfu and read to CSV by a bare JDK StAX loop and by fastexcel-reader (bangfu.bench.SheetToCsv); the
# .xlsx imported with -Xmx256m; and, with BEFORE=<commit>, the jar of that commit in the same rounds.
# Each step is timed by GNU time (wall, CPU, peak RSS), every database is new and on the same disk, and
# the 1-minute load average at the start of each round is printed. Take medians over the rounds and
# ratios round by round: this machine's speed drifts.
# Usage: bench/read.sh [ROUNDS]        e.g. BEFORE=main bench/read.sh 3
#        CSV=target/bench/roster-100000.csv XLSX=target/bench/roster-100000.xlsx bench/read.sh 1   (a quick run)
set -eu
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell: apt-get install sqlite3" >&2; exit 2; }
[ -f "${XLSX:-target/bench/roster-1000000.xlsx}" ] || bench/generate.sh
mvn -q -B -Dstyle.color=never -DskipTests package
mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP="target/classes:target/test-classes:$(cat target/cp.txt)"
CSV=${CSV:-target/bench/roster-1000000.csv}
XLSX=${XLSX:-target/bench/roster-1000000.xlsx}
DB=target/bench/read.db
if [ -n "${BEFORE:-}" ]; then
    # The jar of another commit, built once in its own folder under target/.
    rev=$(git rev-parse --short "$BEFORE")
    dir=target/bench/before-$rev
    if [ ! -f "$dir/target/bangfu.jar" ]; then
        rm -rf "$dir" && mkdir -p "$dir" && git archive "$rev" | tar -x -C "$dir"
        (cd "$dir" && mvn -q -B -DskipTests package)
    fi
    BEFORE_JAR=$PWD/$dir/target/bangfu.jar
fi

fresh() { rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"; }
timed() {
    label=$1; shift
    /usr/bin/time -f "$label: wall %e s, CPU %U + %S s, peak RSS %M KB, exit %x" "$@" > /dev/null 2> target/bench/read-step.log \
        || true
    tail -n 1 target/bench/read-step.log
}
bangfu() { # NAME JAR HEAP FILE
    fresh
    timed "bangfu ($1) -Xmx$3 import $(basename "$4")" \
        env BANGFU_JAR="$2" BANGFU_JAVA_OPTS="-Xmx$3" bin/bangfu --db "$DB" import --quiet "$4"
}
# The peer's table: the roster's 23 columns, keyed on the ID number as bangfu keys its files.
sqlite_import() {
    fresh
    cols=$(head -n 1 "$CSV" | tr -d '\r' | awk -F, '{ for (i = 1; i <= NF; i++) printf "%s\"%s\"%s", (i > 1 ? ", " : ""), $i, ($i == "身份证号码" ? " TEXT PRIMARY KEY" : " TEXT") }')
    printf 'CREATE TABLE roster (%s);\n.import --csv --skip 1 %s roster\n' "$cols" "$CSV" > target/bench/read-import.sql
    timed "sqlite3 .import $(basename "$CSV") into a table keyed on the ID" sh -c "sqlite3 '$DB' < target/bench/read-import.sql"
}
peer_xlsx() { # stax|fastexcel
    timed "$1 read of $(basename "$XLSX") to CSV" java -Xmx256m -cp "$CP" bangfu.bench.SheetToCsv "$1" "$XLSX" target/bench/peer-$1.csv
}

echo "machine: $(nproc) cores; $(wc -l < "$CSV") lines in $CSV, $(stat -c %s "$XLSX") bytes in $XLSX"
round=1
while [ "$round" -le "$ROUNDS" ]; do
    echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
    sqlite_import
    bangfu this "$PWD/target/bangfu.jar" 512m "$CSV"
    [ -z "${BEFORE_JAR:-}" ] || bangfu "$rev" "$BEFORE_JAR" 512m "$CSV"
    peer_xlsx stax
    peer_xlsx fastexcel
    bangfu this "$PWD/target/bangfu.jar" 512m "$XLSX"
    [ -z "${BEFORE_JAR:-}" ] || bangfu "$rev" "$BEFORE_JAR" 512m "$XLSX"
    bangfu this "$PWD/target/bangfu.jar" 256m "$XLSX"
    [ -z "${BEFORE_JAR:-}" ] || bangfu "$rev" "$BEFORE_JAR" 256m "$XLSX"
    round=$((round + 1))
done
fresh
