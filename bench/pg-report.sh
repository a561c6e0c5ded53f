#!/bin/sh
# Copies the yearly report's bench database (bench/report.sh: 1M households, 5M payments, 2M visits in
# target/bench/report-1000000-5000000.db) into a fresh PostgreSQL database `report` on the server that
# bench/pg-server.sh started, then runs the three report commands on both engines and checks that their
# outputs are byte for byte the same.
#   bench/pg-report.sh load      bangfu creates its schema on the server (an import of a header only),
#                                every table's rows go across as sqlite3 CSV through psql \copy, then ANALYZE
#   bench/pg-report.sh compare   the three reports on SQLite and on PostgreSQL, compared with cmp
# Time them in turn with a tool that alternates two commands, e.g. for the first:
#   bin/bangfu --db "$(bench/pg-report.sh url)" report yearly --year 2025   against
#   bin/bangfu --db target/bench/report-1000000-5000000.db report yearly --year 2025
#   BEFORE=<commit> bench/pg-report.sh time [ROUNDS]
#                                the three reports on PostgreSQL, this build (A) and another commit's jar (B) in
#                                turn, each timed by GNU time (wall, CPU, peak RSS): take medians, ratios pair by pair
# Usage: bench/pg-report.sh load|compare|url|time [SQLITE_DB|ROUNDS]
set -eu
cd "$(dirname "$0")/.."
DB=${2:-target/bench/report-1000000-5000000.db}
PORT=$(cat target/bench/pg.port)
URL="postgresql://127.0.0.1:$PORT/report?user=postgres"
PSQL="psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PORT -U postgres"
case "${1:-}" in
url) echo "$URL" ;;
load)
    [ -f "$DB" ] || { echo "no $DB: run bench/report.sh first" >&2; exit 2; }
    $PSQL -d postgres -c "DROP DATABASE IF EXISTS report" -c "CREATE DATABASE report TEMPLATE template0 ENCODING 'UTF8'"
    printf '姓名,身份证号码,所属工会\n' > target/bench/header-only.csv
    bin/bangfu --db "$URL" import --quiet target/bench/header-only.csv > /dev/null
    $PSQL -d report -c "TRUNCATE imports CASCADE"
    # parents before children, so that the foreign keys hold row by row
    for t in imports import_sheets households members status_history assistance visits changes runs rejects classify_runs; do
        # the columns both engines have, in PostgreSQL's order
        pgcols=$($PSQL -d report -At -c "SELECT column_name FROM information_schema.columns WHERE table_name = '$t' ORDER BY ordinal_position")
        sqcols=$(sqlite3 "$DB" "SELECT name FROM pragma_table_info('$t')")
        cols=$(for c in $pgcols; do echo "$sqcols" | grep -qx "$c" && echo "$c"; done | paste -sd, -)
        start=$(date +%s)
        # a NULL travels as a token of its own, so that an empty text stays an empty text
        sqlite3 -csv -cmd '.nullvalue @@NULL@@' "$DB" "SELECT $cols FROM $t ORDER BY rowid" \
            | $PSQL -d report -c "\\copy $t ($cols) FROM STDIN (FORMAT csv, NULL '@@NULL@@')"
        echo "$t: $($PSQL -d report -At -c "SELECT count(*) FROM $t") rows in $(( $(date +%s) - start )) s"
    done
    # the identities continue after the copied ids, as they would after bangfu's own writes
    $PSQL -d report -At -c "SELECT table_name FROM information_schema.columns WHERE is_identity = 'YES' AND table_schema = 'public'" |
        while read -r t; do
            $PSQL -d report -c "SELECT setval(pg_get_serial_sequence('$t', 'id'), coalesce(max(id), 0) + 1, false) FROM $t" > /dev/null
        done
    $PSQL -d report -c "VACUUM ANALYZE"
    ;;
compare)
    out=target/bench/pg-report
    mkdir -p "$out"
    set -- "--year 2025" "--year 2025 --by union" "--from 2021 --to 2025"
    for args in "$@"; do
        name=$(echo "$args" | tr -c 'a-z0-9\n' '-')
        # shellcheck disable=SC2086
        bin/bangfu --db "$DB" report yearly $args > "$out/sqlite$name.txt"
        # shellcheck disable=SC2086
        bin/bangfu --db "$URL" report yearly $args > "$out/pg$name.txt"
        if cmp "$out/sqlite$name.txt" "$out/pg$name.txt"; then
            echo "report yearly $args: the same $(wc -c < "$out/pg$name.txt") bytes on both engines"
        else
            echo "report yearly $args: the engines differ (diff $out/sqlite$name.txt $out/pg$name.txt)"; exit 1
        fi
    done
    ;;
time)
    : "${BEFORE:?name the commit to compare with: BEFORE=<commit> bench/pg-report.sh time}"
    rounds=${2:-3}
    mvn -q -B -Dstyle.color=never -DskipTests package
    . bench/build.sh
    before_jar "$BEFORE"
    i=1
    while [ "$i" -le "$rounds" ]; do
        echo "round $i, load $(cut -d' ' -f1 /proc/loadavg)"
        for args in "--year 2025" "--year 2025 --by union" "--from 2021 --to 2025"; do
            for jar in A B; do
                j=target/bangfu.jar; [ "$jar" = B ] && j=$BEFORE_JAR
                # shellcheck disable=SC2086
                /usr/bin/time -f "$jar report yearly $args: wall %e s, CPU %U + %S s, peak RSS %M KB" \
                    java -XX:+UseParallelGC -jar "$j" --db "$URL" report yearly $args > /dev/null
            done
        done
        i=$((i + 1))
    done
    ;;
*) echo "usage: bench/pg-report.sh load|compare|url|time [SQLITE_DB|ROUNDS]" >&2; exit 2 ;;
esac
