#!/usr/bin/env bash
# Cold start of Seloste: from the moment this script launches the java process until (1) the main window is
# shown and (2) the client file is open and on screen. The app logs the wall-clock time of both moments
# ("startup: … at epoch-ms N"); this script subtracts its own launch time. Needs Xvfb (apt-get install -y xvfb);
# build first with ./mvnw -B -DskipTests package.
# Usage: src/bench/startup-time.sh [runs]   Prints each run and the medians in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
fd_file=$(mktemp)
Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp >"$fd_file" 2>/dev/null &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null; rm -f "$fd_file"' EXIT
for _ in $(seq 1 100); do [ -s "$fd_file" ] && break; sleep 0.05; done
display=":$(head -1 "$fd_file")"
# The JVM options the app is run with (see pom.xml, javafx-maven-plugin): C1 only, faster to start on 2 cores.
jvm_options="-XX:TieredStopAtLevel=1 -Dorg.jooq.no-logo=true"
classpath="target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -DincludeScope=runtime)"
work=$(mktemp -d)
shown=(); opened=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work" && mkdir -p "$work"
  # The first run creates the default client file; later runs reopen it, as a user's second start would.
  [ "$i" -gt 1 ] && cp -r "$work.keep/." "$work/" 2>/dev/null || true
  rm -rf "$work/config/logs"
  # The app logs to logs/ in its settings folder (not to the terminal).
  log="$work/config/logs/seloste.0.0.log"
  start=$(date +%s%3N)
  DISPLAY=$display java $jvm_options -Dseloste.config.dir="$work/config" \
      -Dseloste.documents.dir="$work/docs" -cp "$classpath" fi.seloste.app.Launcher >"$work/terminal.txt" 2>&1 &
  app=$!
  for _ in $(seq 1 300); do grep -qs 'startup: client file open' "$log" && break; sleep 0.05; done
  t_shown=$(grep -o 'window shown at epoch-ms [0-9]*' "$log" | grep -o '[0-9]*$')
  t_opened=$(grep -o 'client file open at epoch-ms [0-9]*' "$log" | grep -o '[0-9]*$')
  kill "$app"; wait "$app" 2>/dev/null || true
  [ "$i" -eq 1 ] && rm -rf "$work.keep" && cp -r "$work" "$work.keep"
  shown+=($(( t_shown - start ))); opened+=($(( t_opened - start )))
  echo "run $i: window shown ${shown[-1]} ms, client file open ${opened[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median of $runs: window shown $(median "${shown[@]}") ms, client file open $(median "${opened[@]}") ms"
echo "empty client file: $(stat -c %s "$work.keep/docs/My business.seloste.mv.db") bytes"
rm -rf "$work" "$work.keep"
