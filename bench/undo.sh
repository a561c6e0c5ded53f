#!/bin/sh
# Times `db check`, `db backup` and `import --undo` (dry run and real, refused and done) on a database of
# ROWS households and 5 × ROWS payments, made like bench/ledger.sh makes its own, with -Xmx512m.
# Usage: bench/undo.sh [ROWS]     ROWS: 1000000 (default) or 100000 for a quick run
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
ROWS=${1:-1000000}
PAYMENTS=$((ROWS * 5))
. bench/build.sh
build_with_generators
roster_and_ledger "$ROWS"
DB=target/bench/undo.db
rm -f $DB $DB-wal $DB-shm target/bench/undo-backup.db
export BANGFU_JAVA_OPTS=-Xmx512m
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
timed() {
    label=$1; shift
    /usr/bin/time -f "$label: wall %e s, peak RSS %M KB" bin/bangfu --db $DB "$@" > /dev/null || true
}
timed "import roster-$ROWS.csv (import 1)" import --quiet "target/bench/roster-$ROWS.csv"
timed "import ledger-$PAYMENTS.csv (import 2)" import --quiet "target/bench/ledger-$PAYMENTS.csv"
echo "database: $(du -h $DB | cut -f1)"
timed "db check" db check
timed "db backup" db backup target/bench/undo-backup.db
timed "import --undo 1 --dry-run (refused: the ledger pays its households)" import --undo 1 --dry-run
timed "import --undo 2 --dry-run" import --undo 2 --dry-run
timed "import --undo 2 (removes $PAYMENTS payments)" import --undo 2
timed "import --undo 1 (removes $ROWS households)" import --undo 1
