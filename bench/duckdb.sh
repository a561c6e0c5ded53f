#!/bin/sh
# DuckDB as the yearly report's peer: the whole process of a small Java program (bangfu.bench.DuckReport) that
# opens a DuckDB file holding the payments of a bench database of bench/report.sh and computes the yardstick's
# aggregate (payments of the years by kind × fund source: distinct heads, count, sum, bank-card sum), or with
# SET=full all of the report's payment aggregates (kind, source and total levels too); timed by GNU time,
# ROUNDS times. Each run's rows are compared, sorted, with the sqlite3 shell's (bench/yardstick.sh, run once
# if its rows are missing): any difference fails the script.
# The DuckDB driver is fetched from Maven Central into target/bench/ (not a dependency of the build). The DuckDB
# file is made once beside the data, from CSV exports of the two tables (DuckDB's sqlite extension would be
# downloaded at run time); delete target/bench/<db>.duckdb to make it again.
# Usage: bench/duckdb.sh DB [FROM [TO]]        e.g. ROUNDS=3 SET=full bench/duckdb.sh target/bench/report-1000000-5000000.db 2025
set -eu
cd "$(dirname "$0")/.."
DB=${1:?name the database: bench/duckdb.sh DB [FROM [TO]]}
FROM=${2:-2025}
TO=${3:-$FROM}
ROUNDS=${ROUNDS:-1}
SET=${SET:-one}
VERSION=${DUCKDB_VERSION:-1.4.4.0}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
mkdir -p target/bench
JAR=target/bench/duckdb_jdbc-$VERSION.jar
[ -f "$JAR" ] || mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$VERSION" -DoutputDirectory=target/bench
[ -f target/test-classes/bangfu/bench/DuckReport.class ] || mvn -q -B -Dstyle.color=never test-compile
# The driver unpacks its 57 MB native library into the temporary folder on every run when the library is inside
# the jar on the class path: unpacked once here, beside the driver's classes, as bangfu caches SQLite's.
LIB=target/bench/duckdb-$VERSION
if [ ! -f "$LIB/libduckdb_java.so" ]; then
    arch=amd64
    [ "$(uname -m)" = aarch64 ] && arch=arm64
    rm -rf "$LIB" && mkdir -p "$LIB/classes"
    (cd "$LIB/classes" && jar xf "../../$(basename "$JAR")")
    mv "$LIB/classes/libduckdb_java.so_linux_$arch" "$LIB/libduckdb_java.so"
    rm -f "$LIB"/classes/libduckdb_java.so_*
fi
CP="target/test-classes:$LIB/classes"
DUCK_JAVA="java -Djava.library.path=$LIB -cp $CP"
DUCK=target/bench/$(basename "$DB" .db).duckdb
if [ ! -f "$DUCK" ]; then
    start=$(date +%s)
    sqlite3 -csv -header "$DB" "SELECT id, head_id, union_name FROM households" > target/bench/duck-households.csv
    sqlite3 -csv -header "$DB" "SELECT household_id, kind, fund_source, amount_fen, method, paid_on FROM assistance" \
        > target/bench/duck-assistance.csv
    $DUCK_JAVA bangfu.bench.DuckReport load "$DUCK.part" target/bench/duck-assistance.csv target/bench/duck-households.csv
    mv "$DUCK.part" "$DUCK"
    rm -f target/bench/duck-households.csv target/bench/duck-assistance.csv
    echo "made $DUCK from $DB in $(($(date +%s) - start)) s"
fi
rows=target/bench/yardstick-$SET-$FROM-$TO.csv
[ -f "$rows" ] || ROUNDS=1 SET=$SET bench/yardstick.sh "$DB" "$FROM" "$TO" > /dev/null
differ=0
round=1
while [ "$round" -le "$ROUNDS" ]; do
    /usr/bin/time -f "DuckDB ($SET, $FROM-$TO): wall %e s, CPU %U + %S s, peak RSS %M KB, exit %x" \
        $DUCK_JAVA bangfu.bench.DuckReport query "$DUCK" "$FROM" "$TO" "$SET" > target/bench/duck.out 2> target/bench/duck-step.log || true
    tail -n 1 target/bench/duck-step.log
    if ! LC_ALL=C sort target/bench/duck.out | cmp -s - "$rows"; then
        echo "DuckDB's rows differ from sqlite3's ($rows):" >&2
        LC_ALL=C sort target/bench/duck.out | diff - "$rows" | head -n 20 >&2 || true
        differ=1
    fi
    round=$((round + 1))
done
[ "$differ" = 0 ] && echo "DuckDB's rows equal sqlite3's, $(wc -l < "$rows") rows ($SET, $FROM-$TO)"
exit "$differ"
