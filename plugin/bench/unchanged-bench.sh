#!/usr/bin/env bash
# An unchanged `mvn verify` against Maven's floor (the same build with -Ddataset.skip), before and after a change,
# side by side in one run (part 1 of verify-bench.sh, for two builds of the plugin):
#   plugin/bench/unchanged-bench.sh BEFORE_REPO AFTER_REPO [WORKDIR] [RUNS]
# BEFORE_REPO / AFTER_REPO: the ITs' local repositories (it/target/local-repo) of two checkouts, each staged by
# `mvn -B -q -o verify -DskipTests -Dinvoker.test=demo`. The 20,000-file set is the one verify-bench.sh generates
# (WORKDIR/../datasetkit-verify-bench/sets/many-small, or SET=...). Holds the build lock for the whole run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
before=$1
after=$2
work=${3:-/tmp/datasetkit-unchanged-bench}
runs=${4:-5}
set=${SET:-/tmp/datasetkit-verify-bench/sets/many-small}
exec 9>/tmp/datasetkit-mvn.lock
flock 9
mkdir -p "$work"
printf '<settings><mirrors><mirror><id>local-m2</id><mirrorOf>*</mirrorOf><url>file://%s/.m2/repository</url></mirror></mirrors></settings>\n' \
    "$HOME" > "$work/settings.xml"

ms() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1; echo $(( ($(date +%s%N) - s) / 1000000 )); }
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
build() { local m2=$1 dir=$2; shift 2; (cd "$dir" && mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$m2" "$@"); }

# the demo, and the demo with the set's files hard-linked in (random .dcm renamed .bin: they are not DICOM)
project() { # NAME WITH_SET
    rm -rf "${work:?}/$1"
    cp -r "$repo/it/src/it/demo" "$work/$1"
    if [ "$2" = yes ]; then
        python3 - "$set" "$work/$1/data/many-small" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
for d, _, files in os.walk(src):
    for f in files:
        target = os.path.join(dst, os.path.relpath(os.path.join(d, f), src))
        target = target[:-4] + ".bin" if target.endswith(".dcm") else target
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.link(os.path.join(d, f), target)
PY
    fi
}

whole_build() { # NAME WITH_SET
    local name=$1
    for which in before after; do
        project "$name-$which" "$2"
        local m2; [ "$which" = before ] && m2=$before || m2=$after
        build "$m2" "$work/$name-$which" verify >/dev/null
        sleep 2 # the files the first build wrote are no longer "racy" (changed within a second of being stamped)
    done
    declare -A full skip
    for _ in $(seq "$runs"); do # alternating, so both meet the same load
        for which in before after; do
            local m2; [ "$which" = before ] && m2=$before || m2=$after
            full[$which]="${full[$which]:-} $(ms build "$m2" "$work/$name-$which" verify)"
            skip[$which]="${skip[$which]:-} $(ms build "$m2" "$work/$name-$which" verify -Ddataset.skip)"
        done
    done
    for which in before after; do
        local f s; f=$(echo ${full[$which]} | median); s=$(echo ${skip[$which]} | median)
        printf '%-6s %-6s unchanged mvn verify %6d ms | -Ddataset.skip %6d ms | datasetkit %6d ms  (runs: %s / %s)\n' \
            "$name" "$which" "$f" "$s" $((f - s)) "${full[$which]}" "${skip[$which]}"
    done
}

echo "== unchanged mvn verify against Maven's floor, before / after (medians of $runs, alternating); load: $(cut -d' ' -f1-3 /proc/loadavg)"
whole_build demo no
whole_build 20k yes
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
