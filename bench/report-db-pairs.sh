#!/bin/sh
# The yearly report's five scopes on two databases in turn (A, then B, N rounds): the same data with and without an
# index, or before and after a migration, on either engine (a SQLite file or a postgresql:// URL). Each run is a whole
# process under GNU time; one line per run: wall, CPU (user + sys), peak RSS, the load at its start, and on a
# postgresql:// URL the server's CPU as well (bench/pg-cpu.py, the server of bench/pg-server.sh). The outputs of
# every run are kept under target/bench/report-db-pairs/ and compared with cmp against A's first: the script stops at
# the first difference.
#   A_JAR / B_JAR   the jar each side runs (default: this checkout's target/bangfu.jar for both)
# Usage: [A_JAR=…] [B_JAR=…] bench/report-db-pairs.sh DB_A DB_B [ROUNDS]
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
A=${1:?usage: bench/report-db-pairs.sh DB_A DB_B [ROUNDS]}
B=${2:?usage: bench/report-db-pairs.sh DB_A DB_B [ROUNDS]}
N=${3:-3}
A_JAR=${A_JAR:-target/bangfu.jar}
B_JAR=${B_JAR:-target/bangfu.jar}
out=target/bench/report-db-pairs
mkdir -p "$out"
i=1
while [ "$i" -le "$N" ]; do
    for args in "--year 2025" "--year 2025 --by union" "--from 2021 --to 2025" "--year 2025 --tier 深度困难" \
            "--year 2025 --union 第7基层工会"; do
        name=$(echo "$args" | tr -c 'a-z0-9\n' '-')
        for side in A B; do
            if [ "$side" = A ]; then db=$A; jar=$A_JAR; else db=$B; jar=$B_JAR; fi
            load=$(cut -d' ' -f1 /proc/loadavg)
            server=""
            case $db in postgresql:*) server=$(bench/pg-cpu.py) ;; esac
            # shellcheck disable=SC2086
            /usr/bin/time -f '%e %U %S %M' -o "$out/run.time" java -XX:+UseParallelGC -Dfile.encoding=UTF-8 -jar "$jar" \
                --db "$db" report yearly $args > "$out/$side$name.txt"
            read -r wall user sys rss < "$out/run.time"
            [ -n "$server" ] && server="  server CPU $(echo "$(bench/pg-cpu.py) - $server" | bc) s"
            echo "$side report yearly $args: wall $wall s  CPU $(echo "$user + $sys" | bc) s$server  peak $((rss / 1024)) MiB  load $load"
            cmp "$out/A$name.txt" "$out/$side$name.txt" || { echo "outputs differ: $out/A$name.txt $out/$side$name.txt" >&2; exit 1; }
        done
    done
    i=$((i + 1))
done
