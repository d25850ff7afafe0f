#!/usr/bin/env bash
# Cold start of the desktop app as packaged (issue 16): the launcher of the application image that
# `./mvnw -B -DskipTests package` leaves at target/image/seloste (or another one: SELOSTE=/opt/seloste/bin/seloste),
# started as a double-click on a client file starts it, with the physiotherapy sample as that file.
# For each run: window shown, client file open and on screen (both logged by the app as epoch milliseconds, minus this
# script's launch time), and resident memory (VmRSS) 2 s after the file is open. Then a second instance on another
# file, started while the first is still open. Needs Xvfb (apt-get install -y xvfb). EXTRA_JAVA_OPTIONS="…" adds JVM
# options to compare settings (e.g. "-Xmx256m"). FILE_MILESTONE="client file open" measures a build older than the
# "client file shown" log line (before d15106f) to the file read, not yet laid out. BEFORE=/path/to/other/bin/seloste
# alternates that launcher with this one, run by run, and prints the medians of each.
# Usage: src/bench/desktop-start.sh [runs]      Prints every run and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
seloste=${SELOSTE:-target/image/seloste/bin/seloste}
milestone=${FILE_MILESTONE:-client file shown}
[ -x "$seloste" ] || { echo "No $seloste: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d)
fd_file=$work/display
Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp >"$fd_file" 2>/dev/null &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null; pkill -f "seloste.config.dir=$work" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$fd_file" ] && break; sleep 0.05; done
export DISPLAY=":$(head -1 "$fd_file")"
now_ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

JAVA_TOOL_OPTIONS="-Dseloste.config.dir=$work/config" "$seloste" import docs/samples/physiotherapy-seed.json \
    --into "$work/first.seloste.mv.db" >/dev/null 2>&1
cp "$work/first.seloste.mv.db" "$work/second.seloste.mv.db"

# Starts the launcher on a client file with its own settings folder; prints "pid shown-ms open-ms".
start_on() {
  local file=$1 config=$2 start log pid
  rm -rf "$config/logs"
  log="$config/logs/seloste.0.0.log"
  start=$(now_ms)
  JAVA_TOOL_OPTIONS="-Dseloste.config.dir=$config ${EXTRA_JAVA_OPTIONS:-}" "$seloste" "$file" >"$config.terminal" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do grep -qs "startup: $milestone" "$log" && break; sleep 0.02; done
  local shown opened
  shown=$(grep -o 'window shown at epoch-ms [0-9]*' "$log" | grep -o '[0-9]*$')
  opened=$(grep -o "$milestone at epoch-ms [0-9]*" "$log" | grep -o '[0-9]*$')
  echo "$pid $(( shown - start )) $(( opened - start ))"
}
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null || true; }

# One run of a launcher: prints "shown opened rss shown2 opened2".
run_once() {
  local pid s o r pid2 s2 o2
  read -r pid s o < <(start_on "$work/first.seloste.mv.db" "$work/config-a")
  sleep 2
  r=$(rss_mb "$pid")
  read -r pid2 s2 o2 < <(start_on "$work/second.seloste.mv.db" "$work/config-b")
  stop "$pid2"; stop "$pid"
  echo "$s $o $r $s2 $o2"
}

launchers=("$seloste")
[ -z "${BEFORE:-}" ] || launchers=("$BEFORE" "$seloste")
for launcher in "${launchers[@]}"; do
  [ -x "$launcher" ] || { echo "No $launcher" >&2; exit 1; }
done
declare -A results
for i in $(seq 1 "$runs"); do
  for launcher in "${launchers[@]}"; do
    seloste=$launcher
    read -r s o r s2 o2 < <(run_once)
    results[$launcher]+="$s $o $r $s2 $o2;"
    echo "run $i ($launcher): window shown $s ms, $milestone $o ms, ${r} MB resident; second instance: $s2 ms, $o2 ms"
  done
done
column() { tr ';' '\n' <<< "${results[$1]}" | awk -v c="$2" 'NF {print $c}'; }
for launcher in "${launchers[@]}"; do
  echo "median of $runs ($launcher): window shown $(median $(column "$launcher" 1)) ms," \
       "$milestone $(median $(column "$launcher" 2)) ms, resident $(median $(column "$launcher" 3)) MB;" \
       "second instance: window $(median $(column "$launcher" 4)) ms, file $(median $(column "$launcher" 5)) ms"
done
