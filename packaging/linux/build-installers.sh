#!/usr/bin/env bash
# Builds the Linux installers, target/installer/seloste_VERSION-1_amd64.deb and seloste-VERSION-1.x86_64.rpm, from
# what `./mvnw package` leaves (the jars in target/image-input and the class list its class-data archive was recorded
# from). `./mvnw -Pinstallers -DskipTests package` runs it; run by hand (from anywhere) after a `./mvnw package`:
#   packaging/linux/build-installers.sh [deb] [rpm]          (default: both)
# Needs the JDK's jpackage (JPACKAGE or JAVA_HOME, else the one on PATH), dpkg-deb and fakeroot for the .deb,
# rpmbuild (Debian: apt-get install rpm) for the .rpm. See packaging/README.md and docs/decisions/0028-installers.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
types=("$@")
[ ${#types[@]} -gt 0 ] || types=(deb rpm)
version=${SELOSTE_VERSION:-$(sed -n 's:.*<image.version>\(.*\)</image.version>.*:\1:p' pom.xml)}
main_jar=${SELOSTE_MAIN_JAR:-$(cd target/image-input 2>/dev/null && ls seloste-*.jar | head -1 || true)}
classlist=target/image-training/seloste.classlist
work=target/installer-work
dest=target/installer
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
jpackage=${JPACKAGE:-${jdk_bin}jpackage}
java=${jdk_bin}java

fail() { echo "build-installers: $*" >&2; exit 1; }
command -v "$jpackage" > /dev/null || fail "no jpackage ($jpackage): a full JDK 17 is needed"
for type in "${types[@]}"; do
  case $type in
    deb) for tool in dpkg-deb fakeroot; do
           command -v $tool > /dev/null || fail "cannot build the .deb: $tool is missing (apt-get install dpkg-dev fakeroot)"
         done ;;
    rpm) command -v rpmbuild > /dev/null || fail "cannot build the .rpm: rpmbuild is missing (apt-get install rpm; dnf install rpm-build)" ;;
    *) fail "unknown installer type $type (deb or rpm)" ;;
  esac
done
[ -n "$main_jar" ] && [ -f "$classlist" ] || fail "no target/image-input or $classlist: run ./mvnw -DskipTests package first"

rm -rf "$work" && mkdir -p "$work" "$dest"
# 1. The jars with their entries stored: xz then compresses all classes together (a .deb of about 50 MB, not 80).
"$java" packaging/linux/StoreJars.java target/image-input "$work/input"

# 2. The application image: jlink'd runtime (only the modules jdeps finds), native launcher bin/Seloste.
# The launcher names the archive the install script records (packaging/linux/seloste uses it only while it fits).
"$jpackage" --type app-image @packaging/jpackage/common.args @packaging/jpackage/runtime.args \
    --java-options '-XX:SharedArchiveFile=$APPDIR/seloste.jsa' --input "$work/input" --main-jar "$main_jar" \
    --app-version "$version" --icon icons/png/seloste-256.png --dest "$work/image"
image=$work/image/Seloste
# The runtime's other commands (jfr, jrunscript, keytool) are not used; its java is (bin/seloste runs it).
find "$image/lib/runtime/bin" -type f ! -name java -delete
install -m 755 packaging/linux/seloste "$image/bin/seloste"
install -m 644 "$classlist" "$image/lib/app/seloste.classlist"
install -m 755 packaging/linux/package-hooks.sh "$image/lib/package-hooks.sh"
install -m 644 packaging/linux/seloste-mime.xml "$image/lib/seloste-mime.xml"
install -m 644 packaging/linux/seloste.desktop "$image/lib/seloste.desktop"
mkdir -p "$image/lib/icons"
for size in 16 24 32 48 64 128 256 512; do install -m 644 "icons/png/seloste-$size.png" "$image/lib/icons/"; done

# 3. The packages: jpackage's install scripts with package-hooks.sh added.
for type in "${types[@]}"; do
  resources=$work/resources-$type
  mkdir -p "$resources"
  if [ "$type" = deb ]; then
    cp packaging/linux/deb/postinst packaging/linux/deb/prerm "$resources/"
    deps="libgtk-3-0 | libgtk-3-0t64, shared-mime-info"
    extra=()
  else
    cp packaging/linux/rpm/seloste.spec "$resources/"
    deps="gtk3, shared-mime-info"
    extra=(--linux-rpm-license-type "ASL 2.0")
  fi
  rm -f "$dest"/seloste[_-]"$version"-*."$type"
  "$jpackage" --type "$type" --app-image "$image" --dest "$dest" --app-version "$version" \
      @packaging/jpackage/common.args @packaging/jpackage/linux.args \
      --resource-dir "$resources" --linux-package-deps "$deps" "${extra[@]}"
done
ls -l "$dest"
