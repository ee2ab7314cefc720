#!/usr/bin/env bash
# Upload throughput of a DORIS deposit against a bare HTTP PUT loop to the same loopback service.
#   plugin/bench/deposit-bench.sh [WORKDIR] [RUNS]      (about 700 MB in WORKDIR/deposit)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-bench}
cd "$repo"
# the reactor resolves the schemas module: nothing is installed
mvn -B -q -pl plugin/core -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx2g -cp "plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/bench-classpath.txt)" \
    org.datasetkit.bench.DepositBenchmark "$work" "${2:-5}"
