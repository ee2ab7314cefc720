#!/usr/bin/env bash
# The whole build and the verifier, side by side in one run (issue #20, part A):
#  1. datasetkit's own share of an unchanged `mvn verify`: the demo, and the demo with the 20,000-file many-small set
#     added, each timed against the same build with -Ddataset.skip (Maven's floor);
#  2. `verify-bundle` in full on a foreign 20,000-file bag folder (made by bagit-java) against bagit-java 5.2.0's
#     verifier, both on 2 threads, each in a new JVM (first run, and median of the next runs);
#  3. memory: verify-bundle of a 100,000-file bag, folder and zip, through Maven under -Xmx256m (peak resident size);
#  4. a cold `mvn verify` (after `mvn clean`) of the demo + 20,000 files, stored and auto compression, against (a) the
#     same with -Ddataset.skip, (b) the machine's limit for the work, a new JVM hashing every file with the bare
#     2-thread SHA-256 loop and then copying the same bytes into one file, and (c) bagit-java 5.2.0 making a bag of
#     the same files in place and verifying it, in a new JVM; every row a whole process, medians of COLD_RUNS (3).
#   plugin/bench/verify-bench.sh [WORKDIR] [RUNS]      PARTS="1 4" runs only those parts (1 makes the sets 4 uses)
# WORKDIR (default /tmp/datasetkit-verify-bench) needs about 3 GB. Holds the shared build lock for the whole run, so
# it measures a quiet machine. About ten minutes. Not part of the test suite.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/datasetkit-verify-bench}
runs=${2:-5}
parts=${PARTS:-1 2 3 4}
cold_runs=${COLD_RUNS:-3}
part() { case " $parts " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
gen=${GEN:-$repo/../shared/bench/gen-dataset.sh}
exec 9>/tmp/datasetkit-mvn.lock
flock 9
cd "$repo"
# The reactor builds the plugin and stages it, with everything the demo's build needs, in the ITs' own repository;
# nothing is installed into ~/.m2.
mvn -B -q -o verify -DskipTests -Dinvoker.test=demo
mvn -B -q -o -pl plugin/core test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/verify-classpath.txt
cp="plugin/core/target/test-classes:plugin/core/target/classes:$(cat plugin/core/target/verify-classpath.txt)"
m2="$repo/it/target/local-repo"
# The builds below resolve from that repository, and what it lacks from ~/.m2 (as a file mirror): no network.
mkdir -p "$work"
printf '<settings><mirrors><mirror><id>local-m2</id><mirrorOf>*</mirrorOf><url>file://%s/.m2/repository</url></mirror></mirrors></settings>\n' \
    "$HOME" > "$work/settings.xml"
version=$(sed -n "s:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p" pom.xml | head -1)
[ -d "$work/sets/many-small" ] || bash "$gen" "$work/sets" many-small

ms() { # a failed command prints -1, never a time
    local s; s=$(date +%s%N)
    if ! "$@" >/dev/null 2>&1; then echo "FAILED: $*" >&2; echo -1; return; fi
    echo $(( ($(date +%s%N) - s) / 1000000 ))
}
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
build() { (cd "$1" && shift && mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$m2" "$@"); }

whole_build() { # NAME PROJECT
    build "$2" clean verify >/dev/null # cold: checksums, bundle written
    local full="" skip=""
    for _ in $(seq "$runs"); do full="$full $(ms build "$2" verify)"; done
    for _ in $(seq "$runs"); do skip="$skip $(ms build "$2" verify -Ddataset.skip)"; done
    local f s; f=$(echo $full | median); s=$(echo $skip | median)
    printf '%-10s unchanged mvn verify %6d ms | with -Ddataset.skip %6d ms | datasetkit %6d ms   (runs: %s / %s)\n' \
        "$1" "$f" "$s" $((f - s)) "$full" "$skip"
}

if part 1 || part 4; then
    rm -rf "$work/demo" "$work/set20k"
    cp -r it/src/it/demo "$work/demo"
    cp -r it/src/it/demo "$work/set20k"
    java -cp "$cp" org.datasetkit.bench.VerifyBenchmark link "$work/sets/many-small" "$work/set20k/data/many-small"
fi
if part 1; then
    echo "== 1. unchanged mvn verify against Maven's floor (medians of $runs)"
    whole_build demo "$work/demo"
    whole_build 20k "$work/set20k"
fi
part 2 || part 3 || part 4 || exit 0
if part 2; then

echo "== 2. verify-bundle, full, on a foreign 20,000-file bag folder, 2 threads, each in a new JVM"
# limit: the bare SHA-256 loop over the same payload files (walk included), nothing checked; two alternating rounds
java -cp "$cp" org.datasetkit.bench.VerifyBenchmark make "$work/sets/many-small" "$work/bag20k"
for round in 1 2; do
    for which in limit ours loc fast; do
        java -cp "$cp" org.datasetkit.bench.VerifyBenchmark "$which" "$work/bag20k" "$runs" 2
    done
done
echo "   the demo + 20,000-file bundle of part 1 (a zip), fast and full"
for which in fast ours; do
    java -cp "$cp" org.datasetkit.bench.VerifyBenchmark "$which" "$work/set20k/target/"*.zip "$runs" 2
done

fi
if part 3; then
echo "== 3. verify-bundle of 100,000 files through Maven under -Xmx256m"
java -cp "$cp" org.datasetkit.bench.VerifyBenchmark many "$work/bag100k" 100000
[ -f "$work/bag100k.zip" ] || (cd "$work" && zip -q -0 -r bag100k.zip bag100k)
for bag in "$work/bag100k" "$work/bag100k.zip"; do
    (cd "$work" && MAVEN_OPTS=-Xmx256m /usr/bin/time -f "$(basename "$bag"): exit %x, %e s, peak resident %M KB" \
        mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$m2" "org.datasetkit:dataset-maven-plugin:$version:verify-bundle" \
        -Ddataset.bag="$bag" 2>&1 | tail -1)
done
fi

cold_build() { # ARGS...: median of cold_runs whole `mvn verify` runs, each after an untimed `mvn clean`
    local t=""
    for _ in $(seq "$cold_runs"); do
        build "$work/set20k" clean >/dev/null
        t="$t $(ms build "$work/set20k" verify "$@")"
    done
    echo "$(echo $t | median) (runs:$t)"
}
if part 4; then
    echo "== 4. cold mvn verify, demo + 20,000 files, against (a) Maven's floor, (b) the bare limit, (c) bagit-java (medians of $cold_runs)"
    echo "   datasetkit, stored:  $(cold_build -Ddataset.compression=stored) ms"
    echo "   datasetkit, auto:    $(cold_build -Ddataset.compression=auto) ms"
    echo "   (a) -Ddataset.skip:  $(cold_build -Ddataset.skip) ms"
    t=""
    for _ in $(seq "$cold_runs"); do
        rm -f "$work/limit-b.out"
        t="$t $(ms java -cp "$cp" org.datasetkit.bench.VerifyBenchmark limit-b "$work/set20k" "$work/limit-b.out" 2)"
    done
    echo "   (b) bare hash + copy: $(echo $t | median) ms (runs:$t)"
    rm -f "$work/limit-b.out"
    t=""
    for _ in $(seq "$cold_runs"); do
        rm -rf "$work/loc-bag" && cp -al "$work/set20k" "$work/loc-bag" && rm -rf "$work/loc-bag/target"
        t="$t $(ms java -cp "$cp" org.datasetkit.bench.VerifyBenchmark loc-bag "$work/loc-bag" 2)"
    done
    echo "   (c) bagit-java make + verify: $(echo $t | median) ms (runs:$t)"
    rm -rf "$work/loc-bag"
fi
