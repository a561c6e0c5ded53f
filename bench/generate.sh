#!/bin/sh
# Generates synthetic benchmark rosters (100k and 1M rows, .xlsx and .csv) into target/bench/.
# Generated data is never committed (target/ is git-ignored).
# Usage: bench/generate.sh [SEED] [MISTAKE_RATE]     e.g. bench/generate.sh 1 0.001
set -eu
cd "$(dirname "$0")/.."
SEED=${1:-1}
RATE=${2:-0.001}
# The JVM must be able to encode file names; Chinese-free names are used here, but keep UTF-8.
export LANG=${LANG:-C.UTF-8}
mvn -q test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP="target/test-classes:$(cat target/cp.txt)"
mkdir -p target/bench
for rows in 100000 1000000; do
  for fmt in csv xlsx; do
    java -Xmx4g -Dfile.encoding=UTF-8 \
      -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
      -cp "$CP" bangfu.bench.RosterGenerator \
      --rows "$rows" --format "$fmt" --out "target/bench/roster-$rows.$fmt" --seed "$SEED" --mistakes "$RATE"
  done
done
ls -l target/bench/
