#!/usr/bin/env bash
# Throughput and cold start of the packaged command line (issue 5). Build the image first:
#   ./mvnw -B -DskipTests package
# Usage: src/bench/cli-export.sh [files] [runs]      (defaults: 200 files, 5 runs)
# 1. Makes a folder of client files: the physiotherapy sample imported once by the image, then copied.
# 2. Runs `bin/seloste export DIR/*.seloste.mv.db --format pdf,html --lang fi` [runs] times; prints files/s as the
#    command reports it (export work only) and as wall-clock time of the whole process (JVM start included).
# 3. Runs `bin/seloste export ONE-FILE --format pdf,html --lang fi` [runs] times, each a cold process.
# Prints every run and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-200}
runs=${2:-5}
seloste=target/image/seloste/bin/seloste
[ -x "$seloste" ] || { echo "No $seloste: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JAVA_TOOL_OPTIONS="-Dseloste.config.dir=$work/config"
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
now_ms() { date +%s%3N; }

mkdir -p "$work/clients"
"$seloste" import docs/samples/physiotherapy-seed.json --into "$work/first.seloste.mv.db" 2>/dev/null
for i in $(seq -w 1 "$files"); do cp "$work/first.seloste.mv.db" "$work/clients/client-$i.seloste.mv.db"; done

reported=(); wall=()
for r in $(seq 1 "$runs"); do
  rm -rf "$work/out"
  start=$(now_ms)
  "$seloste" export "$work"/clients/*.seloste.mv.db --format pdf,html --lang fi --out "$work/out" 2>"$work/err.txt"
  ms=$(( $(now_ms) - start ))
  rate=$(grep -o '([0-9.]* files/s)' "$work/err.txt" | tr -d '(' | cut -d' ' -f1)
  wall_rate=$(awk -v n="$files" -v ms="$ms" 'BEGIN {printf "%.1f", n * 1000 / ms}')
  echo "batch run $r: $files files, $(ls "$work/out" | wc -l) documents, ${ms} ms wall ($wall_rate files/s), export $rate files/s"
  reported+=("$rate"); wall+=("$wall_rate")
done

cold=()
mkdir -p "$work/one"
for r in $(seq 1 "$runs"); do
  start=$(now_ms)
  "$seloste" export "$work/clients/client-$(printf "%0${#files}d" 1).seloste.mv.db" --format pdf,html --lang fi \
      --out "$work/one" 2>/dev/null
  ms=$(( $(now_ms) - start ))
  echo "cold start run $r: ${ms} ms"
  cold+=("$ms")
done
echo "median over $runs runs: batch $(printf '%s\n' "${wall[@]}" | median) files/s wall-clock," \
     "$(printf '%s\n' "${reported[@]}" | median) files/s export; cold start of one export $(printf '%s\n' "${cold[@]}" | median) ms"
