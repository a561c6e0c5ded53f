#!/bin/sh
# Start-up, this build against the jar of BEFORE (default main), PAIRS pairs in turn, each the whole process timed by
# GNU time (wall, CPU, peak RSS): `bangfu --help`, and `report yearly` — a command that opens the database — on
# the examples imported once into target/bench/startup.db; each pair also times `java -version`, the JVM's own
# start. Then one traced run of `report yearly` (strace -f -e trace=openat,unlink) shows where SQLite's native
# library is loaded from, and whether a run writes a copy of it (O_CREAT) or removes one.
# SKIP_BUILD=1 times the jar already built (while another bench script is timing it, a build would replace it).
# Usage: bench/startup.sh [PAIRS]        e.g. BEFORE=34b7d4e bench/startup.sh 10
set -eu
cd "$(dirname "$0")/.."
PAIRS=${1:-10}
BEFORE=${BEFORE:-main}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -Dstyle.color=never -DskipTests package
. bench/build.sh
before_jar "$BEFORE"
A=$PWD/target/bangfu.jar
B=$PWD/$BEFORE_JAR
DB=target/bench/startup.db
if [ ! -f "$DB" ]; then
    bin/bangfu --db "$DB" import --quiet examples/花名册-西城区总工会-2024.csv examples/救助发放表-2024.xlsx \
        examples/走访记录-2024.xlsx > /dev/null || true
fi
timed() {
    label=$1; shift
    /usr/bin/time -f "$label: wall %e s, CPU %U + %S s, peak RSS %M KB, exit %x" "$@" > /dev/null 2> target/bench/startup-step.log || true
    tail -n 1 target/bench/startup-step.log
}
echo "machine: $(nproc) cores; A $A, B $B ($BEFORE)"
i=1
while [ "$i" -le "$PAIRS" ]; do
    echo "pair $i, load $(cut -d' ' -f1 /proc/loadavg)"
    timed "java -version" java -XX:+UseParallelGC -version
    for jar in A B; do
        j=$A; [ "$jar" = B ] && j=$B
        timed "$jar --help" env BANGFU_JAR="$j" bin/bangfu --help
        timed "$jar report yearly --year 2024 (examples)" env BANGFU_JAR="$j" bin/bangfu --db "$DB" report yearly --year 2024
    done
    i=$((i + 1))
done
if command -v strace > /dev/null; then
    strace -f -e trace=openat,unlink,unlinkat -o target/bench/startup-strace.log bin/bangfu --db "$DB" report yearly --year 2024 > /dev/null 2>&1 || true
    echo "SQLite's native library, one traced run of A report yearly:"
    grep -i 'libsqlitejdbc' target/bench/startup-strace.log | grep -v ENOENT | sed -e 's/^[0-9]* *//' -e 's/^/  /' | sort -u
    grep -i 'libsqlitejdbc' target/bench/startup-strace.log | grep -q -e O_CREAT -e unlink \
        && echo "  a copy is written or removed on this run" || echo "  no copy written or removed on this run"
else
    echo "strace missing (apt-get install strace): SQLite's native library not traced"
fi
