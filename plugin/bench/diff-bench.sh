#!/usr/bin/env bash
# Benchmarks the version stage's comparison of two 100,000-entry manifests (read from the previous zip, then compared).
#   plugin/bench/diff-bench.sh [WORKDIR] [ENTRIES]      (about 10 MB in WORKDIR/diff)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
mvn -B -q -o -pl plugin/core -am test-compile
mvn -B -q -o -pl plugin/core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/bench-classpath.txt)" \
    org.datasetkit.bench.DiffBenchmark "${1:-/tmp/datasetkit-bench}" "${2:-100000}"
