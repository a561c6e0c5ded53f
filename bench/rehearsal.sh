#!/bin/sh
# verify of a 100,000-row roster of new households against a database of 1,000,000 households: this build
# (the import rehearsed in the database itself, in a transaction rolled back) in turn with a baseline jar
# (BASELINE, e.g. built from an earlier commit, which rehearsed in a copy of the database in the temporary
# folder). Prints wall time and peak RSS of each run, the peak size of the run's temporary folder and of the
# database's write-ahead log while it ran (sampled every 0.2 s), and checks the database is unchanged.
# Usage: bench/rehearsal.sh BASELINE [ROUNDS]     BASELINE: path of the other bangfu.jar; ROUNDS default 2
#   BASELINE from an earlier commit:  git archive COMMIT | tar -x -C /tmp/old && (cd /tmp/old && mvn -q -DskipTests package)
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
BASELINE=${1:?usage: bench/rehearsal.sh BASELINE_JAR [ROUNDS]}
ROUNDS=${2:-2}
export LANG=${LANG:-C.UTF-8}
mvn -q -B -Dstyle.color=never -DskipTests package
DB=target/bench/households-1m.db
BIG=target/bench/households-1000000.csv
ROSTER=target/bench/roster-100000-new.csv
if [ ! -f "$BIG" ] || [ ! -f "$ROSTER" ]; then
    mvn -q test-compile
    mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
    CP="target/test-classes:$(cat target/cp.txt)"
    mkdir -p target/bench
    java -Xmx4g -cp "$CP" bangfu.bench.RosterGenerator --rows 1000000 --format csv --out "$BIG" --seed 1 --mistakes 0.001
    java -Xmx4g -cp "$CP" bangfu.bench.RosterGenerator --rows 100000 --format csv --out "$ROSTER" --seed 2 --mistakes 0.001
fi
[ -f "$DB" ] || bin/bangfu --db "$DB" import --quiet "$BIG" > /dev/null || true
echo "machine: $(nproc) cores; database $(stat -c %s "$DB") bytes, $(sqlite3 "$DB" 'SELECT count(*) FROM households') households"
before=$(sqlite3 "$DB" 'SELECT count(*), total(id), max(updated_import_id) FROM households; SELECT count(*) FROM imports')

# Runs bangfu with its own temporary folder; prints the peaks of that folder and of the log beside the database.
run() {
    label=$1 jar=$2
    tmp=$(mktemp -d)
    peaks=$(mktemp)
    (
        t=0 w=0
        while [ ! -e "$peaks.stop" ]; do
            d=$(du -sk "$tmp" 2>/dev/null | cut -f1)
            l=$(stat -c %s "$DB-wal" 2>/dev/null || echo 0)
            [ "$d" -gt "$t" ] && t=$d
            [ "$l" -gt "$w" ] && w=$l
            echo "$t $w" > "$peaks"
            sleep 0.2
        done
    ) &
    sampler=$!
    /usr/bin/time -f "$label: wall %e s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
        env BANGFU_JAR="$jar" TMPDIR="$tmp" BANGFU_JAVA_OPTS="-Xmx1g -Djava.io.tmpdir=$tmp" \
        bin/bangfu --db "$DB" verify --quiet "$ROSTER" > /dev/null || true
    touch "$peaks.stop"
    wait "$sampler"
    read -r t w < "$peaks"
    echo "$label: temporary folder at most $t KB, write-ahead log at most $((w / 1024)) KB"
    rm -rf "$tmp" "$peaks" "$peaks.stop"
}

i=1
while [ "$i" -le "$ROUNDS" ]; do
    run "round $i baseline" "$BASELINE"
    run "round $i this build" "$PWD/target/bangfu.jar"
    i=$((i + 1))
done
after=$(sqlite3 "$DB" 'SELECT count(*), total(id), max(updated_import_id) FROM households; SELECT count(*) FROM imports')
[ "$before" = "$after" ] || { echo "the database changed: $before -> $after" >&2; exit 1; }
echo "database unchanged: $after"
