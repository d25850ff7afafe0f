#!/usr/bin/env bash
# The reliability probe of 2026-12-02 (issue 17), repeatable: a representative subset of its cases per probe group,
# run against a built launcher as a user runs it, each command its own process. Prints a table per probe group
# (tried / handled well / handled badly) and every badly handled case, and writes both to WORK/report.md.
#
#   src/bench/reliability-probe.sh target/image/seloste/bin/seloste [WORK_DIR]
#
# "Handled well" is the probe report's definition: the documented exit code (0 done, 1 validate found an error,
# 3 a file failed; never 4 or a crash), a message that names the real problem (never "check that the disk" unless it
# is the disk), no stack trace on the terminal, the input's sha256 unchanged, no half-written file under a final
# name, and on success what is read back equals what was written.
#
# Groups: 1 bad client files (a kinds, b cuts, c damage in the middle, d flips of stored text, e cuts of a closed
# file with 300 edits, f cuts after a killed writer), 2 kill -9 of import and batch export, 3 concurrency, 4 hostile
# JSON, 5d terminal escapes, 6 file names through --into, 7 fuzz over schema-valid notices. Environment: FUZZ (number
# of fuzz notices, default 150), FUZZ_PDF (how many of them also get PDF and HTML, default 40), KILLS (import kill
# runs per kind, default 10), SEED (default 1). Needs bash, python3 and a JDK 17 `java` (it runs small helpers from
# this repository as single source files against the image's own jars: the app's store writes the edited files).
# ONLY="1a 4" runs some groups; KEEP_RESULTS=1 adds to WORK_DIR/results.tsv instead of starting it anew;
# REPORT_ONLY=1 only prints the tables of WORK_DIR/results.tsv again.
# About 10-15 minutes on a quiet 2-core machine.
set -u

