# Sourced by the bench scripts, from the checkout's root (`. bench/build.sh`): how they build what they time.

# This checkout's jar and test classes, and the classpath the generators of bench/ run on (target/cp.txt).
build_with_generators() {
    mvn -q -B -Dstyle.color=never -DskipTests package test-compile
    mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/cp.txt
}

# target/bench/roster-$1.csv ($1 households) and ledger-<5 × $1>.csv (5 payments each), unless already made;
# after build_with_generators.
roster_and_ledger() {
    mkdir -p target/bench
    [ -f "target/bench/roster-$1.csv" ] || java -Xmx4g -Dfile.encoding=UTF-8 -cp "target/test-classes:$(cat target/cp.txt)" \
        bangfu.bench.RosterGenerator --rows "$1" --format csv --out "target/bench/roster-$1.csv" --seed 1 --mistakes 0.001
    [ -f "target/bench/ledger-$(($1 * 5)).csv" ] || java -cp "target/test-classes:$(cat target/cp.txt)" \
        bangfu.bench.LedgerGenerator --roster "target/bench/roster-$1.csv" --per-household 5 \
        --out "target/bench/ledger-$(($1 * 5)).csv"
}

# The jar of commit $1, built once from its files into target/bench/before-<commit>: its path in BEFORE_JAR.
before_jar() {
    rev=$(git rev-parse --short "$1")
    dir=target/bench/before-$rev
    if [ ! -f "$dir/target/bangfu.jar" ]; then
        rm -rf "$dir" && mkdir -p "$dir" && git archive "$rev" | tar -x -C "$dir"
        (cd "$dir" && mvn -q -B -DskipTests package)
    fi
    BEFORE_JAR=$dir/target/bangfu.jar
}
