#!/bin/sh
# Times `db copy` SQLite → PostgreSQL and back, and `db check`, `db backup` and `import --undo` on PostgreSQL, on a
# database of ROWS households and 5 × ROWS payments (made as bench/undo.sh makes its own), with -Xmx512m, against
# the throwaway server of bench/pg-server.sh.
# Usage: bench/copy.sh [ROWS]     ROWS: 100000 (default) or 1000000
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
ROWS=${1:-100000}
PAYMENTS=$((ROWS * 5))
. bench/build.sh
build_with_generators
roster_and_ledger "$ROWS"
bench/pg-server.sh start
trap 'bench/pg-server.sh stop' EXIT
PG="postgresql://127.0.0.1:$(cat target/bench/pg.port)/copy?user=postgres"
createdb -h 127.0.0.1 -p "$(cat target/bench/pg.port)" -U postgres copy
DB=target/bench/copy.db
BACK=target/bench/copy-back.db
rm -f $DB $DB-wal $DB-shm $BACK target/bench/copy-backup.db
export BANGFU_JAVA_OPTS=-Xmx512m
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
timed() {
    label=$1; shift
    /usr/bin/time -f "$label: wall %e s, peak RSS %M KB" bin/bangfu "$@" > /dev/null || true
}
timed "import roster-$ROWS.csv into SQLite" --db $DB import --quiet "target/bench/roster-$ROWS.csv"
timed "import ledger-$PAYMENTS.csv into SQLite" --db $DB import --quiet "target/bench/ledger-$PAYMENTS.csv"
echo "database: $(du -h $DB | cut -f1)"
timed "db copy SQLite → PostgreSQL (empty)" db copy --from $DB --to "$PG"
timed "db check on PostgreSQL" --db "$PG" db check
timed "import --undo 2 --dry-run on PostgreSQL" --db "$PG" import --undo 2 --dry-run
timed "db copy PostgreSQL → SQLite (new file)" db copy --from "$PG" --to $BACK
timed "db backup on PostgreSQL" --db "$PG" db backup target/bench/copy-backup.db
timed "import --undo 2 on PostgreSQL (removes $PAYMENTS payments)" --db "$PG" import --undo 2
timed "import --undo 1 on PostgreSQL (removes $ROWS households)" --db "$PG" import --undo 1
