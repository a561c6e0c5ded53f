#!/bin/sh
# verify of a 200,000-row roster whose 所属地区 column repeats six region texts (target/bench/region-200000.csv,
# generated once; synthetic IDs of one district, so most rows are duplicates — the rows are read and checked all
# the same). Each jar given runs in turn, -Xmx512m, output thrown away; GNU time prints wall, CPU and peak RSS.
# Usage: bench/region-split.sh [ROUNDS] [JAR…]     default: 1 target/bangfu.jar
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
ROUNDS=${1:-1}
[ $# -gt 0 ] && shift
FILE=target/bench/region-200000.csv
mvn -q -B -Dstyle.color=never -DskipTests package
mkdir -p target/bench
[ -f "$FILE" ] || python3 - "$FILE" <<'PY'
import sys
regions = ['云南省红河哈尼族彝族自治州弥勒市', '云南省红河州开远市', '北京市东城区', '四川省成都市锦江区',
           '河北省石家庄市长安区', '内蒙古自治区呼伦贝尔市鄂温克族自治旗']
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_number(i):
    base = '110101%04d%02d%02d%03d' % (1960 + i % 40, 1 + i % 12, 1 + i % 28, i % 1000)
    return base + '10X98765432'[sum(int(c) * w for c, w in zip(base, weights)) % 11]
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write('姓名,身份证号码,所属工会,所属地区,困难类别\n')
    for i in range(200000):
        f.write('张%s,%s,第%d工会,%s,深度困难\n' % ('三四五六七'[i % 5], id_number(i), i % 50, regions[i % 6]))
PY
[ $# -gt 0 ] || set -- target/bangfu.jar
i=1
while [ "$i" -le "$ROUNDS" ]; do
    for jar in "$@"; do
        /usr/bin/time -f "round $i $jar: wall %e s, CPU %U + %S s, peak RSS %M KB, load at start $(cut -d' ' -f1 /proc/loadavg)" \
            env BANGFU_JAR="$jar" BANGFU_JAVA_OPTS=-Xmx512m bin/bangfu --lang en verify --limit 1 "$FILE" > /dev/null || true
    done
    i=$((i + 1))
done