if [[ $# -lt 1 || ! -x "$1" ]]; then
    echo "usage: $0 PATH/TO/bin/seloste [WORK_DIR]" >&2
    exit 2
fi
S=$(readlink -f "$1")
IMAGE=$(cd "$(dirname "$S")/.." && pwd)
APP="$IMAGE/lib/app/*"
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mkdir -p "${2:-$(mktemp -d /tmp/seloste-probe.XXXXXX)}" && cd "${2:-$_}" && pwd)
JAVA=${JAVA:-java}
FUZZ=${FUZZ:-150}
FUZZ_PDF=${FUZZ_PDF:-40}
KILLS=${KILLS:-10}
ONLY=${ONLY:-1a 1b 1c 1d 1e 2 3 4 5 6 7}
SEED=${SEED:-1}
RANDOM=$SEED
PY="python3 $REPO/src/bench/reliability_probe_inputs.py"
SEED_JSON="$REPO/docs/samples/physiotherapy-seed.json"
HELPERS="$REPO/src/test/java/fi/seloste/testing"
RESULTS="$WORK/results.tsv"
export XDG_CONFIG_HOME="$WORK/config" LC_ALL=C.UTF-8 LANG=C.UTF-8
unset JAVA_TOOL_OPTIONS
[[ ${KEEP_RESULTS:-0} == 1 || ${REPORT_ONLY:-0} == 1 ]] || : >"$RESULTS"
mkdir -p "$WORK/runs"
STARTED=$(date +%s)

# The tables, from WORK/results.tsv (REPORT_ONLY=1 prints them again from an earlier run's, without running anything).
report() {
    ELAPSED=$(($(date +%s) - STARTED))
    {
        echo "# Reliability probe: $(first_line "$WORK/runs/1-version.out")"
        echo
        echo "Launcher: \`$S\`; seed $SEED; $FUZZ fuzz notices ($FUZZ_PDF with PDF and HTML); $KILLS kill runs per import kind;"
        echo "run on $(date -u +%Y-%m-%d) in $((ELAPSED / 60)) min $((ELAPSED % 60)) s ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))."
        echo "Made by \`src/bench/reliability-probe.sh\`; \"handled well\" as the probe report defines it (see the script's header)."
        echo
        echo "| # | probe | tried | handled well | handled badly |"
        echo "| --- | --- | ---: | ---: | ---: |"
        declare -A TITLE=([1a]="bad client files: kinds (4 commands each)" [1b]="cuts of a fresh file" [1c]="damage in the middle"
            [1d]="one bit flipped in stored owner text" [1e]="cuts at every 4 KiB of a closed file with 300 edits"
            [1f]="cuts of the same after its writer was killed (every 16th block + the last 8)"
            [2a]="kill -9 of import (new target, --replace)" [2b]="kill -9 of a batch export"
            [3]="concurrency" [4]="hostile JSON import" [5d]="terminal escapes in list and validate"
            [6]="file names through --into" [7]="fuzz: schema-valid notices")
        total_t=0 total_w=0 total_b=0
        for g in 1a 1b 1c 1d 1e 1f 2a 2b 3 4 5d 6 7; do
            t=$(awk -F'\t' -v g="$g" '$1==g' "$RESULTS" | wc -l)
            w=$(awk -F'\t' -v g="$g" '$1==g && $3=="well"' "$RESULTS" | wc -l)
            b=$((t - w))
            total_t=$((total_t + t)) total_w=$((total_w + w)) total_b=$((total_b + b))
            echo "| $g | ${TITLE[$g]} | $t | $w | $b |"
        done
        echo "| | **all** | **$total_t** | **$total_w** | **$total_b** |"
        echo
        echo "Kills in group 2: $(grep -cP '^2[ab]\t[^\t]*killed after' "$RESULTS")."
        echo
        echo "## Handled badly"
        echo
        echo "| # | case | what happened |"
        echo "| --- | --- | --- |"
        awk -F'\t' '$3=="bad" { gsub(/\|/, "\\|", $4); gsub(/\|/, "\\|", $2); printf "| %s | %s | %s |\n", $1, $2, $4 }' "$RESULTS"
    } | tee "$WORK/report.md"
}

note() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# verdict GROUP CASE well|bad DETAIL
verdict() {
    local detail=${4//$'\t'/ }
    detail=${detail//$'\n'/ | }
    printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${detail:0:400}" >>"$RESULTS"
}

# run NAME TIMEOUT_SECONDS COMMAND... : sets RC, OUT, ERR (files), SECS, MB (peak memory)
RUN_N=0
run() {
    local name=$1 limit=$2
    shift 2
    RUN_N=$((RUN_N + 1))
    local base="$WORK/runs/$RUN_N-${name//[^A-Za-z0-9._-]/_}"
    OUT="$base.out"
    ERR="$base.err"
    local start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$base.mem" timeout -s KILL "$limit" "$@" >"$OUT" 2>"$ERR" </dev/null
    RC=$?
    SECS=$(( ($(date +%s%N) - start) / 1000000 ))
    SECS=$(printf '%d.%01d' $((SECS / 1000)) $(((SECS % 1000) / 100)))
    MB=$(( $(tail -n 1 "$base.mem" 2>/dev/null | grep -E '^[0-9]+$' || echo 0) / 1024 ))
    # timeout -s KILL gives 137; /usr/bin/time reports a killed child as 128+signal too
}

stack_trace() { grep -qE $'\tat |Exception in thread|OutOfMemoryError|^Caused by:' "$@" 2>/dev/null; }
blames_disk() { grep -q 'check that the disk' "$@" 2>/dev/null; }
sha() { sha256sum "$1" 2>/dev/null | cut -c1-64; }
first_line() { grep -v '^Picked up' "$1" | head -n 1 | cut -c1-200; }
raw_controls() { LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]' "$@" 2>/dev/null; }

# ---------------------------------------------------------------------------------------------------------------
if [[ ${REPORT_ONLY:-0} == 1 ]]; then
    report
    exit 0
fi
note "work folder $WORK; launcher $S"
run version 60 "$S" --version
note "$(cat "$OUT")"

GOOD_DIR="$WORK/good"
mkdir -p "$GOOD_DIR"
run import-good 120 "$S" import "$SEED_JSON" --into "$GOOD_DIR/x"
GOOD="$GOOD_DIR/x.seloste.mv.db"
if [[ $RC -ne 0 ]]; then
    echo "The seed does not import; cannot probe: $(cat "$ERR")" >&2
    exit 1
fi
run export-json-good 120 "$S" export-json "$GOOD"
EXPECTED="$WORK/expected.json"
cp "$OUT" "$EXPECTED"
# The same client as it was before: what an import --replace replaces, and what earlier exports were made from.
$PY variant "$SEED_JSON" "$WORK/old-variant.json" "Flowest (vanha)"
run old-variant 120 "$S" import "$WORK/old-variant.json" --into "$WORK/old"
OLD_BYTES="$WORK/old.seloste.mv.db"

want() { [[ " $ONLY " == *" $1 "* ]]; }

# Five client files, their exports as they were a year ago, and a clean export of them now (groups 2 and 3).
EXP="$WORK/g2-export"
names=()
setup_exports() {
    [[ ${#names[@]} -gt 0 ]] && return
    mkdir -p "$EXP/clients" "$EXP/old-clients"
    for n in Fysio Kauneus Hieroja Kampaamo Kuntosali; do
        cp "$GOOD" "$EXP/clients/$n.seloste.mv.db"
        cp "$OLD_BYTES" "$EXP/old-clients/$n.seloste.mv.db"
        names+=("$EXP/clients/$n.seloste.mv.db")
    done
    run earlier-exports 600 "$S" export "$EXP"/old-clients/*.seloste.mv.db --out "$EXP/earlier" --format pdf,html,fragment --lang fi,sv,en
    run reference-export 600 "$S" export "${names[@]}" --out "$EXP/reference" --format pdf,html,fragment --lang fi,sv,en
    T_EXPORT=${SECS%.*}
    [[ $T_EXPORT -lt 1 ]] && T_EXPORT=1
}

# ---------------------------------------------------------------------------------------------------------------
# Group 1a: kinds of bad files, four commands each.
if want 1a; then
note "1a bad client files"
G1="$WORK/g1a"
mkdir -p "$G1"
H2JAR=$(ls "$IMAGE"/lib/app/h2-*.jar | head -n 1)
h2() { "$JAVA" -cp "$H2JAR" org.h2.tools.Shell "$@" >/dev/null 2>&1; }

make_kind() { # case → prints the file path to try
    local c=$1 d="$G1/$1"
    mkdir -p "$d"
    local f="$d/x.seloste.mv.db"
    case $c in
        empty) : >"$f" ;;
        text) echo "Muistiinpanoja asiakkaasta" >"$f" ;;
        zip) cp "$(ls "$IMAGE"/lib/app/picocli-*.jar | head -n 1)" "$f" ;;
        random-128k) head -c 131072 /dev/urandom >"$f" ;;
        trailing-garbage) cp "$GOOD" "$f"; head -c 100 /dev/urandom >>"$f" ;;
        trailing-zeros-4k) cp "$GOOD" "$f"; head -c 4096 /dev/zero >>"$f" ;;
        h2-header-then-random) head -c 4096 "$GOOD" >"$f"; head -c 65536 /dev/urandom >>"$f" ;;
        h2-foreign) h2 -url "jdbc:h2:file:$d/x.seloste" -user sa -password "" \
            -sql "create table customers (id int primary key, name varchar); insert into customers values (1, 'Matti')" ;;
        h2-password) h2 -url "jdbc:h2:file:$d/x.seloste" -user app -password pw -sql "create table t (id int)" ;;
        newer-format) cp "$GOOD" "$f"; h2 -url "jdbc:h2:file:$d/x.seloste;IFEXISTS=TRUE" -user sa -password "" \
            -sql "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") values (99, '99', 'future', 'SQL', 'V99__future.sql', 'sa', 1, true)" ;;
        no-controller-table) cp "$GOOD" "$f"; h2 -url "jdbc:h2:file:$d/x.seloste;IFEXISTS=TRUE" -user sa -password "" \
            -sql "drop table controller cascade" ;;
        directory) mkdir -p "$f" ;;
        symlink-etc-passwd) ln -s /etc/passwd "$f" ;;
        symlink-dev-zero) ln -s /dev/zero "$f" ;;
        symlink-dangling) ln -s "$d/nowhere.seloste.mv.db" "$f" ;;
        symlink-to-good) mkdir -p "$G1/link-target"; cp "$GOOD" "$G1/link-target/real.seloste.mv.db"
            ln -s "$G1/link-target/real.seloste.mv.db" "$f" ;;
        fifo) mkfifo "$f" ;;
        readonly-good) cp "$GOOD" "$f"; chmod 444 "$f" ;;
        rofolder-good) cp "$GOOD" "$f"; chmod 555 "$d" ;;
        uppercase-ext) f="$d/X.SELOSTE.MV.DB"; cp "$GOOD" "$f" ;;
        semicolon-name) f="$d/x;y.seloste.mv.db"; cp "$GOOD" "$f" ;;
        no-mvdb-suffix) f="$d/x.seloste"; cp "$GOOD" "$f" ;;
        missing) ;;
        locked) cp "$GOOD" "$f" ;;
        control-good) cp "$GOOD" "$f" ;;
    esac
    echo "$f"
}

# Per kind: a good file that must open (open), one that may open or be refused (maybe), or one that must be refused
# (refuse) with a message matching MSG; ANTI is a message that would be misleading for it.
declare -A MSG=(
    [empty]='damaged or cut short' [text]='not a Seloste client file|damaged' [zip]='not a Seloste client file|damaged'
    [random-128k]='not a Seloste client file|damaged' [trailing-garbage]='damaged or cut short'
    [trailing-zeros-4k]='damaged or cut short' [h2-header-then-random]='damaged or cut short'
    [h2-foreign]='not a Seloste client file' [h2-password]='not a Seloste client file' [newer-format]='newer Seloste'
    [no-controller-table]='damaged|not a Seloste client file' [directory]='no client file at'
    [symlink-etc-passwd]='not a Seloste client file|no client file at' [symlink-dev-zero]='no client file at|not a Seloste'
    [symlink-dangling]='no client file at' [symlink-to-good]=open [fifo]='no client file at|not a Seloste'
    [readonly-good]=open [rofolder-good]=open [uppercase-ext]=maybe [semicolon-name]=maybe
    [no-mvdb-suffix]='not a Seloste client file|\.seloste\.mv\.db' [missing]='no client file at' [locked]='is open in Seloste'
    [control-good]=open)
declare -A ANTI=([uppercase-ext]='no client file at' [semicolon-name]='must end in \.seloste\.mv\.db')

for c in empty text zip random-128k trailing-garbage trailing-zeros-4k h2-header-then-random h2-foreign h2-password \
    newer-format no-controller-table directory symlink-etc-passwd symlink-dev-zero symlink-dangling symlink-to-good \
    fifo readonly-good rofolder-good uppercase-ext semicolon-name no-mvdb-suffix missing locked control-good; do
    f=$(make_kind "$c")
    [[ $c == missing ]] && f="$G1/missing/x.seloste.mv.db"
    holder=""
    if [[ $c == locked ]]; then
        "$JAVA" -cp "$APP" "$HELPERS/HoldClientFileOpen.java" "$f" >"$WORK/holder.out" 2>&1 &
        holder=$!
        for _ in $(seq 1 120); do grep -q '^open ' "$WORK/holder.out" && break; sleep 0.5; done
    fi
    before=$([[ -f $f && ! -p $f ]] && sha "$f" || echo none)
    out="$WORK/g1a-out/$c"
    problems=""
    codes=""
    expect=${MSG[$c]}
    anti=${ANTI[$c]:-check that the disk}
    for cmd in export validate list export-json; do
        case $cmd in
            export) run "1a-$c-$cmd" 60 "$S" export "$f" --out "$out" --format pdf,html --lang fi ;;
            validate) run "1a-$c-$cmd" 60 "$S" validate "$f" ;;
            list) run "1a-$c-$cmd" 60 "$S" list "$(dirname "$f")" ;;
            export-json) run "1a-$c-$cmd" 60 "$S" export-json "$f" ;;
        esac
        codes+="$RC/"
        stack_trace "$OUT" "$ERR" && problems+="$cmd: stack trace; "
        [[ $RC -eq 4 || $RC -ge 124 ]] && problems+="$cmd: exit $RC; "
        blames_disk "$ERR" && problems+="$cmd blames the disk: $(first_line "$ERR"); "
        grep -qE "$anti" "$ERR" && problems+="$cmd says: $(first_line "$ERR"); "
        opened=no
        case $cmd in
            export) [[ $RC -eq 0 ]] && opened=yes ;;
            validate) [[ $RC -le 1 ]] && opened=yes ;;
            list) ! grep -qE 'cannot be read|No client files' "$OUT" "$ERR" && [[ $RC -eq 0 ]] && opened=yes ;;
            export-json) [[ $RC -eq 0 ]] && opened=yes ;;
        esac
        if [[ $expect == open && $opened == no ]]; then
            problems+="$cmd did not open a good file: $(first_line "$ERR"); "
        elif [[ $opened == yes && $cmd == export-json ]]; then
            $PY same "$EXPECTED" "$OUT" >/dev/null || problems+="export-json differs from the good file's; "
        elif [[ $opened == yes && $expect != open && $expect != maybe ]]; then
            [[ $cmd == list ]] || problems+="$cmd opened a bad file (exit $RC); "
        elif [[ $opened == no && $expect != open && $expect != maybe && $cmd != list ]]; then
            [[ $RC -eq 3 ]] || problems+="$cmd exit $RC; "
            grep -qE "$expect" "$ERR" || problems+="$cmd says: $(first_line "$ERR"); "
        fi
    done
    after=$([[ -f $f && ! -p $f ]] && sha "$f" || echo none)
    [[ $before == "$after" ]] || problems+="the file changed; "
    baks=$(find "$(dirname "$f")" -maxdepth 1 -name '*.bak' | wc -l)
    [[ $baks -le 1 ]] || problems+="$baks backup copies left; "
    [[ -n $holder ]] && kill "$holder" 2>/dev/null && wait "$holder" 2>/dev/null
    [[ $c == rofolder-good ]] && chmod 755 "$G1/$c"
    if [[ -z $problems ]]; then verdict 1a "$c" well "exit codes ${codes%/}"; else verdict 1a "$c" bad "exit codes ${codes%/}: $problems"; fi
done
fi

# Groups 1b-1f: damaged copies, tried in one batch export each (--format json): each file is refused as damaged
# (or not a client file), or exported with exactly the content of the undamaged file.
# batch_damaged GROUP FOLDER EXPECTED_JSON
batch_damaged() {
    local group=$1 folder=$2 expected=$3 out="$WORK/$1-out"
    declare -A before=()
    local files=()
    for f in "$folder"/*.seloste.mv.db; do
        files+=("$f")
        before[$f]=$(sha "$f")
    done
    run "$group-batch" 600 "$S" export "${files[@]}" --out "$out" --format json
    local batch_rc=$RC
    local trace=no
    stack_trace "$OUT" "$ERR" && trace=yes
    for f in "${files[@]}"; do
        local name
        name=$(basename "$f" .seloste.mv.db)
        local line
        line=$(grep -F "] $name: " "$ERR" | head -n 1)
        local problems=""
        [[ $(sha "$f") == "${before[$f]}" ]] || problems+="the file changed; "
        [[ $trace == yes ]] && problems+="stack trace in the batch; "
        [[ $batch_rc -eq 4 || $batch_rc -ge 124 ]] && problems+="batch exit $batch_rc; "
        if [[ $line == *FAILED* ]]; then
            if [[ $line == *'check that the disk'* ]]; then
                problems+="blames the disk: ${line#*FAILED, skipped. }; "
            elif ! [[ $line =~ damaged|not\ a\ Seloste\ client\ file ]]; then
                problems+="says: ${line#*FAILED, skipped. }; "
            fi
            [[ -e "$out/$name.json" ]] && problems+="wrote a JSON although it failed; "
            [[ -z $problems ]] && verdict "$group" "$name" well "refused: ${line#*FAILED, skipped. }"
        elif [[ -n $line ]]; then
            local diff
            if diff=$($PY same "$expected" "$out/$name.json" 2>&1); then
                [[ -z $problems ]] && verdict "$group" "$name" well "opened with the whole file's content"
            else
                problems+="opened without a word, and its content differs from the whole file's: $diff; "
            fi
        else
            problems+="no result line; "
        fi
        [[ -n $problems ]] && verdict "$group" "$name" bad "$problems"
    done
}

if want 1b; then
note "1b cuts of a fresh file"
G="$WORK/g1b"
mkdir -p "$G"
SIZE=$(stat -c %s "$GOOD")
for off in 1 3 4 100 511 512 4095 4096 4097 8191 8192 8193 12288 16384 20000 32768 65536 65537 \
    $((SIZE - 4096)) $((SIZE - 129)) $((SIZE - 128)) $((SIZE - 1)); do
    [[ $off -lt $SIZE && $off -gt 0 ]] && head -c "$off" "$GOOD" >"$G/trunc-$off.seloste.mv.db"
done
cp "$GOOD" "$G/both-headers-zeroed.seloste.mv.db"
dd if=/dev/zero of="$G/both-headers-zeroed.seloste.mv.db" bs=4096 count=2 conv=notrunc status=none
batch_damaged 1b "$G" "$EXPECTED"
fi

if want 1c; then
note "1c damage in the middle"
G="$WORK/g1c"
mkdir -p "$G"
flip() { # FILE OFFSET [XOR]
    local b
    b=$(od -An -tu1 -j "$2" -N1 "$1" | tr -d ' ')
    printf "$(printf '\\x%02x' $(((b ^ ${3:-1}) & 255)))" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}
for i in $(seq 1 12); do
    off=$((8192 + (RANDOM * 32768 + RANDOM) % (SIZE - 8192 - 128)))
    cp "$GOOD" "$G/flip1-$off.seloste.mv.db"
    flip "$G/flip1-$off.seloste.mv.db" "$off" $((1 << (RANDOM % 8)))
done
for i in 1 2 3 4; do
    off=$((8192 + (RANDOM * 32768 + RANDOM) % (SIZE - 8192 - 128)))
    cp "$GOOD" "$G/rand16-$off.seloste.mv.db"
    head -c 16 /dev/urandom | dd of="$G/rand16-$off.seloste.mv.db" bs=1 seek="$off" conv=notrunc status=none
done
BLOCKS=$((SIZE / 4096))
for i in 1 2; do
    blk=$((2 + RANDOM % (BLOCKS - 2)))
    cp "$GOOD" "$G/zero4k-blk$blk.seloste.mv.db"
    dd if=/dev/zero of="$G/zero4k-blk$blk.seloste.mv.db" bs=4096 seek="$blk" count=1 conv=notrunc status=none
    blk=$((2 + RANDOM % (BLOCKS - 2)))
    cp "$GOOD" "$G/rand4k-blk$blk.seloste.mv.db"
    head -c 4096 /dev/urandom | dd of="$G/rand4k-blk$blk.seloste.mv.db" bs=4096 seek="$blk" count=1 conv=notrunc status=none
done
cp "$GOOD" "$G/flip-hdr1.seloste.mv.db"; flip "$G/flip-hdr1.seloste.mv.db" 20
cp "$GOOD" "$G/flip-hdr2.seloste.mv.db"; flip "$G/flip-hdr2.seloste.mv.db" $((4096 + 20))
cp "$GOOD" "$G/flip-footer.seloste.mv.db"; flip "$G/flip-footer.seloste.mv.db" $((SIZE - 100))
cp "$GOOD" "$G/hdr1-eq-hdr2.seloste.mv.db"
dd if="$GOOD" of="$G/hdr1-eq-hdr2.seloste.mv.db" bs=4096 count=1 seek=1 conv=notrunc status=none
batch_damaged 1c "$G" "$EXPECTED"
fi

if want 1d; then
note "1d one bit flipped in every stored copy of owner text"
G="$WORK/g1d"
mkdir -p "$G"
for word in Flowest "Veera W" 3015969-6 potilaskirjaukset; do
    for off in $(LC_ALL=C grep -obUaF "$word" "$GOOD" | cut -d: -f1); do
        name="textflip-${word// /_}-$off"
        cp "$GOOD" "$G/$name.seloste.mv.db"
        flip "$G/$name.seloste.mv.db" $((off + 1))
    done
done
batch_damaged 1d "$G" "$EXPECTED"
fi

if want 1e; then
note "1e/1f a file with 300 edits made by the app's store: closed cleanly, and its writer killed"
G="$WORK/g1e"
mkdir -p "$G" "$WORK/history"
cp "$GOOD" "$WORK/history/closed.seloste.mv.db"
run edit-300-closed 900 "$JAVA" -cp "$APP" "$HELPERS/EditUntilKilled.java" "$WORK/history/closed.seloste.mv.db" 300
if grep -q '^closed' "$OUT"; then
    run export-json-closed 120 "$S" export-json "$WORK/history/closed.seloste.mv.db"
    cp "$OUT" "$WORK/closed.json"
    CLOSED=$(stat -c %s "$WORK/history/closed.seloste.mv.db")
    for ((off = 4096; off < CLOSED; off += 4096)); do
        head -c "$off" "$WORK/history/closed.seloste.mv.db" >"$G/closed-cut-$off.seloste.mv.db"
    done
    batch_damaged 1e "$G" "$WORK/closed.json"
else
    verdict 1e writer bad "the store's writer did not finish: $(first_line "$ERR")"
fi

G="$WORK/g1f"
mkdir -p "$G"
cp "$GOOD" "$WORK/history/killed.seloste.mv.db"
"$JAVA" -cp "$APP" "$HELPERS/EditUntilKilled.java" "$WORK/history/killed.seloste.mv.db" >"$WORK/killed-writer.out" 2>&1 &
writer=$!
for _ in $(seq 1 1800); do grep -q '^saved 300$' "$WORK/killed-writer.out" && break; sleep 0.5; done
kill -9 "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
KILLED="$WORK/history/killed.seloste.mv.db"
KSIZE=$(stat -c %s "$KILLED")
note "killed writer after $(grep -c '^saved' "$WORK/killed-writer.out") edits, file $KSIZE bytes"
cp "$KILLED" "$WORK/history/killed-copy.seloste.mv.db"
run export-json-killed 120 "$S" export-json "$WORK/history/killed-copy.seloste.mv.db"
cp "$OUT" "$WORK/killed.json"
KBLOCKS=$((KSIZE / 4096))
for ((blk = 16; blk < KBLOCKS; blk += 16)); do
    head -c $((blk * 4096)) "$KILLED" >"$G/killed-cut-$((blk * 4096)).seloste.mv.db"
done
for blk in $(seq $((KBLOCKS - 8)) $((KBLOCKS - 1))); do
    head -c $((blk * 4096)) "$KILLED" >"$G/killed-cut-$((blk * 4096)).seloste.mv.db"
done
batch_damaged 1f "$G" "$WORK/killed.json"
fi

# ---------------------------------------------------------------------------------------------------------------
# Group 2: kill -9 at random moments.
if want 2; then
note "2 kills"
G="$WORK/g2"
mkdir -p "$G/new" "$G/replace"
cp "$GOOD" "$G/new/Muu asiakas.seloste.mv.db"
cp "$GOOD" "$G/replace/Muu asiakas.seloste.mv.db"
OTHER_SHA=$(sha "$GOOD")
run clean-import 120 "$S" import "$SEED_JSON" --into "$G/clean"
T_IMPORT=${SECS%.*}
[[ $T_IMPORT -lt 1 ]] && T_IMPORT=1

# kill_after MILLIS COMMAND... : starts it, kills it after the delay unless it ended; sets KILLED=yes|no and RC
kill_after() {
    local ms=$1
    shift
    "$@" >"$WORK/kill.out" 2>"$WORK/kill.err" </dev/null &
    local pid=$!
    local waited=0
    while ((waited < ms)) && kill -0 "$pid" 2>/dev/null; do sleep 0.05; waited=$((waited + 50)); done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null
        KILLED=yes
    else
        KILLED=no
    fi
    wait "$pid" 2>/dev/null
    RC=$?
}

check_folder() { # FOLDER TARGET_NAME → problems on stdout
    local folder=$1 target=$2
    for entry in "$folder"/* "$folder"/.[!.]*; do
        [[ -e $entry ]] || continue
        local n
        n=$(basename "$entry")
        case $n in
            "$target" | "Muu asiakas.seloste.mv.db") ;;
            "$target".before-import-*.bak) cmp -s "$entry" "$OLD_BYTES" || echo "a backup that is not the old file: $n; " ;;
            .import-*.seloste.mv.db | .import-*.seloste.trace.db | .*.tmp) ;;
            *) echo "an unexpected file under a final name: $n; " ;;
        esac
    done
    [[ $(sha "$folder/Muu asiakas.seloste.mv.db") == "$OTHER_SHA" ]] || echo "another client file changed; "
    run list-after-kill 60 "$S" list "$folder"
    grep -qE 'import-|\.tmp' "$OUT" && echo "list shows a leftover; "
    [[ $RC -eq 0 ]] || echo "list exit $RC: $(first_line "$ERR"); "
}

kills=0
for mode in new replace; do
    for i in $(seq 1 "$KILLS"); do
        folder="$G/$mode"
        target="Fysio.seloste.mv.db"
        rm -f "$folder/$target" "$folder/$target".before-import-*.bak
        args=("$S" import "$SEED_JSON" --into "$folder/Fysio")
        if [[ $mode == replace ]]; then
            cp "$OLD_BYTES" "$folder/$target"
            args+=(--replace)
        fi
        ms=$((300 + RANDOM % (T_IMPORT * 1050)))
        kill_after "$ms" "${args[@]}"
        krc=$RC
        [[ $KILLED == yes ]] && kills=$((kills + 1))
        problems=$(check_folder "$folder" "$target")
        if [[ -e "$folder/$target" ]]; then
            if ! cmp -s "$folder/$target" "$OLD_BYTES"; then
                run export-json-after-kill 60 "$S" export-json "$folder/$target"
                [[ $RC -eq 0 ]] && cmp -s "$OUT" "$EXPECTED" || problems+="the target is neither the old file nor the whole new one; "
            fi
        elif [[ $mode == replace ]]; then
            problems+="the replaced file disappeared; "
        fi
        if [[ $KILLED == no ]]; then
            [[ $krc -eq 0 ]] || problems+="ended by itself with exit $krc; "
            stack_trace "$WORK/kill.err" && problems+="stack trace; "
        fi
        what="import $mode, $( [[ $KILLED == yes ]] && echo "killed after $ms ms" || echo "ended by itself" )"
        if [[ -z $problems ]]; then verdict 2a "$what #$i" well ""; else verdict 2a "$what #$i" bad "$problems"; fi
    done
done

# batch export killed
setup_exports
declare -A SRC_SHA=()
for f in "${names[@]}"; do SRC_SHA[$f]=$(sha "$f"); done
for i in $(seq 1 6); do
    out="$EXP/out-$i"
    rm -rf "$out"
    mkdir -p "$out"
    prefilled=$((i % 3 != 0))
    ((prefilled)) && cp "$EXP"/earlier/* "$out/"
    ms=$((500 + RANDOM % (T_EXPORT * 1000)))
    kill_after "$ms" "$S" export "${names[@]}" --out "$out" --format pdf,html,fragment --lang fi,sv,en
    problems=""
    for entry in "$out"/* "$out"/.[!.]*; do
        [[ -e $entry ]] || continue
        n=$(basename "$entry")
        case $n in
            .*.tmp) continue ;;
            .*) problems+="a hidden file $n; "; continue ;;
        esac
        if cmp -s "$entry" "$EXP/reference/$n"; then continue; fi
        if ((prefilled)) && cmp -s "$entry" "$EXP/earlier/$n"; then continue; fi
        problems+="$n is neither as it was nor whole; "
    done
    if ((prefilled)); then
        for e in "$EXP"/earlier/*; do [[ -e "$out/$(basename "$e")" ]] || problems+="$(basename "$e") disappeared; "; done
    fi
    for f in "${names[@]}"; do [[ $(sha "$f") == "${SRC_SHA[$f]}" ]] || problems+="$(basename "$f") changed; "; done
    [[ $KILLED == yes ]] && kills=$((kills + 1))
    what="export of 5 files x 3 languages x 3 formats$( ((prefilled)) && echo " into earlier exports"), $( [[ $KILLED == yes ]] && echo "killed after $ms ms" || echo "ended by itself" )"
    if [[ -z $problems ]]; then verdict 2b "$what #$i" well ""; else verdict 2b "$what #$i" bad "$problems"; fi
done
note "2: $kills kills"
fi

# ---------------------------------------------------------------------------------------------------------------
if want 3; then
note "3 concurrency"
setup_exports
G="$WORK/g3"
mkdir -p "$G"
$PY variant "$SEED_JSON" "$WORK/variant-b.json" "Kilpaileva Oy"
run export-json-b 120 "$S" import "$WORK/variant-b.json" --into "$WORK/g3-b"
run export-json-b2 120 "$S" export-json "$WORK/g3-b.seloste.mv.db"
cp "$OUT" "$WORK/expected-b.json"
race() { # NAME REPLACE(0|1)
    local d="$G/$1"
    mkdir -p "$d"
    local extra=()
    if [[ $2 == 1 ]]; then cp "$OLD_BYTES" "$d/same.seloste.mv.db"; extra=(--replace); fi
    "$S" import "$SEED_JSON" --into "$d/same" "${extra[@]}" >"$d/a.out" 2>"$d/a.err" </dev/null &
    local a=$!
    "$S" import "$WORK/variant-b.json" --into "$d/same" "${extra[@]}" >"$d/b.out" 2>"$d/b.err" </dev/null &
    local b=$!
    wait $a; local ra=$?
    wait $b; local rb=$?
    local problems=""
    run export-json-race 60 "$S" export-json "$d/same.seloste.mv.db"
    if ! cmp -s "$OUT" "$EXPECTED" && ! cmp -s "$OUT" "$WORK/expected-b.json"; then problems+="the file is not one whole notice; "; fi
    for side in a b; do
        local rc
        [[ $side == a ]] && rc=$ra || rc=$rb
        [[ $rc -eq 0 || $rc -eq 3 ]] || problems+="$side exit $rc; "
        blames_disk "$d/$side.err" && problems+="$side: $(first_line "$d/$side.err"); "
        stack_trace "$d/$side.err" && problems+="$side: stack trace; "
    done
    [[ $ra -eq 0 || $rb -eq 0 ]] || problems+="neither import succeeded; "
    # A backup is the file as the import found it: the old one, or what the other import had just written.
    for bak in "$d"/*.bak; do
        [[ -e $bak ]] || continue
        cmp -s "$bak" "$OLD_BYTES" && continue
        cp "$bak" "$d/bak-copy.seloste.mv.db"
        run export-json-backup 60 "$S" export-json "$d/bak-copy.seloste.mv.db"
        cmp -s "$OUT" "$EXPECTED" || cmp -s "$OUT" "$WORK/expected-b.json" || problems+="a backup that is neither the old file nor a whole notice; "
        rm -f "$d/bak-copy.seloste.mv.db"
    done
    if [[ -z $problems ]]; then verdict 3 "$1" well "exits $ra/$rb"; else verdict 3 "$1" bad "exits $ra/$rb: $problems"; fi
}
for i in 1 2 3 4; do race "two-imports-new-$i" 0; done
for i in 1 2 3 4; do race "two-imports-replace-$i" 1; done

# a file held open by another process
mkdir -p "$G/held"
cp "$GOOD" "$G/held/held.seloste.mv.db"
"$JAVA" -cp "$APP" "$HELPERS/HoldClientFileOpen.java" "$G/held/held.seloste.mv.db" >"$WORK/holder3.out" 2>&1 &
holder=$!
for _ in $(seq 1 120); do grep -q '^open ' "$WORK/holder3.out" && break; sleep 0.5; done
held_sha=$(sha "$G/held/held.seloste.mv.db")
for cmd in import export validate export-json list; do
    case $cmd in
        import) run "3-held-$cmd" 60 "$S" import "$SEED_JSON" --into "$G/held/held" --replace ;;
        export) run "3-held-$cmd" 60 "$S" export "$G/held/held.seloste.mv.db" --out "$G/held-out" --format html ;;
        validate) run "3-held-$cmd" 60 "$S" validate "$G/held/held.seloste.mv.db" ;;
        export-json) run "3-held-$cmd" 60 "$S" export-json "$G/held/held.seloste.mv.db" ;;
        list) run "3-held-$cmd" 60 "$S" list "$G/held" ;;
    esac
    problems=""
    [[ $RC -eq 3 ]] || problems+="exit $RC; "
    grep -q 'is open in Seloste' "$ERR" || problems+="says: $(first_line "$ERR"); "
    stack_trace "$OUT" "$ERR" && problems+="stack trace; "
    [[ $(sha "$G/held/held.seloste.mv.db") == "$held_sha" ]] || problems+="the held file changed; "
    if [[ -z $problems ]]; then verdict 3 "held-open-$cmd" well ""; else verdict 3 "held-open-$cmd" bad "$problems"; fi
done
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null

# two batch exports of the same files at once, into one folder
"$S" export "${names[@]}" --out "$G/both" --format pdf,html,fragment --lang fi,sv,en >"$G/e1.out" 2>"$G/e1.err" </dev/null &
e1=$!
"$S" export "${names[@]}" --out "$G/both" --format pdf,html,fragment --lang fi,sv,en >"$G/e2.out" 2>"$G/e2.err" </dev/null &
e2=$!
wait $e1; r1=$?
wait $e2; r2=$?
problems=""
[[ $r1 -eq 0 && $r2 -eq 0 ]] || problems+="exits $r1/$r2; "
for e in "$EXP"/reference/*; do cmp -s "$e" "$G/both/$(basename "$e")" || problems+="$(basename "$e") differs; "; done
[[ -z $(find "$G/both" -name '.*') ]] || problems+="leftovers; "
if [[ -z $problems ]]; then verdict 3 two-batch-exports-one-folder well ""; else verdict 3 two-batch-exports-one-folder bad "$problems"; fi

# list while imports write into the same folder
mkdir -p "$G/busy"
cp "$GOOD" "$G/busy/Muu asiakas.seloste.mv.db"
(for i in 1 2 3 4 5 6; do "$S" import "$SEED_JSON" --into "$G/busy/uusi-$i" >/dev/null 2>&1 </dev/null; done) &
writers=$!
for i in 1 2 3 4 5 6; do
    run "3-list-busy-$i" 60 "$S" list "$G/busy"
    problems=""
    [[ $RC -eq 0 ]] || problems+="exit $RC: $(first_line "$ERR"); "
    grep -qE 'import-|\.tmp|cannot be read' "$OUT" && problems+="shows a leftover or an unreadable file; "
    if [[ -z $problems ]]; then verdict 3 "list-while-importing-$i" well ""; else verdict 3 "list-while-importing-$i" bad "$problems"; fi
done
wait $writers

# --replace import while an export reads the same file
for i in 1 2; do
    mkdir -p "$G/rw-$i"
    cp "$OLD_BYTES" "$G/rw-$i/f.seloste.mv.db"
    "$S" export "$G/rw-$i/f.seloste.mv.db" --out "$G/rw-$i/out" --format pdf,html --lang fi,sv,en >"$G/rw-$i/e.out" 2>"$G/rw-$i/e.err" </dev/null &
    ex=$!
    sleep 0.$((RANDOM % 9))
    run "3-replace-while-export-$i" 60 "$S" import "$SEED_JSON" --into "$G/rw-$i/f" --replace
    ri=$RC
    wait $ex; re=$?
    problems=""
    [[ $ri -eq 0 || $ri -eq 3 ]] || problems+="import exit $ri; "
    [[ $re -eq 0 || $re -eq 3 ]] || problems+="export exit $re; "
    blames_disk "$ERR" "$G/rw-$i/e.err" && problems+="blames the disk; "
    run "3-replace-while-export-check-$i" 60 "$S" export-json "$G/rw-$i/f.seloste.mv.db"
    cmp -s "$OUT" "$EXPECTED" || { $PY same "$WORK/old-variant.json" "$OUT" >/dev/null || problems+="the file is not whole; "; }
    if [[ -z $problems ]]; then verdict 3 "replace-while-export-$i" well "exits $ri/$re"; else verdict 3 "replace-while-export-$i" bad "$problems"; fi
done
fi

# ---------------------------------------------------------------------------------------------------------------
if want 4; then
note "4 hostile JSON"
G="$WORK/g4"
$PY hostile "$G/in" "$SEED_JSON"
while IFS=$'\t' read -r c expect flags file; do
    target="$G/t-$c"
    before=$(sha "$file")
    leftovers=$(find "$G" -maxdepth 1 -name '.import-*' | wc -l)
    run "4-$c" 90 "$S" import "$file" --into "$target"
    rc=$RC secs=$SECS mb=$MB
    problems=""
    lines=$(wc -l <"$ERR")
    stack_trace "$OUT" "$ERR" && problems+="stack trace; "
    case $rc in
        0)
            [[ $expect == refuse ]] && problems+="accepted silently; "
            if [[ $flags == *roundtrip* ]]; then
                run "4-$c-readback" 90 "$S" export-json "$target.seloste.mv.db"
                d=$($PY same "$file" "$OUT" 2>&1) || problems+="stored value differs from the imported one: $d; "
            fi
            if [[ $flags == *export* ]]; then
                run "4-$c-export" 30 "$S" export "$target.seloste.mv.db" --out "$G/out-$c" --format pdf,html --lang fi
                [[ $RC -eq 0 ]] || problems+="imported, but its export did not finish in 30 s (exit $RC); "
            fi
            ;;
        3)
            [[ $expect == accept ]] && problems+="refused: $(grep -v '^Picked' "$ERR" | head -n 2 | tr '\n' ' ' | cut -c1-220); "
            blames_disk "$ERR" && problems+="blames the disk; "
            [[ $flags == *validjson* ]] && grep -q 'not valid JSON (line 0, column 0)' "$ERR" && problems+="valid JSON called invalid at line 0, column 0; "
            [[ $lines -gt 200 ]] && problems+="$lines lines of problems printed; "
            [[ -n $(find "$G" -maxdepth 1 -name "t-$c*") ]] && problems+="left a file after the refusal; "
            [[ $(find "$G" -maxdepth 1 -name '.import-*' | wc -l) -gt $leftovers ]] && problems+="left a hidden copy after the refusal; "
            ;;
        *) problems+="exit $rc; " ;;
    esac
    [[ $(sha "$file") == "$before" ]] || problems+="the input changed; "
    detail="exit $rc, $secs s, $mb MB: $(first_line "$ERR")"
    if [[ -z $problems ]]; then verdict 4 "$c" well "$detail"; else verdict 4 "$c" bad "$problems($detail)"; fi
done <"$G/in/manifest.tsv"
for dev in /dev/zero /dev/urandom; do
    run "4-$dev" 60 "$S" import "$dev" --into "$G/t-dev"
    problems=""
    [[ $RC -eq 3 ]] || problems+="exit $RC; "
    stack_trace "$OUT" "$ERR" && problems+="stack trace; "
    detail="exit $RC, $SECS s, $MB MB: $(first_line "$ERR")"
    if [[ -z $problems ]]; then verdict 4 "$dev" well "$detail"; else verdict 4 "$dev" bad "$problems($detail)"; fi
done
head -c $((70 * 1024 * 1024)) /dev/zero | tr '\0' ' ' >"$G/70mb-spaces.json"
run "4-stdin-70mb" 60 bash -c "\"$S\" import - --into \"$G/t-stdin\" <\"$G/70mb-spaces.json\""
problems=""
[[ $RC -eq 3 ]] || problems+="exit $RC; "
stack_trace "$OUT" "$ERR" && problems+="stack trace; "
if [[ -z $problems ]]; then verdict 4 stdin-70mb well "$(first_line "$ERR")"; else verdict 4 stdin-70mb bad "$problems"; fi
rm -f "$G/70mb-spaces.json" "$G"/in/file-65mb-over-limit.json "$G"/in/string-50mb-*.json
fi

# ---------------------------------------------------------------------------------------------------------------
if want 5; then
note "5d terminal escapes"
G="$WORK/g5"
$PY escapes "$G/in" "$SEED_JSON"
for c in controller-name business-id register-name purpose; do
    mkdir -p "$G/$c"
    run "5d-$c-import" 60 "$S" import "$G/in/$c.json" --into "$G/$c/client"
    run "5d-$c-list" 60 "$S" list "$G/$c"
    problems=""
    raw_controls "$OUT" "$ERR" && problems+="list prints raw control characters; "
    run "5d-$c-validate" 60 "$S" validate "$G/$c/client.seloste.mv.db"
    raw_controls "$OUT" "$ERR" && problems+="validate prints raw control characters; "
    if [[ -z $problems ]]; then verdict 5d "$c" well ""; else verdict 5d "$c" bad "$problems"; fi
done
fi

# ---------------------------------------------------------------------------------------------------------------
if want 6; then
note "6 file names through --into"
G="$WORK/g6"
mkdir -p "$G"
rep() { printf "%${2}s" "" | sed "s/ /$1/g"; }
INTO=("../escape" "../../../escape-deep" "a/b" "ABS" 'a\b' $'new\nline' $'tab\tname' CON NUL
    "$(rep x 300)" "$(rep y 241)" "$(rep z 214)" "$(rep w 200)" "$(rep v 190)" "$(rep u 180)" "$(rep ä 120)"
    "..." "." ".." ".hidden" "😀 Hieroja Oy 🇫🇮" $'\u202efdp.exe' "שלום עולם" "a;b" $'esc\e[31mred\e[0m' "-rf"
    "x.seloste.mv.db" "X.SELOSTE.MV.DB" "trailing space " "name.mv.db" "dir/" "EXISTINGDIR" "%2e%2e%2fenc" "con.txt"
    " lead space")
n=0
for name in "${INTO[@]}"; do
    n=$((n + 1))
    box="$G/$n"
    cwd="$box/w/x/y"
    mkdir -p "$cwd/a" "$cwd/EXISTINGDIR"
    into=$name
    [[ $name == ABS ]] && into="$cwd/absolute name"
    label=$(printf '%q' "$name" | cut -c1-40)
    [[ ${#name} -gt 40 ]] && label="'${name:0:1}'x${#name}"
    find "$box" -print0 >"$box.before"
    (cd "$cwd" && "$S" import "$SEED_JSON" --into "$into" >"$box.import.out" 2>"$box.import.err" </dev/null)
    rc=$?
    # NUL-separated: a name may hold a line break.
    created=$(comm -z -13 <(sort -z "$box.before") <(find "$box" -type f -print0 | sort -z) | grep -zv '/\.import-' \
        | head -z -n 1 | tr -d '\0')
    problems=""
    stack_trace "$box.import.err" && problems+="stack trace; "
    if [[ $rc -eq 0 ]]; then
        if [[ -z $created ]]; then
            problems+="import says done but no file was made; "
        else
            base=$(basename "$created")
            if [[ $base == .* && $name != .hidden ]]; then problems+="made the hidden file $(printf '%q' "$base"), which list never shows; "; fi
            run "6-$n-export" 60 "$S" export "$created" --out "$box/out" --format html,fragment,json --lang fi
            [[ $RC -eq 0 ]] || problems+="the client file cannot be exported: $(first_line "$ERR"); "
            run "6-$n-list" 60 "$S" list "$(dirname "$created")"
            raw_controls "$OUT" && problems+="list prints raw control characters; "
            if [[ $base != .* ]]; then
                [[ $(grep -c 'cannot be read' "$OUT") -eq 0 ]] || problems+="list cannot read it; "
                grep -q '1 client file' "$ERR" || problems+="list does not show it: $(first_line "$ERR"); "
            fi
        fi
    elif [[ $rc -eq 3 ]]; then
        blames_disk "$box.import.err" && problems+="blames the disk: $(first_line "$box.import.err"); "
        grep -q 'must end in .seloste.mv.db' "$box.import.err" && problems+="says the name must end in .seloste.mv.db, which it does; "
    else
        problems+="import exit $rc; "
    fi
    if [[ -n $created ]]; then
        [[ $into == /* ]] && named=$into || named="$cwd/$into"
        if [[ $(realpath -m "$(dirname "$named")") != "$(realpath -m "$(dirname "$created")")" ]]; then
            problems+="wrote outside the folder the name names: $created; "
        fi
    fi
    if [[ -z $problems ]]; then verdict 6 "$label" well "import exit $rc"; else verdict 6 "$label" bad "import exit $rc: $problems"; fi
done
fi

# ---------------------------------------------------------------------------------------------------------------
if want 7; then
note "7 fuzz: $FUZZ schema-valid notices"
G="$WORK/g7"
mkdir -p "$G/clients"
run generate 600 "$JAVA" -cp "$APP" "$HELPERS/SchemaNoticeGenerator.java" "$G/in" "$FUZZ" "$SEED"
[[ $RC -eq 0 ]] || note "the generator failed: $(first_line "$ERR")"
ls "$G"/in/f*.json | xargs -P 2 -I{} bash -c '
    f={}; n=$(basename "$f" .json)
    "'"$S"'" import "$f" --into "'"$G"'/clients/$n" >"'"$G"'/clients/$n.import.out" 2>"'"$G"'/clients/$n.import.err" </dev/null
    echo $? >"'"$G"'/clients/$n.rc"'
imported=()
for f in "$G"/in/f*.json; do
    n=$(basename "$f" .json)
    rc=$(cat "$G/clients/$n.rc")
    if [[ $rc -eq 0 ]]; then
        imported+=("$G/clients/$n.seloste.mv.db")
    else
        problems=""
        [[ $rc -eq 3 ]] || problems+="exit $rc; "
        stack_trace "$G/clients/$n.import.err" && problems+="stack trace; "
        blames_disk "$G/clients/$n.import.err" && problems+="said 'check that the disk is connected and not full' (cause: $($PY cause "$f")); "
        if [[ -z $problems ]]; then verdict 7 "$n" well "refused: $(first_line "$G/clients/$n.import.err")"; else verdict 7 "$n" bad "import: $problems"; fi
    fi
done
if [[ ${#imported[@]} -gt 0 ]]; then
    run fuzz-export-json 1200 "$S" export "${imported[@]}" --out "$G/out" --format json --jobs 2
    json_rc=$RC
    cp "$ERR" "$G/export-json.err"
    run fuzz-export-pdf 1200 "$S" export "${imported[@]:0:$FUZZ_PDF}" --out "$G/out" --format pdf,html --lang fi,sv,en --jobs 2
    pdf_rc=$RC
    cp "$ERR" "$G/export-pdf.err"
    pdfs=()
    for f in "${imported[@]:0:$FUZZ_PDF}"; do
        n=$(basename "$f" .seloste.mv.db)
        for l in fi sv en; do pdfs+=("$G/out/$n-$l.pdf"); done
    done
    "$JAVA" -cp "$APP" "$REPO/src/bench/PdfCheck.java" "${pdfs[@]}" >"$G/pdfcheck.txt" 2>&1
    i=0
    for f in "${imported[@]}"; do
        i=$((i + 1))
        n=$(basename "$f" .seloste.mv.db)
        problems=""
        d=$($PY same "$G/in/$n.json" "$G/out/$n.json" 2>&1) || problems+="exported JSON differs from the imported: $d; "
        grep -F "] $n: " "$G/export-json.err" | grep -q FAILED && problems+="export-json failed; "
        if [[ $i -le $FUZZ_PDF ]]; then
            grep -F "] $n: " "$G/export-pdf.err" | grep -q FAILED && problems+="export failed: $(grep -F "] $n: " "$G/export-pdf.err" | head -n 1); "
            for l in fi sv en; do
                grep -q "^ok $G/out/$n-$l.pdf$" "$G/pdfcheck.txt" || problems+="PDF $l not whole or not parseable; "
                [[ $(tail -c 20 "$G/out/$n-$l.html" 2>/dev/null | tr -d '\n ') == *'</html>' ]] || problems+="HTML $l does not end in </html>; "
            done
        fi
        stack_trace "$G/export-json.err" "$G/export-pdf.err" && problems+="stack trace in a batch; "
        if [[ -z $problems ]]; then verdict 7 "$n" well "imported and exported"; else verdict 7 "$n" bad "$problems"; fi
    done
fi
fi

# ---------------------------------------------------------------------------------------------------------------
report
