#!/usr/bin/env bash
# Benchmarks the privacy gate's DICOM header checks (headers per second per core) on generated files.
#   plugin/bench/privacy-bench.sh [WORKDIR]      (about 200 MB in WORKDIR/dicom-headers)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-bench}
cd "$repo"
mvn -B -q install -DskipTests -Dinvoker.skip=true
mvn -B -q -pl plugin/core test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
java -cp "plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/bench-classpath.txt)" \
    org.datasetkit.bench.PrivacyBenchmark "$work"
