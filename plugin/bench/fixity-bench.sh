#!/usr/bin/env bash
# Benchmarks the checksum engine against its peers, side by side, on generated data.
#   plugin/bench/fixity-bench.sh [WORKDIR] [many-small] [few-large] [--runs N] [--warmup N] [--fresh-runs N] [--fresh-only]
# --fresh-only: only the table of runs each in a new JVM (limit, datasetkit cold and unchanged), no memory check.
# WORKDIR (default /tmp/datasetkit-bench) needs about 10 GB free: the sets (5 GB) and a copy for bagit-java.
# Needs sha256sum and openssl on the PATH. Not part of the test suite.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-bench}; shift || true
cd "$repo"
# The reactor's own classes, never installed: ~/.m2 holds other builds' snapshots. Every run holds the shared lock.
lock=/tmp/datasetkit-mvn.lock
flock "$lock" mvn -B -q -o -pl plugin/core -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
cp="plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/bench-classpath.txt)"
flock "$lock" java -cp "$cp" org.datasetkit.bench.FixityBenchmark "$work" "$@"
case " $* " in *" --fresh-only "*) exit 0 ;; esac
# Constant memory: the largest set, two algorithms, 64 MB of heap; and the set with the most files.
flock "$lock" java -Xmx64m -cp "$cp" org.datasetkit.bench.FixityBenchmark "$work" --heap-check few-large
flock "$lock" java -Xmx64m -cp "$cp" org.datasetkit.bench.FixityBenchmark "$work" --heap-check many-small
