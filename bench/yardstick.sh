#!/bin/sh
# The yearly report's yardstick: one of its payment aggregates (bench/report-yardstick.sql: payments by kind × fund
# source with distinct heads), or with SET=full all of them (bench/report-yardstick-full.sql: the kind, source and
# total levels too), computed by the sqlite3 shell over a bench database of bench/report.sh, the whole process
# timed by GNU time (wall, CPU, peak RSS), ROUNDS times. The rows, sorted, are left in
# target/bench/yardstick-<set>-<from>-<to>.csv, which bench/duckdb.sh compares DuckDB's with.
# Usage: bench/yardstick.sh DB [FROM [TO]]        e.g. ROUNDS=3 bench/yardstick.sh target/bench/report-1000000-5000000.db 2025
set -eu
cd "$(dirname "$0")/.."
DB=${1:?name the database: bench/yardstick.sh DB [FROM [TO]]}
FROM=${2:-2025}
TO=${3:-$FROM}
ROUNDS=${ROUNDS:-1}
SET=${SET:-one}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v sqlite3 > /dev/null || [ "$(id -u)" != 0 ] || apt-get install -y -q sqlite3 > /dev/null || true
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell: apt-get install sqlite3" >&2; exit 2; }
sql=bench/report-yardstick.sql
[ "$SET" = full ] && sql=bench/report-yardstick-full.sql
mkdir -p target/bench
sed -e "s/'FROM'/'$FROM'/; s/'TO'/'$TO'/" "$sql" > "target/bench/yardstick-$SET.sql"
rows=target/bench/yardstick-$SET-$FROM-$TO.csv
round=1
while [ "$round" -le "$ROUNDS" ]; do
    /usr/bin/time -f "sqlite3 yardstick ($SET, $FROM-$TO): wall %e s, CPU %U + %S s, peak RSS %M KB, exit %x" \
        sqlite3 "$DB" < "target/bench/yardstick-$SET.sql" > target/bench/yardstick.out 2> target/bench/yardstick-step.log || true
    tail -n 1 target/bench/yardstick-step.log
    # the shell ends CSV lines with CR LF
    tr -d '\r' < target/bench/yardstick.out | LC_ALL=C sort > "$rows"
    round=$((round + 1))
done
