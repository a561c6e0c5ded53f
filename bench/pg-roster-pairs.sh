#!/bin/sh
# The 1M-row roster into PostgreSQL, this checkout's jar, another jar and psql \copy in turn, N rounds, each into a
# fresh database of the server bench/pg-server.sh started (bench/pg-roster.sh does one run). One line per run:
# what ran, wall, the client's CPU (user + sys, GNU time), the server's CPU (bench/pg-cpu.py before and after), the
# load at its start, peak RSS. Ratios are taken pair by pair from these lines.
# Usage: [THIS_JAR=path/bangfu.jar] BEFORE_JAR=path/bangfu.jar bench/pg-roster-pairs.sh N [CSV]
#        (default CSV target/bench/roster-1000000-clean.csv: RosterGenerator --seed 1 --mistakes 0)
set -eu
cd "$(dirname "$0")/.."
N=${1:-3}
CSV=${2:-target/bench/roster-1000000-clean.csv}
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
if [ ! -f "$CSV" ]; then
    # the yardstick's key takes every row only without the generator's injected mistakes
    . bench/build.sh
    build_with_generators
    java -Xmx4g -Dfile.encoding=UTF-8 -cp "target/test-classes:$(cat target/cp.txt)" bangfu.bench.RosterGenerator \
        --rows 1000000 --format csv --out "$CSV" --seed 1 --mistakes 0
fi
one() {
    load=$(cut -d' ' -f1 /proc/loadavg)
    before=$(bench/pg-cpu.py)
    /usr/bin/time -f '%e %U %S %M' -o target/bench/pg-run.time env BANGFU_JAR="$2" bench/pg-roster.sh "$3" "$CSV" > /dev/null
    after=$(bench/pg-cpu.py)
    read -r wall user sys rss < target/bench/pg-run.time
    echo "$1 wall $wall s  client CPU $(echo "$user + $sys" | bc) s  server CPU $(echo "$after - $before" | bc) s  load $load  peak $((rss / 1024)) MiB"
}
for i in $(seq "$N"); do
    one this "${THIS_JAR:-target/bangfu.jar}" bangfu
    [ -n "${BEFORE_JAR:-}" ] && one before "$BEFORE_JAR" bangfu
    one psql - psql
done
