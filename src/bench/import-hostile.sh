#!/usr/bin/env bash
# Time and peak memory of `seloste import` on the worst inputs of the 2026-12-02 reliability probe (issue 17,
# points 7 and 9): a 16 MB file with 3,000 registers, 1,000,000 ints as `registers`, 1,000,000 `languages`,
# 300,000 repeated security measures, 100,000 unknown properties, /dev/zero, /dev/urandom and 70 MB on standard
# input. Each import runs as its own process under /usr/bin/time (wall-clock seconds and peak resident memory).
# Needs python3 to make the inputs.
# Usage: src/bench/import-hostile.sh [case ...]        (default: every case)
# Runs the image (target/image/seloste/bin/seloste, ./mvnw -B -DskipTests package) when it is there, otherwise
# java with target/classes (or the folder in $SELOSTE_CLASSES, e.g. a copy of an older build's) and the runtime
# class path (./mvnw -o -q compile first), with the image's JVM options. CPU time (user + system) is printed beside
# the wall-clock time: on a busy machine it says more.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${SELOSTE_CLASSES:-}" ] && [ -x target/image/seloste/bin/seloste ]; then
  seloste=(target/image/seloste/bin/seloste)
else
  classpath="${SELOSTE_CLASSES:-target/classes}:$(./mvnw -o -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -DincludeScope=runtime)"
  seloste=(java -XX:TieredStopAtLevel=1 -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "$classpath"
           fi.seloste.cli.SelosteCli)
fi
export JAVA_TOOL_OPTIONS="-Dseloste.config.dir=$work/config"
export XDG_CONFIG_HOME="$work/config"

python3 - "$work" <<'EOF'
import json, sys, copy
work = sys.argv[1]
seed = json.load(open('docs/samples/physiotherapy-seed.json', encoding='utf-8'))
def write(name, document):
    with open(f'{work}/{name}.json', 'w', encoding='utf-8') as f:
        json.dump(document, f, ensure_ascii=False)
register = copy.deepcopy(seed['notice']['registers'][0])
for name in ('purposes', 'systems', 'retention', 'dataCategories', 'sources', 'dataSubjects'):
    register[name] = register[name][:1]   # about 6.7 KB a register: 3,000 make 20 MB (16 MB in the probe)
many = copy.deepcopy(seed); many['signOffs'] = []
many['notice']['registers'] = [dict(copy.deepcopy(register), id=i + 1) for i in range(3000)]
write('registers-3000', many)
ints = copy.deepcopy(seed); ints['signOffs'] = []; ints['notice']['registers'] = [0] * 1_000_000
write('registers-1M-ints', ints)
languages = copy.deepcopy(seed); languages['signOffs'] = []; languages['notice']['settings']['languages'] = ['XX'] * 1_000_000
write('languages-1M', languages)
measures = copy.deepcopy(seed); measures['signOffs'] = []
measures['notice']['registers'][0]['security']['measures'] = ['BACKUPS'] * 300_000
write('measures-300000-dups', measures)
unknown = copy.deepcopy(seed); unknown['signOffs'] = []
unknown['notice']['controller'].update({f'x{i}': i for i in range(100_000)})
write('unknown-100k-props', unknown)
with open(f'{work}/stdin-70mb.json', 'wb') as f:
    f.write(b'[' + b'0,' * (35 * 1024 * 1024) + b'0]')
EOF

run() {
  local name=$1 source=$2 stdin=${3:-/dev/null}
  rm -rf "$work/into" && mkdir -p "$work/into"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "${seloste[@]}" import "$source" --into "$work/into/t" \
      <"$stdin" >/dev/null 2>"$work/err.txt" && code=0 || code=$?
  read -r seconds user system kb < <(tail -n 1 "$work/time.txt")
  sed -i '/^Picked up JAVA_TOOL_OPTIONS/d' "$work/err.txt"
  printf '%-22s exit %s  %6.1f s (CPU %6.1f s)  %6d MB  %8d lines on stderr  %s\n' "$name" "$code" "$seconds" \
      "$(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')" $((kb / 1024)) \
      "$(wc -l <"$work/err.txt")" "$(head -c 110 "$work/err.txt" | tr '\n' '|')"
}

cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(registers-3000 registers-1M-ints languages-1M measures-300000-dups unknown-100k-props
                                   dev-zero dev-urandom stdin-70mb)
for c in "${cases[@]}"; do
  case $c in
    dev-zero) run "$c" /dev/zero ;;
    dev-urandom) run "$c" /dev/urandom ;;
    stdin-70mb) run "$c" - "$work/stdin-70mb.json" ;;
    *) run "$c" "$work/$c.json" ;;
  esac
done
