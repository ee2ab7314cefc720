#!/usr/bin/env bash
# The fault-injection suite: kill -9 during checksum and bundle, files changed during each stage, a full disk, hostile
# archives. One line per case: the case, the expected verdict, what happened, time and peak memory.
#   plugin/bench/fault-bench.sh [WORKDIR] [SEED]
# WORKDIR (default /tmp/datasetkit-faults) needs about 1.5 GB free; about five minutes. The full-disk case mounts a
# 20 MB tmpfs and needs root (it is reported as skipped otherwise). Not part of the test suite.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-faults}; shift || true
cd "$repo"
# Builds the core and its test classes in the reactor; nothing is installed into the local repository.
mvn -B -q -pl plugin/core -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/fault-classpath.txt
cp="plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/fault-classpath.txt)"
java -cp "$cp" org.datasetkit.bench.FaultSuite "$work" "$@"
