#!/usr/bin/env bash
# Fuzz over schema-valid notices at scale (issue 17, probe 7): runs SchemaValidNoticeFuzzTest with COUNT notices
# from seed FIRST_SEED (defaults 2000 and 1): generated from the JSON Schema on the class path, imported through the
# store, exported to PDF, HTML and JSON in fi, sv and en, and checked (import succeeds or is refused clearly, every
# PDF whole and parseable, every page ends in </html>, exported JSON equals the imported). Prints the report with
# every bad case grouped by cause, with seeds to repeat it. `./mvnw verify` runs 200 of them; this runs thousands.
#
#   src/bench/fuzz-notices.sh [COUNT] [FIRST_SEED]
#
# Every notice gets its PDF in all three languages here (the suite renders one PDF for one notice in three), so
# this takes about 2 s per notice on a 2-core machine. The test also runs while it is @Disabled
# in the suite: this script switches JUnit's @Disabled condition off for its own run.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-2000}
FIRST_SEED=${2:-1}
REPORT=target/fuzz-notices-$FIRST_SEED-$COUNT.txt
./mvnw -o -q test -Dtest=SchemaValidNoticeFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dseloste.fuzz.count="$COUNT" -Dseloste.fuzz.seed="$FIRST_SEED" -Dseloste.fuzz.allPdfs=true \
    -Djunit.jupiter.conditions.deactivate='org.junit.*DisabledCondition' \
    -Dmaven.test.redirectTestOutputToFile=true -DtrimStackTrace=true >"$REPORT.log" 2>&1 || true
grep -A 200 '^Fuzz: ' target/surefire-reports/fi.seloste.cli.SchemaValidNoticeFuzzTest-output.txt 2>/dev/null \
    | sed '/^Repeat: /q' | tee "$REPORT" \
    || { echo "No report; see $REPORT.log" >&2; exit 1; }
