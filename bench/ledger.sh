#!/bin/sh
# Times `bangfu import` of a 5,000,000-payment ledger (CSV) for the 1,000,000 households of the generated
# roster, with -Xmx512m, against its peer: `sqlite3 .import` of the same CSV into a plain table of the same
# roster database, plus one index on (household, date). The roster is imported once (not timed); every timed
# step starts from a fresh copy of that database, on the same disk. ROUNDS rounds, bangfu then the peer;
# take medians and the ratio round by round. BEFORE=commit (or BANGFU_JAR=path) times another build's jar.
# ROWS=100000 times a roster of that many households and a ledger five times as long.
# Usage: bench/ledger.sh [ROUNDS]        e.g. BEFORE=274391b bench/ledger.sh 3
set -eu
cd "$(dirname "$0")/.."
ROUNDS=${1:-1}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v sqlite3 > /dev/null || [ "$(id -u)" != 0 ] || apt-get install -y -q sqlite3 > /dev/null || true
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell: apt-get install sqlite3" >&2; exit 2; }
. bench/build.sh
build_with_generators
ROWS=${ROWS:-1000000}
roster_and_ledger "$ROWS"
LEDGER=target/bench/ledger-$((ROWS * 5)).csv
JAR=${BANGFU_JAR:-$PWD/target/bangfu.jar}
if [ -n "${BEFORE:-}" ]; then before_jar "$BEFORE" && JAR=$PWD/$BEFORE_JAR; fi
ROSTER=target/bench/ledger-roster.db
DB=target/bench/ledger.db
fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }
fresh "$ROSTER"
BANGFU_JAR="$JAR" BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db "$ROSTER" import --quiet "target/bench/roster-$ROWS.csv" > /dev/null || true
# The peer's table: the ledger's columns as text, then the index a ledger is read by.
cols=$(head -n 1 "$LEDGER" | tr -d '\r' | awk -F, '{ for (i = 1; i <= NF; i++) printf "%s\"%s\" TEXT", (i > 1 ? ", " : ""), $i }')
printf 'CREATE TABLE ledger (%s);\n.import --csv --skip 1 %s ledger\nCREATE INDEX ledger_household_date ON ledger ("身份证号码", "发放日期");\n' \
    "$cols" "$LEDGER" > target/bench/ledger-peer.sql
echo "machine: $(nproc) cores; jar $JAR"
round=1
while [ "$round" -le "$ROUNDS" ]; do
    echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
    fresh "$DB" && cp "$ROSTER" "$DB"
    /usr/bin/time -f "bangfu import $(basename "$LEDGER"): wall %e s, CPU %U + %S s, peak RSS %M KB, exit %x" \
        env BANGFU_JAR="$JAR" BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --db "$DB" import --quiet "$LEDGER" > /dev/null || true
    fresh "$DB" && cp "$ROSTER" "$DB"
    /usr/bin/time -f "sqlite3 .import into a plain table + CREATE INDEX (household, date): wall %e s, CPU %U + %S s, exit %x" \
        sh -c "sqlite3 '$DB' < target/bench/ledger-peer.sql" || true
    round=$((round + 1))
done
fresh "$DB"
