#!/usr/bin/env bash
# The README's run command, started again: `./mvnw -o javafx:run` when nothing is to be generated or compiled,
# from the moment this script runs it until the app logs "window shown". The app's settings, log and client files
# go to a fresh folder (seloste.config.dir and seloste.documents.dir, given through JAVA_TOOL_OPTIONS, which the
# forked app inherits), so the user's own are never touched; the first run creates the default client file, the
# later ones reopen it. Needs Xvfb
# (apt-get install -y xvfb); run one build first (./mvnw -o -q compile) so that each start is a second start.
# Usage: src/bench/run-command-start.sh [runs]   Prints each run, the load average and the median in ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
fd_file=$(mktemp)
Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp >"$fd_file" 2>/dev/null &
xvfb_pid=$!
work=$(mktemp -d)
trap 'kill $xvfb_pid 2>/dev/null; rm -rf "$fd_file" "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$fd_file" ] && break; sleep 0.05; done
display=":$(head -1 "$fd_file")"
./mvnw -o -q compile >/dev/null
times=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/config/logs"
  log="$work/config/logs/seloste.0.0.log"
  start=$(date +%s%3N)
  # In its own process group, so that Maven and the app it forks are stopped together.
  DISPLAY=$display JAVA_TOOL_OPTIONS="-Dseloste.config.dir=$work/config -Dseloste.documents.dir=$work/docs" \
      setsid ./mvnw -o -q javafx:run >"$work/terminal.txt" 2>&1 &
  run=$!
  for _ in $(seq 1 1200); do grep -qs 'window shown at epoch-ms' "$log" && break; sleep 0.05; done
  t_shown=$(grep -o 'window shown at epoch-ms [0-9]*' "$log" | grep -o '[0-9]*$')
  kill -- -"$run" 2>/dev/null || true; wait "$run" 2>/dev/null || true
  times+=($(( t_shown - start )))
  echo "run $i: window shown ${times[-1]} ms (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median of $runs: window shown $(median "${times[@]}") ms"
