#!/usr/bin/env bash
# Makes the synthetic images of the demo and the copy-check ITs again, from their seeds
# (plugin/core/src/test/java/org/datasetkit/fixtures/SyntheticImages.java).
#   plugin/bench/it-images.sh            writes them into it/src/it (the committed files)
#   plugin/bench/it-images.sh --check    writes them into a temporary folder and compares them with the committed
#                                        files byte for byte (PNG and JPEG encoders of another JDK may differ)
# Builds through the reactor (no install), holding the shared Maven lock.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
(
    flock 9
    mvn -B -o -q -pl plugin/core -am test-compile -Dsurefire.skip=true
) 9>/tmp/datasetkit-mvn.lock
run() { java -cp plugin/core/target/test-classes org.datasetkit.fixtures.SyntheticImages "$1"; }
if [ "${1:-}" != "--check" ]; then
    run it/src/it
    exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run "$out"
status=0
while IFS= read -r f; do
    if cmp -s "$out/$f" "it/src/it/$f"; then echo "identical  $f"; else echo "DIFFERENT  $f"; status=1; fi
done < <(cd "$out" && find . -type f | sed 's|^\./||' | sort)
exit $status
