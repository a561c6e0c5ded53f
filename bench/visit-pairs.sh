#!/bin/sh
# `visit due --as-of 2025-12-31 --format json` over the 1,000,000 households of bench/visit.sh, this build against an
# earlier one and the sqlite3 shell, in turn (pairs, so that a busy machine slows both alike), each through its own
# launcher: this checkout's bin/bangfu (with the class archive `package` leaves beside the jar) and the earlier
# revision's bin/bangfu (git show REV:bin/bangfu) with the earlier jar. One line per run: name, wall, user, sys
# (seconds), peak RSS (KB), load; then medians. The database must be at this build's schema version.
# Usage: BEFORE_JAR=path/to/bangfu-before.jar [BEFORE_REV=main] bench/visit-pairs.sh [PAIRS] [visit due options]
set -eu
cd "$(dirname "$0")/.."
PAIRS=${1:-7}
[ $# -gt 0 ] && shift
ARGS=${*:---as-of 2025-12-31 --format json}
DB=${DB:-target/bench/visit-1000000.db}
: "${BEFORE_JAR:?give the earlier build's jar as BEFORE_JAR}"
[ -f target/bangfu.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
mkdir -p target/bench
before=target/bench/bangfu-before-launcher
git show "${BEFORE_REV:-main}:bin/bangfu" > "$before"
chmod +x "$before"
out=target/bench/visit-pairs.out
: > "$out"
export BANGFU_JAVA_OPTS=-Xmx512m
i=0
while [ "$i" -lt "$PAIRS" ]; do
  # shellcheck disable=SC2086 # ARGS holds several options
  /usr/bin/time -f "this %e %U %S %M $(cut -d' ' -f1 /proc/loadavg)" -a -o "$out" bin/bangfu --db "$DB" visit due $ARGS > /dev/null
  # shellcheck disable=SC2086
  BANGFU_JAR=$BEFORE_JAR /usr/bin/time -f "before %e %U %S %M $(cut -d' ' -f1 /proc/loadavg)" -a -o "$out" "$before" --db "$DB" visit due $ARGS > /dev/null
  /usr/bin/time -f "sqlite3 %e %U %S %M $(cut -d' ' -f1 /proc/loadavg)" -a -o "$out" sqlite3 "$DB" < bench/visit-yardstick-kept.sql > /dev/null
  i=$((i + 1))
done
cat "$out"
python3 - "$out" <<'EOF'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, wall, user, sys_, rss, load = line.split()
    runs[name].append((float(wall), float(user) + float(sys_), int(rss) / 1024, float(load)))
for name, r in runs.items():
    print(f"{name:8} wall median {statistics.median(x[0] for x in r):.2f} s (min {min(x[0] for x in r):.2f}, max {max(x[0] for x in r):.2f}),"
          f" CPU median {statistics.median(x[1] for x in r):.2f} s, peak {statistics.median(x[2] for x in r):.0f} MiB, load {min(x[3] for x in r):.1f}-{max(x[3] for x in r):.1f}")
for a, b in (("this", "before"), ("this", "sqlite3")):
    if a in runs and b in runs:
        w = statistics.median(x[0] / y[0] for x, y in zip(runs[a], runs[b]))
        c = statistics.median(x[1] / y[1] for x, y in zip(runs[a], runs[b]))
        print(f"{a}/{b} pair by pair: wall {w:.2f}, CPU {c:.2f}")
EOF
