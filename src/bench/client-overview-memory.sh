#!/usr/bin/env bash
# Resident memory of the app with the client overview open on many client files (issue 14: ≤ 300 MB with 500).
# Needs Xvfb and xdotool (apt-get install -y xvfb xdotool); runs the app from target/classes as startup-time.sh does,
# or, with SELOSTE=target/image/seloste/bin/seloste (or an installed launcher), as packaged, with its options and archive.
# Usage: src/bench/client-overview-memory.sh [files] [runs]      (defaults: 500 files, 3 runs)
# Each run: a fresh settings folder that remembers the folder of [files] client files (copies of 8 varied ones),
# the app started on its default client file, its start-up scan (for the review reminder) waited for until the
# index names every file, then Ctrl+Shift+O opens the overview; 5 s later VmRSS and VmHWM (peak) are read from
# /proc. A run with no client folder is measured the same way, for comparison. Prints every run and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-500}
runs=${2:-3}
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "Needs Xvfb and xdotool" >&2; exit 1; }
work=$(mktemp -d)
fd_file=$(mktemp)
Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp >"$fd_file" 2>/dev/null &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null; rm -rf "$work" "$fd_file"' EXIT
for _ in $(seq 1 100); do [ -s "$fd_file" ] && break; sleep 0.05; done
display=":$(head -1 "$fd_file")"
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
classpath="target/classes:target/test-classes:$(cat target/test-cp.txt)"
# EXTRA_JAVA_OPTIONS: further options for the app (e.g. heap or collector settings to compare).
jvm_options="-XX:TieredStopAtLevel=1 -Dorg.jooq.no-logo=true ${EXTRA_JAVA_OPTIONS:-}"
# shellcheck disable=SC2086
java $jvm_options -cp "$classpath" fi.seloste.bench.ClientScanBench make "$work/clients" "$files" >/dev/null

measure() { # $1 = with|without
  local run=$work/run
  rm -rf "$run" && mkdir -p "$run/config" "$run/cache"
  if [ "$1" = with ]; then
    # shellcheck disable=SC2086
    java $jvm_options -cp "$classpath" fi.seloste.bench.ClientScanBench folders "$run/config" "$run/docs" "$work/clients"
  fi
  local dirs="-Dseloste.config.dir=$run/config -Dseloste.documents.dir=$run/docs -Dseloste.cache.dir=$run/cache"
  if [ -n "${SELOSTE:-}" ]; then
    DISPLAY=$display JAVA_TOOL_OPTIONS="$dirs ${EXTRA_JAVA_OPTIONS:-}" "$SELOSTE" >"$run/terminal.txt" 2>&1 &
  else
    # shellcheck disable=SC2086
    DISPLAY=$display java $jvm_options $dirs -cp "$classpath" fi.seloste.app.Launcher >"$run/terminal.txt" 2>&1 &
  fi
  local app=$!
  local log="$run/config/logs/seloste.0.0.log"
  for _ in $(seq 1 600); do grep -qs 'startup: client file open' "$log" && break; sleep 0.1; done
  if [ "$1" = with ]; then
    for _ in $(seq 1 1200); do
      [ "$(grep -o 'seloste.mv.db' "$run/cache/client-index.json" 2>/dev/null | wc -l)" -ge "$files" ] && break
      sleep 0.1
    done
  fi
  DISPLAY=$display xdotool search --sync --onlyvisible --name Seloste windowactivate --sync key ctrl+shift+o >/dev/null 2>&1 || true
  sleep 5
  local rss hwm
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status)
  hwm=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$app/status)
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "$rss $hwm"
}

with_rss=(); with_hwm=(); without_rss=(); without_hwm=()
for r in $(seq 1 "$runs"); do
  read -r a b < <(measure without); without_rss+=("$a"); without_hwm+=("$b")
  read -r c d < <(measure with); with_rss+=("$c"); with_hwm+=("$d")
  echo "run $r: no client folder: resident $a MB (peak $b MB); $files client files, overview open: resident $c MB (peak $d MB)"
done
echo "median of $runs: no client folder resident $(printf '%s\n' "${without_rss[@]}" | median) MB (peak $(printf '%s\n' "${without_hwm[@]}" | median) MB); \
$files files resident $(printf '%s\n' "${with_rss[@]}" | median) MB (peak $(printf '%s\n' "${with_hwm[@]}" | median) MB)"
