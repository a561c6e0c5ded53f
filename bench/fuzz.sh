#!/bin/sh
# Fuzzes each @FuzzTest target in turn with Jazzer, its sanitizers on: the readers of .xlsx (whole files and
# sheet XML), .xls and CSV, the ID, date, money, card and phone parsers, and the bangfu.yaml loader.
# Each target runs for its @FuzzTest maxDuration (2 minutes), or for FUZZ_SECONDS when that is set.
# A failing input is written by Jazzer into src/test/resources/bangfu/<package>/<Class>Inputs/<target>/
# (crash-<sha1>), where every later build runs it as a regression test until it is fixed: review and commit it.
# The inputs Jazzer found interesting go to .cifuzz-corpus/ (not committed).
#   bench/fuzz.sh                      # all targets
#   bench/fuzz.sh csv yaml             # only the targets named
set -eu
cd "$(dirname "$0")/.."
targets="sheet.SpreadsheetReadersFuzzTest#xlsx sheet.SpreadsheetReadersFuzzTest#xlsxSheet
sheet.SpreadsheetReadersFuzzTest#xls sheet.SpreadsheetReadersFuzzTest#csv
validate.ValueParsersFuzzTest#idNumbers validate.ValueParsersFuzzTest#dates validate.ValueParsersFuzzTest#money
validate.ValueParsersFuzzTest#cardsAndPhones config.MappingFileFuzzTest#yaml"
mvn -B -q -ntp test-compile
for t in $targets; do
    method=${t#*#}
    if [ $# -gt 0 ] && ! echo " $* " | grep -q " $method "; then continue; fi
    echo "== $t"
    limit=""
    [ -n "${FUZZ_SECONDS:-}" ] && limit="timeout --signal=INT --kill-after=30 ${FUZZ_SECONDS}"
    # shellcheck disable=SC2086 # $limit is a command prefix or nothing
    JAZZER_FUZZ=1 $limit mvn -B -q -ntp surefire:test -Djazzer.hooks=true -Dtest="bangfu.$t" \
        -Dsurefire.failIfNoSpecifiedTests=false || echo "   finding or stop: see the output above"
done
git status --short src/test/resources/bangfu/ | grep crash- || echo "no new failing inputs"
