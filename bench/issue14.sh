#!/bin/sh
# Reruns every row of issue 14's table, each with its peer in the same run, in turn, by calling the bench scripts
# that time them; every step is a whole process timed by GNU time. Then prints one line per job and round —
# bangfu's wall, CPU (user + sys) and peak RSS, the peer's wall and CPU, the ratios — and the medians against the
# target. Rows (peer in brackets):
#   1M-row roster .csv into a new file [sqlite3 .import into a table keyed on the ID]           bench/read.sh
#   1M-row roster .xlsx, then with -Xmx256m [the faster of a JDK StAX loop and fastexcel-reader]  bench/read.sh
#   5M-payment ledger after the 1M roster [sqlite3 .import into a plain table + one index]        bench/ledger.sh
#   report yearly --year 2025, --by union, --from 2021 --to 2025 over 1M households × 5M payments
#     [the sqlite3 one-aggregate yardstick, bench/yardstick.sh; DuckDB, bench/duckdb.sh — same years]
#   --help and a command opening the database, against main's jar [java -version]                bench/startup.sh
#   the incremental rows, bench/incremental.sh, when it exists (its own lines, as it prints them)
# The data is generated under target/bench/ when missing (the roster and ledger by bench/build.sh, the report's
# database by bench/report.sh), or copied from DATA, a folder holding roster-N.csv, ledger-<5N>.csv and
# report-N-<5N>.db made earlier by these scripts (N = 1000000; 100000 with SMALL=1). JOBS names the rows to run
# (default: report startup ledger read incremental, in that order); JOBS=none prints the table of the last runs.
# Usage: ROUNDS=2 bench/issue14.sh        SMALL=1 ROUNDS=1 bench/issue14.sh   (100,000 households: checks the script)
#        ROUNDS=3 JOBS="report startup" bench/issue14.sh
set -eu
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-2}
N=1000000
[ -n "${SMALL:-}" ] && N=100000
P=$((N * 5))
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v sqlite3 > /dev/null || [ "$(id -u)" != 0 ] || apt-get install -y -q sqlite3 > /dev/null || true
command -v sqlite3 > /dev/null || { echo "needs the sqlite3 shell: apt-get install sqlite3" >&2; exit 2; }
JOBS=${JOBS:-report startup ledger read incremental}
has() { case " $JOBS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
LOGS=target/bench/issue14-$N
mkdir -p "$LOGS"
CSV=target/bench/roster-$N.csv
XLSX=target/bench/roster-$N.xlsx
REPORT_DB=target/bench/report-$N-$P.db
if [ "$JOBS" != none ]; then
    for f in "roster-$N.csv" "ledger-$P.csv" "report-$N-$P.db"; do
        if [ ! -f "target/bench/$f" ] && [ -n "${DATA:-}" ] && [ -f "$DATA/$f" ]; then cp "$DATA/$f" target/bench/; fi
    done
    . bench/build.sh
    build_with_generators
    if has read || has ledger; then roster_and_ledger "$N"; fi
    if has read && [ ! -f "$XLSX" ]; then
        java -Xmx4g -Dfile.encoding=UTF-8 -cp "target/test-classes:$(cat target/cp.txt)" \
            -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory bangfu.bench.RosterGenerator \
            --rows "$N" --format xlsx --out "$XLSX" --seed 1 --mistakes 0.001
    fi
    if has report && [ ! -f "$REPORT_DB" ]; then HOUSEHOLDS=$N PAYMENTS=$P bench/report.sh 0 > /dev/null; fi
fi
echo "issue 14's table, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $ROUNDS round(s), $N households"

# Each script's own lines go to its log as they come (a job not run keeps the log of its last run); the table is
# drawn from the logs at the end.
run() { # LOG COMMAND…
    log=$LOGS/$1; shift
    echo "$(date -u +%H:%M:%S) $*" >&2
    "$@" > "$log" 2>&1 || echo "  (exit $? — see $log)" >&2
}
report_rounds() {
    round=1
    while [ "$round" -le "$ROUNDS" ]; do
        echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
        for args in "--year 2025" "--year 2025 --by union" "--from 2021 --to 2025"; do
            # shellcheck disable=SC2086 # the report's options
            /usr/bin/time -f "bangfu report yearly $args: wall %e s, CPU %U + %S s, peak RSS %M KB, exit %x" \
                bin/bangfu --db "$REPORT_DB" report yearly $args > /dev/null 2> "$LOGS/report-step.log" || true
            tail -n 1 "$LOGS/report-step.log"
        done
        ROUNDS=1 bench/yardstick.sh "$REPORT_DB" 2025
        ROUNDS=1 bench/duckdb.sh "$REPORT_DB" 2025
        ROUNDS=1 bench/yardstick.sh "$REPORT_DB" 2021 2025
        ROUNDS=1 bench/duckdb.sh "$REPORT_DB" 2021 2025
        ROUNDS=1 SET=full bench/yardstick.sh "$REPORT_DB" 2025
        ROUNDS=1 SET=full bench/duckdb.sh "$REPORT_DB" 2025
        round=$((round + 1))
    done
}
! has report || run report.log report_rounds
! has startup || run startup.log bench/startup.sh "${PAIRS:-$ROUNDS}"
! has ledger || run ledger.log env ROWS="$N" bench/ledger.sh "$ROUNDS"
! has read || run read.log env CSV="$CSV" XLSX="$XLSX" bench/read.sh "$ROUNDS"
! has incremental || [ ! -x bench/incremental.sh ] || run incremental.log bench/incremental.sh "$ROUNDS"

# JOB TARGET LIMIT LOG BANGFU PEER [PEER2]: the Nth line of BANGFU paired with the Nth of PEER (the faster of PEER
# and PEER2 when both are given); LIMIT is the highest wall ratio the target allows, "completes" (the run must end
# well: exit 0, or 1 for the rows refused), "wall0.5" (bangfu's own wall, in seconds) or "none". A run ending otherwise (5:
# out of memory) misses its target.
pair() {
    [ -f "$4" ] || { echo "$1: not run ($4 missing)"; return 0; }
    awk -v job="$1" -v target="$2" -v limit="$3" -v b="$5: " -v p1="$6: " -v p2="${7:+$7: }" '
    function parse(line,   u, q) {
        W = line; sub(/.*: wall /, "", W); sub(/ s,.*/, "", W)
        u = line; sub(/.*CPU /, "", u); split(u, q, " "); C = q[1] + q[3]
        R = "-"; if (line ~ /peak RSS/) { R = line; sub(/.*peak RSS /, "", R); sub(/ KB.*/, "", R); R = int(R / 1024) }
        X = "0"; if (line ~ /exit [0-9]+/) { X = line; sub(/.*exit /, "", X) }
    }
    function median(a, n,   i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    index($0, b) == 1 { parse($0); nb++; bw[nb] = W; bc[nb] = C; br[nb] = R; bx[nb] = X }
    index($0, p1) == 1 { parse($0); n1++; w1[n1] = W; c1[n1] = C; s1[n1] = p1 }
    p2 != "" && index($0, p2) == 1 { parse($0); n2++; w2[n2] = W; c2[n2] = C }
    END {
        if (nb == 0) { printf "%s: no run found\n", job; exit }
        ok = 1
        for (i = 1; i <= nb; i++) {
            pw = w1[i]; pc = c1[i]; pn = p1
            if (p2 != "" && (pw == "" || (w2[i] != "" && w2[i] + 0 < pw + 0))) { pw = w2[i]; pc = c2[i]; pn = p2 }
            sub(/: $/, "", pn)
            rw[i] = pw > 0 ? bw[i] / pw : 0; rc[i] = pc > 0 ? bc[i] / pc : 0
            ww[i] = bw[i]; cc[i] = bc[i]
            if (bx[i] + 0 > 1) ok = 0 # 1 is "data problems": the generated files carry 0.1 % mistakes
            printf "%s, round %d: bangfu wall %.2f s, CPU %.2f s, RSS %s MB, exit %s | %s: wall %.2f s, CPU %.2f s | ratio wall %.2f, CPU %.2f\n",
                job, i, bw[i], bc[i], br[i], bx[i], pn, pw, pc, rw[i], rc[i]
        }
        mw = median(rw, nb); mc = median(rc, nb); mb = median(ww, nb); mcpu = median(cc, nb)
        if (limit == "completes") met = ok
        else if (limit ~ /^wall/) { l = limit; sub(/^wall/, "", l); met = ok && mb <= l + 0 }
        else met = ok && mw <= limit + 0
        printf "%s, median of %d: bangfu wall %.2f s, CPU %.2f s; ratio wall %.2f, CPU %.2f; %s\n", job, nb, mb, mcpu, mw, mc,
            limit == "none" ? "no target" : "target " target ": " (met ? "met" : "missed")
    }' "$4"
}
r=$LOGS/read.log
echo
pair "roster .csv" "<= 1.0x sqlite3 .import" 1.0 "$r" "bangfu (this) -Xmx512m import $(basename "$CSV")" \
    "sqlite3 .import $(basename "$CSV") into a table keyed on the ID"
pair "roster .xlsx" "<= 1.3x the faster reader" 1.3 "$r" "bangfu (this) -Xmx512m import $(basename "$XLSX")" \
    "stax read of $(basename "$XLSX") to CSV" "fastexcel read of $(basename "$XLSX") to CSV"
pair "roster .xlsx -Xmx256m" "completes (peak RSS)" completes "$r" "bangfu (this) -Xmx256m import $(basename "$XLSX")" \
    "stax read of $(basename "$XLSX") to CSV" "fastexcel read of $(basename "$XLSX") to CSV"
pair "ledger after the roster" "<= 1.0x sqlite3 .import + index" 1.0 "$LOGS/ledger.log" \
    "bangfu import $(basename "target/bench/ledger-$P.csv")" "sqlite3 .import into a plain table + CREATE INDEX (household, date)"
r=$LOGS/report.log
for args in "--year 2025" "--year 2025 --by union" "--from 2021 --to 2025"; do
    years=2025-2025
    [ "$args" = "--from 2021 --to 2025" ] && years=2021-2025
    pair "report $args" "<= 0.2x the sqlite3 yardstick" 0.2 "$r" "bangfu report yearly $args" "sqlite3 yardstick (one, $years)"
    pair "report $args" "< 1.0x DuckDB" 0.999 "$r" "bangfu report yearly $args" "DuckDB (one, $years)"
done
pair "report --year 2025, all payment aggregates" "< 1.0x DuckDB" 0.999 "$r" "bangfu report yearly --year 2025" "DuckDB (full, 2025-2025)"
[ ! -f "$r" ] || grep -h -e "DuckDB's rows" "$r" | sort | uniq -c | sed 's/^ */  /' || true
r=$LOGS/startup.log
pair "--help" "< 0.5 s wall" wall0.5 "$r" "A --help" "java -version"
pair "--help against main's jar" - none "$r" "A --help" "B --help"
pair "report yearly (examples) against main's jar" - none "$r" "A report yearly --year 2024 (examples)" \
    "B report yearly --year 2024 (examples)"
[ ! -f "$r" ] || sed -n '/native library/,$p' "$r"
[ ! -f "$LOGS/incremental.log" ] || { echo "incremental (bench/incremental.sh):"; sed 's/^/  /' "$LOGS/incremental.log"; }
