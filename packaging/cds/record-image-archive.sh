#!/bin/sh
# Records the class-data-sharing archive of the application image (lib/app/seloste.jsa, where its launcher's
# -XX:SharedArchiveFile points) from a class list, and checks that the JVM accepts it (-Xshare:on refuses to start
# otherwise). The list comes without its lines for generated classes (@lambda-proxy, @lambda-form-invoker; pom.xml):
# JDK 17.0.15 dumps them, but a JVM with a class file load hook (Flight Recorder, a profiler or a debugger agent)
# then crashes loading a method handle class from the archive (docs/decisions/0029-start-up.md).
# Usage (pom.xml, profile app-image): packaging/cds/record-image-archive.sh IMAGE-LAUNCHER CLASS-LIST
set -eu
launcher=$1 list=$2
JAVA_TOOL_OPTIONS="-Xshare:dump -Xlog:cds=off -Xlog:cds+map=off -XX:SharedClassListFile=$list" "$launcher" --version \
    > "$list.dump.log" 2>&1 && JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >> "$list.dump.log" 2>&1 \
  || { echo "The class-data archive was not recorded or is refused:" >&2; cat "$list.dump.log" >&2; exit 1; }
echo "Class-data archive recorded from $(grep -c -v '^#' "$list") classes"
