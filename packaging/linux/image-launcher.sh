#!/bin/sh
# Gives the development image (target/image/seloste) the `seloste` command of the Linux packages
# (packaging/linux/seloste, docs/decisions/0028-installers.md) in place of jpackage's native launcher, and records its
# class-data archive with it. JDK 17's native Linux launcher runs `rpm -qf` and `dpkg -S` on itself twice at every
# start, looking for the package it came from: about 0.25 s of a 0.5 s `seloste --version` on a Debian machine with
# some 850 packages (docs/decisions/0030-start-up-launcher.md). The native launcher stays, as bin/Seloste.
# The archive is recorded from a class list without lines for generated classes (@lambda-proxy,
# @lambda-form-invoker; pom.xml): JDK 17.0.15 dumps them, but a JVM with a class file load hook (Flight Recorder, a
# profiler or a debugger agent) then crashes loading a method handle class from the archive
# (docs/decisions/0029-start-up.md).
# Usage (pom.xml, profile app-image): packaging/linux/image-launcher.sh IMAGE CLASS-LIST
set -eu
image=$1 list=$2
here=$(dirname "$0")
app=$image/lib/app
mv "$image/bin/seloste" "$image/bin/Seloste"
mv "$app/seloste.cfg" "$app/Seloste.cfg"
# The runtime's other commands (jfr, jrunscript, keytool) are not used; its java is (bin/seloste runs it).
find "$image/lib/runtime/bin" -type f ! -name java -delete
cp "$here/seloste" "$image/bin/seloste" && chmod 755 "$image/bin/seloste"
cp "$list" "$app/seloste.classlist"
rm -f "$app/seloste.jsa" "$app/seloste.jsa.key"
"$image/bin/seloste" --record-class-data > /dev/null
echo "Class-data archive recorded from $(grep -c -v '^#' "$list") classes"
