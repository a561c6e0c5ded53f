#!/bin/sh
# The yearly report of this build against another commit's jar, in turn, pair by pair (A = this build, B = BEFORE),
# both through bin/bangfu (so with the launcher's options and each jar's class archive), over bench/report.sh's
# 1,000,000 households × 5,000,000 payments: --year 2025, --by union, --from 2021 --to 2025. Every pair's outputs
# must be byte-identical (the script stops otherwise); each run is timed by GNU time, and each line gives wall and
# CPU (user + system) of both, their ratios and the load. A_OPTS / B_OPTS are BANGFU_JAVA_OPTS for A / B (e.g.
# A_OPTS=-XX:TieredStopAtLevel=1 with BEFORE=HEAD compares the client compiler alone with both compilers).
# Usage: BEFORE=<commit> bench/report-pairs.sh [PAIRS] [DB]        e.g. BEFORE=4b86def bench/report-pairs.sh 3
set -eu
cd "$(dirname "$0")/.."
PAIRS=${1:-3}
DB=${2:-target/bench/report-1000000-5000000.db}
: "${BEFORE:?name the commit to compare with: BEFORE=<commit> bench/report-pairs.sh}"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
[ -f "$DB" ] || bench/report.sh 0
mvn -q -B -Dstyle.color=never -DskipTests package
. bench/build.sh
before_jar "$BEFORE"
A=$PWD/target/bangfu.jar
B=$PWD/$BEFORE_JAR
out=target/bench/report-pairs
mkdir -p "$out"
# one run: "wall cpu" of the jar $1 with options $2 and the report's arguments after them; its output in $out/$3
timed() {
    jar=$1 opts=$2 name=$3
    shift 3
    BANGFU_JAR=$jar BANGFU_JAVA_OPTS=$opts /usr/bin/time -f "%e %U %S %x" -o "$out/time" bin/bangfu --db "$DB" report yearly "$@" \
        > "$out/$name" 2> "$out/err" || true
    awk '$4 != 0 { print "exit " $4 > "/dev/stderr"; exit 1 } { printf "%.2f %.2f\n", $1, $2 + $3 }' "$out/time"
}
i=1
while [ "$i" -le "$PAIRS" ]; do
    for args in "--year 2025" "--year 2025 --by union" "--from 2021 --to 2025"; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        # shellcheck disable=SC2086 # the report's options
        a=$(timed "$A" "${A_OPTS:-}" A $args)
        # shellcheck disable=SC2086
        b=$(timed "$B" "${B_OPTS:-}" B $args)
        cmp -s "$out/A" "$out/B" || { echo "outputs differ: report yearly $args (kept in $out/A and $out/B)" >&2; exit 1; }
        echo "$a $b" | awk -v what="$args" -v load="$load" -v pair="$i" '{
            printf "pair %d  report yearly %-24s A wall %6.2f s CPU %6.2f s | B wall %6.2f s CPU %6.2f s | A/B wall %.2f CPU %.2f | load %s\n",
                pair, what, $1, $2, $3, $4, $1 / $3, $2 / $4, load }'
    done
    i=$((i + 1))
done
