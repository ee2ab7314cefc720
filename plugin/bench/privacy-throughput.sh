#!/usr/bin/env bash
# The privacy gate's throughput as a ratio to a bare read of the same files: DICOM headers, PNG/JPEG metadata and
# 100 MB of CSV (about 800 MB of generated files in WORKDIR/throughput). Builds in the reactor; installs nothing.
#   plugin/bench/privacy-throughput.sh [WORKDIR]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-bench}
cd "$repo"
mvn -B -q -o -pl plugin/core -am test-compile
mvn -B -q -o -pl plugin/core dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
java -cp "plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/bench-classpath.txt)" \
    org.datasetkit.bench.PrivacyThroughputBenchmark "$work"
