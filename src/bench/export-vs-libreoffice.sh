#!/usr/bin/env bash
# Cold `seloste export FILE --format pdf,html` against LibreOffice's cold HTML→PDF of the same notice (issue 16), in
# alternated pairs in one run, so that both meet the same machine load. Each run is a new process of each; files are
# in the page cache for both (the first pair is not thrown away: LibreOffice's profile is made before the pairs, by
# one conversion that is not counted, as a user's installation has one).
# Build the image first: ./mvnw -B -DskipTests package. Needs LibreOffice (`soffice`; apt-get install -y
# libreoffice-writer-nogui): without it the script says so and exits 0. SELOSTE=… measures another launcher.
# Usage: src/bench/export-vs-libreoffice.sh [pairs]      (default 7) Prints each pair, the medians and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
pairs=${1:-7}
seloste=${SELOSTE:-target/image/seloste/bin/seloste}
[ -x "$seloste" ] || { echo "No $seloste: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
if ! command -v soffice >/dev/null 2>&1; then
  echo "skipped: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-writer-nogui"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JAVA_TOOL_OPTIONS="-Dseloste.config.dir=$work/config"
now_ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

"$seloste" import docs/samples/physiotherapy-seed.json --into "$work/client.seloste.mv.db" 2>/dev/null
"$seloste" export "$work/client.seloste.mv.db" --format html --lang fi --out "$work/html" 2>/dev/null
html=$(ls "$work"/html/*.html | head -1)
office=(soffice "-env:UserInstallation=file://$work/office-profile" --headless --convert-to pdf)
"${office[@]}" --outdir "$work/office-first" "$html" >/dev/null 2>&1

ours=(); theirs=(); ratios=()
for p in $(seq 1 "$pairs"); do
  rm -rf "$work/out" "$work/office-out"
  start=$(now_ms)
  "$seloste" export "$work/client.seloste.mv.db" --format pdf,html --lang fi --out "$work/out" 2>/dev/null
  ms_ours=$(( $(now_ms) - start ))
  start=$(now_ms)
  "${office[@]}" --outdir "$work/office-out" "$html" >/dev/null 2>&1
  ms_theirs=$(( $(now_ms) - start ))
  ls "$work"/out/*.pdf "$work"/out/*.html "$work"/office-out/*.pdf >/dev/null \
    || { echo "pair $p: a document is missing" >&2; exit 1; }
  ratio=$(awk -v a="$ms_ours" -v b="$ms_theirs" 'BEGIN {printf "%.2f", a / b}')
  echo "pair $p: seloste export pdf,html ${ms_ours} ms, LibreOffice html→pdf ${ms_theirs} ms, ratio $ratio"
  ours+=("$ms_ours"); theirs+=("$ms_theirs"); ratios+=("$ratio")
done
echo "median of $pairs pairs: seloste $(median "${ours[@]}") ms, LibreOffice $(median "${theirs[@]}") ms," \
     "ratio (median of the pairs' ratios) $(median "${ratios[@]}"); load $(cut -d' ' -f1-3 /proc/loadavg)"
