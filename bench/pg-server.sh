#!/bin/sh
# A throwaway PostgreSQL server for the benchmarks, from the Debian server binaries (apt-get install postgresql):
# initdb into target/bench/pg as the postgres user, listening on 127.0.0.1 only, on a free port.
# `start` writes the port to target/bench/pg.port; `stop` stops it and removes the folder.
# fsync stays on: the figures are for a real server's durability, as psql's \copy gets the same.
# Usage: bench/pg-server.sh start|stop
set -eu
cd "$(dirname "$0")/.."
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=$(pwd)/target/bench/pg
case "${1:-}" in
start)
    [ -x "$BIN/initdb" ] || { echo "needs the PostgreSQL server binaries in $BIN (apt-get install postgresql)" >&2; exit 2; }
    mkdir -p "$DIR"
    chown postgres "$DIR" 2>/dev/null || true
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    runuser -u postgres -- "$BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 > /dev/null
    runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_wal_size=4GB" start > /dev/null
    echo "$PORT" > target/bench/pg.port
    echo "PostgreSQL on 127.0.0.1:$PORT"
    ;;
stop)
    runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -m fast stop > /dev/null || true
    rm -rf "$DIR" target/bench/pg.port
    ;;
*) echo "usage: bench/pg-server.sh start|stop" >&2; exit 2 ;;
esac
