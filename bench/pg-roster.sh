#!/bin/sh
# One run of the 1M-row roster CSV into PostgreSQL, into a fresh database each time, on the server that
# bench/pg-server.sh started:
#   bench/pg-roster.sh bangfu   bangfu import (COPY into households, members, history; one transaction)
#   bench/pg-roster.sh psql     the yardstick: psql \copy of the same CSV into a table of its columns keyed on the ID
# Run the two in turn, several times, and compare medians (README of BENCHMARKS.md: "Run in turn").
# With PROFILE=FILE.jfr, bangfu runs under a flight recording into FILE.jfr (read it with bench/jfr-top.py) and the
# server logs every statement of the fresh database with its duration (sum them with bench/pg-log-top.py).
# Usage: bench/pg-roster.sh bangfu|psql [CSV]     default CSV: target/bench/roster-1000000.csv (bench/generate.sh)
set -eu
cd "$(dirname "$0")/.."
CSV=${2:-target/bench/roster-1000000.csv}
PORT=$(cat target/bench/pg.port)
PSQL="psql -X -q -h 127.0.0.1 -p $PORT -U postgres"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench TEMPLATE template0 ENCODING 'UTF8'"
case "$1" in
bangfu)
    OPTS=-Xmx512m
    if [ -n "${PROFILE:-}" ]; then
        OPTS="$OPTS -XX:StartFlightRecording=filename=$PROFILE,settings=profile"
        $PSQL -d postgres -c "ALTER DATABASE bench SET log_min_duration_statement = 0"
    fi
    BANGFU_JAVA_OPTS=$OPTS bin/bangfu --db "postgresql://127.0.0.1:$PORT/bench?user=postgres" import --quiet "$CSV" > /dev/null || [ $? -eq 1 ]
    ;;
psql)
    # every column of the CSV as text, the ID (身份证号码) as the key, as bangfu keys households
    COLUMNS=$(head -1 "$CSV" | python3 -c 'import sys; h=sys.stdin.readline().strip().split(","); print(", ".join(("c%d text" % i) + (" PRIMARY KEY" if c == "身份证号码" else "") for i, c in enumerate(h)))')
    $PSQL -d bench -c "CREATE TABLE roster ($COLUMNS)" -c "\\copy roster FROM '$CSV' (FORMAT csv, HEADER true)"
    ;;
*) echo "usage: bench/pg-roster.sh bangfu|psql [CSV]" >&2; exit 2 ;;
esac
