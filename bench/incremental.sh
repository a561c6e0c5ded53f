#!/bin/sh
# Times the two incremental imports against importing just their rows into an empty table, in pairs:
#   ledger  a second ledger (1,000,000 payments of 2026: LedgerGenerator --year 2026 --seed 11 --per-household 1)
#           into a copy of the database holding the 1M roster and its 5M-payment ledger of 2025, against the same
#           ledger into a copy of the database holding the roster alone (no payment yet);
#   roster  an update of 100,000 of the 1M files (every tenth row of the roster: mobile, address and 帮扶责任人
#           changed, nothing of the identity) into a copy of the roster database, against the same 100,000 rows
#           into a database that does not exist yet.
# Each round runs the incremental import, then its peer, each from a fresh copy on the same disk, and prints wall,
# CPU (user + system) and both ratios. The databases they start from are made once by this script (not timed;
# REBUILD=1 makes them again) with the jar under test. -Xmx512m as bench/ledger.sh. PROFILE=DIR also records a JFR
# of each run into DIR (read it with bench/jfr-top.py). BEFORE=commit (or BANGFU_JAR=path) times another build's jar.
# Usage: bench/incremental.sh [ledger|roster|both] [ROUNDS]      e.g. BEFORE=34b7d4e bench/incremental.sh both 3
set -eu
cd "$(dirname "$0")/.."
WHAT=${1:-both}
ROUNDS=${2:-1}
# A number alone is the rounds of both (as bench/issue14.sh calls it).
case $WHAT in *[!0-9]*) ;; *) ROUNDS=$WHAT WHAT=both ;; esac
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
. bench/build.sh
build_with_generators
roster_and_ledger 1000000
JAR=${BANGFU_JAR:-$PWD/target/bangfu.jar}
if [ -n "${BEFORE:-}" ]; then before_jar "$BEFORE" && JAR=$PWD/$BEFORE_JAR; fi
B=target/bench
ROSTER_DB=$B/inc-roster.db
LEDGER_DB=$B/inc-ledger.db
WORK=$B/inc-work.db
SECOND=$B/ledger-2026-1000000.csv
UPDATE=$B/roster-update-100000.csv

fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }
copy() { fresh "$2" && cp "$1" "$2" && if [ -f "$1-wal" ]; then cp "$1-wal" "$2-wal"; fi; }
bangfu() { BANGFU_JAR="$JAR" BANGFU_JAVA_OPTS="-Xmx512m${JFR:-}" bin/bangfu --db "$@"; }

[ -f "$SECOND" ] || java -cp "target/test-classes:$(cat target/cp.txt)" bangfu.bench.LedgerGenerator \
    --roster $B/roster-1000000.csv --per-household 1 --year 2026 --seed 11 --out "$SECOND"
# Every tenth file: another mobile (last digit + 1), the address moved, another helper; 序号 kept.
[ -f "$UPDATE" ] || awk -F, -v OFS=, 'NR == 1 { print; next }
    NR % 10 == 2 {
        if ($7 ~ /^1[0-9]{10}$/) $7 = substr($7, 1, 10) ((substr($7, 11, 1) + 1) % 10)
        $16 = $16 "（迁）"; $23 = "更" $23; print }' $B/roster-1000000.csv > "$UPDATE"
if [ "${REBUILD:-}" = 1 ] || [ ! -f "$ROSTER_DB" ]; then
    fresh "$ROSTER_DB"
    bangfu "$ROSTER_DB" import --quiet $B/roster-1000000.csv > /dev/null || true
fi
if [ "$WHAT" != roster ] && { [ "${REBUILD:-}" = 1 ] || [ ! -f "$LEDGER_DB" ]; }; then
    copy "$ROSTER_DB" "$LEDGER_DB"
    bangfu "$LEDGER_DB" import --quiet $B/ledger-5000000.csv > /dev/null || true
fi

# One timed import: $1 a tag (the recording's name), $2 label, $3 database, $4 file; appends "wall cpu" to $B/inc-times.
timed() {
    tag=$1 && shift
    JFR=
    if [ -n "${PROFILE:-}" ]; then
        mkdir -p "$PROFILE"
        JFR=" -XX:StartFlightRecording=filename=$PROFILE/$tag-$round.jfr,settings=profile"
    fi
    /usr/bin/time -o $B/inc-time -f "%e %U %S %M %x" env BANGFU_JAR="$JAR" BANGFU_JAVA_OPTS="-Xmx512m$JFR" \
        bin/bangfu --db "$2" import --quiet "$3" > $B/inc-out 2>&1 || true
    tail -n 1 $B/inc-time | awk -v l="$1" '{ printf "  %-40s wall %6.1f s, CPU %6.1f s (%s + %s), peak RSS %d MB, exit %s\n",
        l, $1, $2 + $3, $2, $3, $4 / 1024, $5; print $1, $2 + $3 >> "'$B/inc-times'" }'
    tail -n 3 $B/inc-out | sed 's/^/    /'
}
ratio() {
    tail -n 2 $B/inc-times | awk '{ w[NR] = $1; c[NR] = $2 }
        END { printf "  ratio incremental / empty: wall %.2f, CPU %.2f\n", w[1] / w[2], c[1] / c[2] }'
}

echo "machine: $(nproc) cores; jar $JAR"
: > $B/inc-times
round=1
while [ "$round" -le "$ROUNDS" ]; do
    echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ "$WHAT" != roster ]; then
        copy "$LEDGER_DB" "$WORK"
        timed ledger-onto-5M "ledger 2026 after 5M payments" "$WORK" "$SECOND"
        copy "$ROSTER_DB" "$WORK"
        timed ledger-into-empty "ledger 2026 into no payment" "$WORK" "$SECOND"
        ratio
    fi
    if [ "$WHAT" != ledger ]; then
        copy "$ROSTER_DB" "$WORK"
        timed roster-onto-1M "100,000 roster rows onto 1M files" "$WORK" "$UPDATE"
        fresh "$WORK"
        timed roster-into-empty "100,000 roster rows into no database" "$WORK" "$UPDATE"
        ratio
    fi
    round=$((round + 1))
done
fresh "$WORK"
