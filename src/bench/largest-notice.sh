#!/usr/bin/env bash
# How long the largest notices the limits allow take to export to PDF and HTML (docs/decisions/0016, probe M3):
# fi.seloste.bench.LargestNoticeBenchmark under JMH, one export at a time in a warm JVM as the app runs it (C1 only),
# with the heap capped at 512 MB to show that the export fits in bounded memory. About three minutes on two cores.
# Usage: src/bench/largest-notice.sh [JMH options]   e.g.  -p notice=fiftyLongRegisters  or  -wi 1 -i 3
# Prints JMH's table: the score is the median of the measured exports (ms/op), cpu.ms/op the CPU time per export of
# the whole process, which depends much less than the wall-clock score on what else the machine is doing.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)" org.openjdk.jmh.Main LargestNoticeBenchmark \
    -prof fi.seloste.bench.CpuTimeProfiler -jvmArgsAppend "-XX:TieredStopAtLevel=1 -Xmx512m" \
    -rf json -rff target/largest-notice.json "$@"
