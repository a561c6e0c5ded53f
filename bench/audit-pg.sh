#!/bin/sh
# verify's database checks on PostgreSQL with a small heap, this build (A) and another commit's jar (B) in turn, each
# timed by GNU time (wall, CPU, peak RSS, exit): a database `audit` of HOUSEHOLDS files made in SQL on the server of
# bench/pg-server.sh (reused when present), each in 渐退 without its date, never assisted, never visited and not
# changed since 2020 — four findings a file, so every check's query is as long as the table. When both finish,
# their JSON is compared with cmp.
# Usage: bench/pg-server.sh start && BEFORE=<commit> bench/audit-pg.sh [HOUSEHOLDS] [HEAP] [ROUNDS]
set -eu
cd "$(dirname "$0")/.."
HOUSEHOLDS=${1:-1000000}
HEAP=${2:-256m}
ROUNDS=${3:-1}
: "${BEFORE:?name the commit to compare with: BEFORE=<commit> bench/audit-pg.sh}"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
PORT=$(cat target/bench/pg.port)
URL="postgresql://127.0.0.1:$PORT/audit?user=postgres"
mvn -q -B -Dstyle.color=never -DskipTests package
. bench/build.sh
before_jar "$BEFORE"
if ! psql -h 127.0.0.1 -p "$PORT" -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'audit'" | grep -q 1; then
    createdb -h 127.0.0.1 -p "$PORT" -U postgres audit
    # an import of a header alone creates the schema at the version this build writes
    printf '姓名,身份证号码,所属工会\n' > target/bench/audit-pg-empty.csv
    java -jar target/bangfu.jar --db "$URL" import --quiet target/bench/audit-pg-empty.csv > /dev/null 2>&1 || true
    psql -q -h 127.0.0.1 -p "$PORT" -U postgres audit -c "
        INSERT INTO households (head_id, head_name, union_name, status, filed_on, filed_year)
        SELECT '11' || lpad(i::text, 16, '0'), '职工' || i, '工会' || (i % 500), 'PHASING_OUT', '2020-01-01', 2020
          FROM generate_series(1, $HOUSEHOLDS) i;
        ANALYZE;"
fi
echo "households: $(psql -h 127.0.0.1 -p "$PORT" -U postgres audit -Atc 'SELECT count(*) FROM households'), heap $HEAP, machine: $(nproc) cores"
i=1
while [ "$i" -le "$ROUNDS" ]; do
    for jar in A B; do
        j=target/bangfu.jar; [ "$jar" = B ] && j=$BEFORE_JAR
        echo "round $i, load $(cut -d' ' -f1 /proc/loadavg)"
        /usr/bin/time -f "$jar verify --year 2025 --format json: wall %e s, CPU %U + %S s, peak RSS %M KB, exit %x" \
            java -XX:+UseParallelGC "-Xmx$HEAP" -jar "$j" --db "$URL" verify --year 2025 --format json \
            > "target/bench/audit-pg-$jar.json" 2> target/bench/audit-pg-step.log || true
        tail -n 1 target/bench/audit-pg-step.log
    done
    i=$((i + 1))
done
if cmp -s target/bench/audit-pg-A.json target/bench/audit-pg-B.json; then
    echo "the same $(wc -c < target/bench/audit-pg-A.json) bytes from both"
else
    echo "the outputs differ (or one did not finish): diff target/bench/audit-pg-A.json target/bench/audit-pg-B.json"
fi
