#!/usr/bin/env bash
# The client overview and `seloste list` on many client files (issue 14). Build first:
#   ./mvnw -B -DskipTests package      (the application image, for `seloste list` as a user starts it)
# Usage: src/bench/client-overview.sh [files] [runs]      (defaults: 500 files, 5 runs)
# 1. Makes [files] client files: copies of 8 varied ones (the physiotherapy seed and the template samples; drafts,
#    signed, changed since signed; reviews overdue, soon and later), last modified an hour ago.
# 2. In one JVM run as the app runs (C1 only): [runs] times the first scan (no index), the rescan with nothing
#    changed (index read from its file), and the refresh of one file changed through the store (ClientScanBench).
# 3. Runs `bin/seloste list DIR` [runs] times with the index the scans left (JVM start included), and once more
#    with no index (every file opened).
# Prints every run and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-500}
runs=${2:-5}
seloste=target/image/seloste/bin/seloste
[ -x "$seloste" ] || { echo "No $seloste: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
now_ms() { date +%s%3N; }

./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
classpath="target/classes:target/test-classes:$(cat target/test-cp.txt)"
java_options="-XX:TieredStopAtLevel=1 -Dorg.jooq.no-logo=true -Djava.util.logging.config.file=src/test/resources/logging.properties"
# shellcheck disable=SC2086
java $java_options -cp "$classpath" fi.seloste.bench.ClientScanBench make "$work/clients" "$files"
# shellcheck disable=SC2086
java $java_options -Dseloste.cache.dir="$work/cache" -cp "$classpath" \
    fi.seloste.bench.ClientScanBench scan "$work/clients" "$work/cache/client-index.json" "$runs"

# seloste list through the image, with the index in its settings folder (seloste.config.dir/cache).
export JAVA_TOOL_OPTIONS="-Dseloste.config.dir=$work/config"
"$seloste" list "$work/clients" >/dev/null 2>&1 || true   # builds the image's own index (its build stamp differs)
wall=()
for r in $(seq 1 "$runs"); do
  start=$(now_ms)
  "$seloste" list "$work/clients" >"$work/list.txt" 2>"$work/err.txt"
  ms=$(( $(now_ms) - start ))
  echo "list run $r: $(( $(wc -l <"$work/list.txt") - 1 )) rows, ${ms} ms wall (JVM start included)"
  wall+=("$ms")
done
rm -rf "$work/config/cache"
start=$(now_ms)
"$seloste" list "$work/clients" >/dev/null 2>&1
cold=$(( $(now_ms) - start ))
echo "list with no index (every file opened): ${cold} ms"
echo "median over $runs runs: seloste list of $files files $(printf '%s\n' "${wall[@]}" | median) ms wall-clock"
