#!/usr/bin/env bash
# Heap and time per goal of a whole `mvn verify` on many small files (10k / 100k / 1M), each in a new JVM.
#   plugin/bench/memory-bench.sh [WORKDIR] [COUNT ...]        default: /tmp/datasetkit-memory 10000 100000
# COUNT:HEAP sets the heap (default 256m; 1000000:1g). Each set is COUNT random files of 2-6 KiB (4 KiB on average,
# in folders of 1,000) plus the demo dataset; generated once and kept. The plugin is built by this reactor and
# installed into a private copy of ~/.m2 under WORKDIR, never into ~/.m2 itself. Every Maven run holds the shared lock.
# Prints, per set and compression: each goal's wall time and the largest heap in use after a collection during it
# (live data: what a smaller heap must hold), the whole run's time and its resident peak.
# MEMORY_BENCH_ARGS adds Maven arguments to every measured run (e.g. -Ddataset.scan-privacy.skip).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-memory}; shift || true
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(10000 100000)
lock=/tmp/datasetkit-mvn.lock
m2="$work/m2"
mkdir -p "$work"
[ -d "$m2" ] || cp -a "$HOME/.m2/repository" "$m2"
(cd "$repo" && flock "$lock" mvn -B -q -o -Dmaven.repo.local="$m2" install -DskipTests -Dinvoker.skip=true)

project() { # project COUNT -> a dataset project: the demo plus COUNT generated files
  local n=$1 d="$work/set-$1"
  if [ ! -f "$d/.complete" ]; then
    rm -rf "$d"; mkdir -p "$d"
    cp -r "$repo/it/src/it/demo/data" "$repo/it/src/it/demo/docs" "$repo/it/src/it/demo/datasheet.yaml" "$d/"
    sed '/<excludes>/,/<\/excludes>/d' "$repo/it/src/it/demo/pom.xml" > "$d/pom.xml"
    flock "$lock" java "$repo/plugin/bench/ManySmall.java" "$d/data/bulk" "$n" # I/O that would disturb other benches
    touch "$d/.complete"
  fi
  echo "$d"
}

report() { # report MAVENLOG GCLOG -> one line per goal: seconds, peak live heap
  python3 - "$1" "$2" <<'PY'
import re, sys, datetime
log, gc = open(sys.argv[1]).read().splitlines(), open(sys.argv[2]).read().splitlines()
def t(s): return datetime.datetime.strptime(s[:23], "%Y-%m-%dT%H:%M:%S.%f").timestamp()
marks = []
for l in log:
    m = re.match(r"(\S+) \[INFO\] --- dataset-maven-plugin:\S+:(\S+) ", l)
    if m: marks.append((t(m.group(1)), m.group(2)))
    m = re.match(r"(\S+) \[INFO\] (BUILD \S+)", l)
    if m: marks.append((t(m.group(1)), "end")); result = m.group(2)
events = []
for l in gc:
    m = re.match(r"\[(\S+?)\]\S* .*Pause.* (\d+)M->(\d+)M\((\d+)M\)", l)
    if m: events.append((t(m.group(1)), int(m.group(3))))
for (start, goal), (end, _) in zip(marks, marks[1:]):
    live = max([mb for (w, mb) in events if start <= w < end] or [0])
    print(f"  {goal:16} {end - start:7.1f} s   heap in use after GC up to {live:5d} MB")
print("  " + result)
PY
}

for spec in "${counts[@]}"; do
  n=${spec%%:*}; heap=${spec#*:}; [ "$heap" = "$spec" ] && heap=$([ "$n" -ge 1000000 ] && echo 1g || echo 256m)
  dir=$(project "$n")
  for compression in stored auto; do
    rm -rf "$dir/target"
    log="$work/verify-$n-$compression.log"; gc="$work/gc-$n-$compression.log"
    start=$(date +%s.%N)
    ( cd "$dir" && MAVEN_OPTS="-Xmx$heap -Xlog:gc:file=$gc:time" flock "$lock" /usr/bin/time -f "%e s, resident peak %M kB" \
        mvn -B -o -Dmaven.repo.local="$m2" -Dorg.slf4j.simpleLogger.showDateTime=true \
        -Dorg.slf4j.simpleLogger.dateTimeFormat="yyyy-MM-dd'T'HH:mm:ss.SSS" \
        -Ddataset.compression="$compression" ${MEMORY_BENCH_ARGS:-} verify > "$log" 2>&1 ) || true
    echo "$n files, -Xmx$heap, compression $compression: $(tail -1 "$log")"
    grep -E '\[INFO\] (Checksums of|Report:|Bundle:|Bag )|ERROR\] .*(memory|heap)' "$log" | sed 's/^\S* /    /' || true
    report "$log" "$gc"
  done
done
