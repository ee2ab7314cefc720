#!/usr/bin/env bash
# Benchmarks the copy check: fingerprinting against a bare ImageIO decode loop, the cached re-run, and a
# 100,000 x 100,000 near-duplicate search.
#   plugin/bench/copies-bench.sh [WORKDIR] [FILES]      (about 250 MB in WORKDIR/copies-images for 1,000 files)
# Builds through the reactor (no install), under the shared Maven lock.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-bench}
files=${2:-1000}
cd "$repo"
flock /tmp/datasetkit-mvn.lock mvn -B -o -q -pl plugin/core -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/bench-classpath.txt)" \
    org.datasetkit.bench.CopiesBenchmark "$work" "$files"
