#!/bin/sh
# Records the class-data-sharing archive of the application image (lib/app/seloste.jsa, where its launcher's
# -XX:SharedArchiveFile points) from a class list, and checks that the JVM accepts it (-Xshare:on refuses to start
# otherwise). The list holds the lambda proxy classes too, which save about a tenth of the desktop start's work; some
# JDK 17 updates crashed dumping those, so if the archive fails it is recorded again from the list without them.
# Usage (pom.xml, profile app-image): packaging/cds/record-image-archive.sh IMAGE-LAUNCHER CLASS-LIST
set -eu
launcher=$1 list=$2
dump() {
  JAVA_TOOL_OPTIONS="-Xshare:dump -Xlog:cds=off -Xlog:cds+map=off -XX:SharedClassListFile=$1" "$launcher" --version \
      > "$list.dump.log" 2>&1 && JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >> "$list.dump.log" 2>&1
}
if dump "$list"; then
  echo "Class-data archive recorded from $(grep -c -v '^#' "$list") classes"
else
  echo "Class-data archive with lambda proxies refused (see $list.dump.log); recording it without them" >&2
  grep -v '^@lambda-proxy' "$list" > "$list.without-lambdas"
  dump "$list.without-lambdas" || { cat "$list.dump.log" >&2; exit 1; }
fi
