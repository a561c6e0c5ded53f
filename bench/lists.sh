#!/bin/sh
# Times the clerk's lists (report roster, roster --as-of, notice) beside the yearly report, wall time and peak
# memory of the whole process, over the database bench/report.sh generates (default 100,000 households and
# 500,000 payments: a city's worth; the lists are built whole in memory).
# Usage: HOUSEHOLDS=100000 PAYMENTS=500000 bench/lists.sh [RUNS]
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-3}
HOUSEHOLDS=${HOUSEHOLDS:-100000}
PAYMENTS=${PAYMENTS:-500000}
DB=target/bench/report-$HOUSEHOLDS-$PAYMENTS.db
[ -f "$DB" ] || HOUSEHOLDS=$HOUSEHOLDS PAYMENTS=$PAYMENTS bench/report.sh 0 > /dev/null
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(sqlite3 "$DB" "SELECT count(*) FROM households WHERE status IN ('ACTIVE', 'PHASING_OUT')") files on record"
i=0
while [ "$i" -lt "$RUNS" ]; do
  for c in "report roster" "report roster --as-of 2023-06-30" "report notice --year 2025" "report yearly --year 2025"; do
    # shellcheck disable=SC2086 # the command's words
    /usr/bin/time -f "bangfu $c: wall %e s, peak %M KB" bin/bangfu --db "$DB" $c > /dev/null
  done
  i=$((i + 1))
done
