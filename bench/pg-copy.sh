#!/bin/sh
# One `db copy` of an SQLite database into a fresh PostgreSQL database on the server that bench/pg-server.sh started
# (the target's COPY side; the source is only read). Run two builds in turn by BANGFU_JAR and compare medians.
# The source must be at this build's schema version: a copy of an older file is migrated first by any import into it.
# Usage: bench/pg-copy.sh SQLITE-DB
set -eu
cd "$(dirname "$0")/.."
[ -f "${1:-}" ] || { echo "usage: bench/pg-copy.sh SQLITE-DB" >&2; exit 2; }
PORT=$(cat target/bench/pg.port)
PSQL="psql -X -q -h 127.0.0.1 -p $PORT -U postgres"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS copied" -c "CREATE DATABASE copied TEMPLATE template0 ENCODING 'UTF8'"
BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu db copy --from "$1" --to "postgresql://127.0.0.1:$PORT/copied?user=postgres" > /dev/null
