#!/usr/bin/env bash
# Benchmarks the copy check: fingerprinting against a bare ImageIO decode loop, the cached re-run, and a
# 100,000 x 100,000 near-duplicate search.
#   plugin/bench/copies-bench.sh [WORKDIR] [FILES]      (about 250 MB in WORKDIR/copies-images for 1,000 files)
# Builds through the reactor (no install); holds the shared Maven lock for the whole run, build and measurement, so
# the figures are taken on a machine no other build is using.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-bench}
files=${2:-1000}
cd "$repo"
exec 9>/tmp/datasetkit-mvn.lock
flock 9
mvn -B -o -q -pl plugin/core -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/bench-classpath.txt)" \
    org.datasetkit.bench.CopiesBenchmark "$work" "$files"
