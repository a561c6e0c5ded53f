#!/bin/sh
# classify and visit on PostgreSQL against SQLite over the same rows, on the server bench/pg-server.sh started:
# each command run on both engines in turn, timed whole (/usr/bin/time), and its output compared byte for byte.
#   bench/pg-lifecycle.sh visit [SQLITE_DB]  the visit rounds' database (bench/visit.sh makes
#                                            target/bench/visit-HOUSEHOLDS.db), copied first into the database `report`
#                                            by bench/pg-report.sh load SQLITE_DB: visit due as of the end of the year
#                                            and of 30 June, visit advance (dry run)
#   bench/pg-lifecycle.sh classify [ROWS]    a generated roster of ROWS (default 100000, seed 1, no mistakes) imported
#                                            into a fresh SQLite file and a fresh PostgreSQL database `classify`; then
#                                            classify as JSON, classify --apply (the first classification's changes),
#                                            classify as text, and the tiers and statuses of both databases compared
# Usage: bench/pg-lifecycle.sh visit|classify [ARG]
set -eu
cd "$(dirname "$0")/.."
PORT=$(cat target/bench/pg.port)
PSQL="psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PORT -U postgres"
out=target/bench/pg-lifecycle
mkdir -p "$out"

# both: runs `bangfu --db DB ARGS` on SQLITE then on PG, timed; fails when their outputs differ
both() {
    sqlite=$1 pg=$2
    shift 2
    name=$(echo "$*" | tr -c 'a-z0-9\n' '-')
    for engine in sqlite pg; do
        where=$sqlite
        [ "$engine" = pg ] && where=$pg
        /usr/bin/time -f "$engine $*: wall %e s, CPU %U s user + %S s sys, peak RSS %M KB, load $(cut -d' ' -f1 /proc/loadavg)" \
            bin/bangfu --db "$where" "$@" > "$out/$engine$name.txt" || true
    done
    if cmp -s "$out/sqlite$name.txt" "$out/pg$name.txt"; then
        echo "  the same $(wc -c < "$out/pg$name.txt") bytes on both engines"
    else
        echo "  the engines differ: diff $out/sqlite$name.txt $out/pg$name.txt"; exit 1
    fi
}

case "${1:-}" in
visit)
    DB=${2:-target/bench/visit-${HOUSEHOLDS:-1000000}.db}
    URL=$(bench/pg-report.sh url)
    export BANGFU_JAVA_OPTS=-Xmx512m
    both "$DB" "$URL" visit due --as-of 2025-12-31 --format json
    both "$DB" "$URL" visit due --as-of 2025-12-31
    both "$DB" "$URL" visit due --as-of 2025-06-30 --format json
    both "$DB" "$URL" visit advance --as-of 2025-12-31
    ;;
classify)
    ROWS=${2:-100000}
    CSV=target/bench/roster-$ROWS.csv
    DB=target/bench/classify-$ROWS.db
    URL="postgresql://127.0.0.1:$PORT/classify?user=postgres"
    export BANGFU_JAVA_OPTS=-Xmx1g
    if [ ! -f "$CSV" ]; then
        mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
        java -Xmx2g -cp "target/test-classes:$(cat target/cp.txt)" bangfu.bench.RosterGenerator \
            --rows "$ROWS" --format csv --out "$CSV" --seed 1 --mistakes 0
    fi
    rm -f "$DB" "$DB-wal" "$DB-shm"
    $PSQL -d postgres -c "DROP DATABASE IF EXISTS classify" -c "CREATE DATABASE classify TEMPLATE template0 ENCODING 'UTF8'"
    bin/bangfu --db "$DB" import --quiet "$CSV" > /dev/null
    bin/bangfu --db "$URL" import --quiet "$CSV" > /dev/null
    both "$DB" "$URL" classify --policy bench/classify-policy.yaml --as-of 2024-12-31 --format json
    both "$DB" "$URL" classify --policy bench/classify-policy.yaml --as-of 2024-12-31 --apply
    both "$DB" "$URL" classify --policy bench/classify-policy.yaml --as-of 2024-12-31
    q="SELECT coalesce(tier, '-'), status, count(*) FROM households GROUP BY 1, 2 ORDER BY 1, 2"
    if [ "$(sqlite3 "$DB" "$q")" = "$($PSQL -d classify -At -F'|' -c "$q")" ]; then
        echo "tiers and statuses after --apply: the same on both engines"
    else
        echo "tiers and statuses after --apply differ"; exit 1
    fi
    ;;
*) echo "usage: bench/pg-lifecycle.sh visit|classify [ARG]" >&2; exit 2 ;;
esac
