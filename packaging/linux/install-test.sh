#!/usr/bin/env bash
# Installs the .deb (or with --rpm the .rpm) on this machine as a user would, checks what it installed, and removes
# it again (docs/decisions/0028-installers.md). Needs root, apt-get (for the .rpm: rpm, and dnf where there is one)
# and a built package (./mvnw -Pinstallers -DskipTests package); for the GUI check Xvfb and GTK 3 (apt-get install
# xvfb libgtk-3-0, the package itself depends on GTK), xdg-utils for xdg-mime; desktop-file-utils, gio, zip and
# xdotool add checks where installed. Where root, the package tool or the package is missing, or a seloste package
# is installed already (deb or rpm), it says SKIPPED and why, and exits 0.
#   packaging/linux/install-test.sh [DEB]          (default: target/installer/seloste_*_amd64.deb)
#   packaging/linux/install-test.sh --rpm [RPM]    (default: target/installer/seloste-*.x86_64.rpm) the same checks;
#                                                  installed with `dnf install -y` where dnf exists, else (Debian)
#                                                  `rpm -i --nodeps`, removed with `dnf remove -y` or `rpm -e`
#   RUNS=5 packaging/linux/install-test.sh         also measures, while installed, the cold start of `seloste export`
#                                                  and of the window, median of RUNS, against target/image/seloste
# Everything a user would keep (client files, settings, caches) is made under a temporary folder
# (XDG_CONFIG_HOME, XDG_CACHE_HOME) and checked to be still there after the removal.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
runs=${RUNS:-0}
kind=deb
if [ "${1:-}" = --rpm ]; then kind=rpm; shift; fi

skip() { echo "SKIPPED: $*"; exit 0; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }
ok() { echo "ok: $*"; }

if [ $kind = deb ]; then
  pkg=${1:-$(ls target/installer/seloste_*_amd64.deb 2>/dev/null | head -1 || true)}
  build_tools="jpackage dpkg-deb fakeroot"
else
  pkg=${1:-$(ls target/installer/seloste-*.x86_64.rpm 2>/dev/null | head -1 || true)}
  build_tools="jpackage rpmbuild"
fi
[ "$(id -u)" = 0 ] || skip "installing a package needs root (run as root, e.g. sudo $0)"
if [ $kind = deb ]; then
  for tool in dpkg apt-get; do command -v $tool > /dev/null || skip "no $tool: not a Debian-like system"; done
else
  command -v rpm > /dev/null || skip "no rpm: the .rpm cannot be installed here (Debian: apt-get install rpm)"
fi
[ -z "${1:-}" ] || [ -f "$1" ] || fail "no such package file: $1"
if [ -z "$pkg" ] || [ ! -f "$pkg" ]; then
  missing=
  for tool in $build_tools; do command -v $tool > /dev/null || missing="$missing $tool"; done
  [ -z "$missing" ] || skip "no .$kind in target/installer, and it cannot be built here (missing:$missing)"
  skip "no .$kind in target/installer: build it first with ./mvnw -Pinstallers -DskipTests package"
fi
# Both packages install /opt/seloste: neither may be there already, whichever is tested.
deb_known() { command -v dpkg-query > /dev/null && dpkg-query -W seloste > /dev/null 2>&1; }
rpm_known() { command -v rpm > /dev/null && rpm -q seloste > /dev/null 2>&1; }
if deb_known; then
  skip "a seloste deb package is installed on this machine already; this test does not touch it (apt-get purge seloste)"
fi
if rpm_known; then
  skip "a seloste rpm package is installed on this machine already; this test does not touch it (rpm -e seloste)"
fi
[ ! -e /opt/seloste ] && [ ! -e /usr/bin/seloste ] \
    || skip "/opt/seloste or /usr/bin/seloste exists although no seloste package is installed; this test does not touch it"
pkg=$(readlink -f "$pkg")
# The package tool: apt-get (deb); dnf where there is one (Fedora), else rpm itself (rpm).
pkg_tool=apt-get
if [ $kind = rpm ]; then if command -v dnf > /dev/null; then pkg_tool=dnf; else pkg_tool=rpm; fi; fi
installed() { if [ $kind = deb ]; then dpkg-query -W -f '${Status}' seloste 2>/dev/null | grep -q 'ok installed'; else rpm_known; fi; }
known() { if [ $kind = deb ]; then deb_known; else rpm_known; fi; }
remove_package() {
  case $pkg_tool in
    apt-get) DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq seloste ;;
    dnf) dnf remove -y -q seloste ;;
    rpm) rpm -e seloste ;;
  esac
}

# The rpm puts its licence in /usr/share/licenses, which a Debian system does not have and no package in rpm's
# database here owns (on Fedora the filesystem package does): rpm -e leaves it, empty. Taken away if it was not there.
licenses_existed=no
[ ! -d /usr/share/licenses ] || licenses_existed=yes
remove_licenses_folder() {
  if [ $kind = rpm ] && [ $licenses_existed = no ]; then rmdir /usr/share/licenses 2>/dev/null || true; fi
}

work=$(mktemp -d /tmp/seloste-install-test.XXXXXX)
xvfb_pid=
cleanup() {
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  if known; then
    echo "(removing the package left installed by a failed check)"; remove_package > /dev/null 2>&1 || true
    remove_licenses_folder
  fi
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
clients=$work/clients
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$clients"
# What bears Seloste's name outside the home folders and temporary files, before and after.
system_files() {
  find /opt /usr /etc /var/lib/dpkg/info -xdev \( -iname '*seloste*' -o -path /opt/seloste \) -print 2>/dev/null | sort
}
system_files > "$work/before.txt"

step "Packages"
for f in "$(dirname "$pkg")"/seloste*; do
  [ -f "$f" ] && echo "$(basename "$f"): $(( $(stat -c %s "$f") / 1024 / 1024 )) MB ($(stat -c %s "$f") bytes)"
done
size=$(stat -c %s "$pkg")
[ "$size" -le $(( 80 * 1024 * 1024 )) ] || fail "the .$kind is larger than 80 MB"
ok ".$kind is at most 80 MB"

case $pkg_tool in
  apt-get)
    step "Install: apt-get install $(basename "$pkg")"
    start=$(date +%s)
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" 2>&1 | grep -v -E '^(Selecting|\(Reading|Preparing|Unpacking)' || true
    ;;
  dnf)
    step "Install: dnf install -y $(basename "$pkg")"
    start=$(date +%s)
    rc=0; dnf install -y -q "$pkg" > "$work/install.txt" 2>&1 || rc=$?
    cat "$work/install.txt"
    [ $rc = 0 ] || fail "dnf install exited with $rc"
    ;;
  rpm)
    step "Install: rpm -i --nodeps $(basename "$pkg")"
    [ "$(rpm -qp --qf '%{PREFIXES}' "$pkg")" = '(none)' ] \
        || fail "the package is relocatable (Prefix: $(rpm -qp --qf '%{PREFIXES}' "$pkg")) but its install scripts name /opt/seloste"
    echo "NOTE: dependencies NOT checked (--nodeps): rpm's database here ($(rpm --eval %_dbpath)) knows none of this"
    echo "      system's packages (no dnf: not an rpm-based system), so it would refuse every requirement:"
    echo "      $(rpm -qp --requires "$pkg" | grep -v '^rpmlib(' | sort -u | tr '\n' ' ')"
    if command -v dpkg-query > /dev/null; then
      for dep in 'libgtk-3-0 libgtk-3-0t64' shared-mime-info; do
        found=
        for name in $dep; do dpkg-query -W -f '${Status}' "$name" 2>/dev/null | grep -q 'ok installed' && found=$name; done
        echo "      dpkg has ${found:-NONE of $dep}"
      done
    fi
    echo "(Debian's rpm says to use alien instead: expected here, and filtered out below)"
    start=$(date +%s)
    rc=0; rpm -i --nodeps "$pkg" > "$work/install.txt" 2>&1 || rc=$?
    grep -v -F -e 'use Alien instead' -e 'assuming you know what you are doing' "$work/install.txt" || true
    [ $rc = 0 ] || fail "rpm -i exited with $rc"
    ;;
esac
installed || fail "the package did not install"
# rpm only warns when %post fails, and exits 0.
! grep -s -i 'scriptlet failed' "$work/install.txt" || fail "an install script failed"
echo "installed in $(( $(date +%s) - start )) s; $(du -sh /opt/seloste | cut -f1) in /opt/seloste"
if [ $kind = rpm ]; then
  echo "rpm -q: $(rpm -q seloste), $(rpm -q --qf '%{SIZE}' seloste) bytes in its files (the archive recorded at install is not one of them)"
  nodeps=; [ $pkg_tool = dnf ] || nodeps=--nodeps
  rpm -V $nodeps seloste || fail "rpm -V: files differ from the package"
  ok "rpm -V $nodeps: every file of the package as packaged (owner, mode, digest)"
fi

step "The seloste command"
[ "$(command -v seloste)" = /usr/bin/seloste ] || fail "seloste is not /usr/bin/seloste on the PATH"
version=$(seloste --version)
echo "seloste --version: $version"
[[ $version == "Seloste "* ]] || fail "unexpected version line"
ok "seloste on the PATH answers"

step "Class-data archive"
[ -f /opt/seloste/lib/app/seloste.jsa ] || fail "the install script recorded no /opt/seloste/lib/app/seloste.jsa"
echo "/opt/seloste/lib/app/seloste.jsa: $(du -h /opt/seloste/lib/app/seloste.jsa | cut -f1)"
# -Xshare:on: the JVM refuses to start if the archive does not fit the runtime and class path it is given.
JAVA_TOOL_OPTIONS=-Xshare:on seloste --version > /dev/null 2>&1 || fail "the JVM refuses the recorded archive"
JAVA_TOOL_OPTIONS=-Xshare:on /opt/seloste/bin/Seloste --version > /dev/null 2>&1 \
    || fail "the jpackage launcher refuses the recorded archive"
[ ! -e "$XDG_CACHE_HOME/seloste" ] || fail "a user's cache was written although the installation has its archive"
ok "the installation's archive is used by seloste and by bin/Seloste, nothing recorded per user"

step "Menu entry"
desktop=/usr/share/applications/seloste.desktop
[ -f "$desktop" ] || fail "no $desktop"
grep -E '^(Name|Exec|Icon|MimeType|Categories)=' "$desktop"
if command -v desktop-file-validate > /dev/null; then desktop-file-validate "$desktop" && ok "desktop-file-validate"; fi
icon=$(sed -n 's/^Icon=//p' "$desktop")
for size in 48 256; do
  [ -f "/usr/share/icons/hicolor/${size}x$size/apps/$icon.png" ] || fail "no $size px icon $icon in the hicolor theme"
done
ok "menu entry in /usr/share/applications, icon $icon in /usr/share/icons/hicolor (16 to 512 px)"

step "Client files: MIME type and handler"
sample_client=$clients/Fysioterapia.seloste.mv.db
grep -F 'application/x-seloste-client:*.seloste.mv.db' /usr/share/mime/globs2 \
    || fail "*.seloste.mv.db is not in the MIME database"
! grep -q -F 'application/x-seloste-client:*.mv.db' /usr/share/mime/globs2 || fail "every *.mv.db is claimed"
if command -v xdg-mime > /dev/null; then
  handler=$(xdg-mime query default application/x-seloste-client)
  echo "xdg-mime query default application/x-seloste-client: $handler"
  [ "$handler" = seloste.desktop ] || fail "Seloste is not the handler of client files"
else
  grep -q -F 'application/x-seloste-client=seloste.desktop;' /usr/share/applications/mimeinfo.cache \
      || fail "seloste.desktop is not in mimeinfo.cache as the handler of client files"
  echo "(no xdg-mime: the handler checked in /usr/share/applications/mimeinfo.cache only)"
fi
ok "*.seloste.mv.db is application/x-seloste-client, opened by Seloste"

step "Command line, cold: seloste import and seloste export"
seloste import "$repo/docs/samples/physiotherapy-seed.json" --into "$sample_client" 2>&1
start=$(date +%s%3N)
seloste export "$sample_client" --format pdf,html --lang fi --out "$clients/out" 2>&1
echo "cold seloste export: $(( $(date +%s%3N) - start )) ms"
[ -s "$clients/out/Fysioterapia-fi.pdf" ] || ls "$clients/out"
ls "$clients/out"/*.pdf "$clients/out"/*.html > /dev/null || fail "no PDF or HTML written"
ok "export wrote $(ls "$clients/out" | tr '\n' ' ')"
# An old notice as a web page (jsoup) and as Word (POI), read by the packaged runtime.
seloste import-notice "$repo/docs/samples/physiotherapy-seed-fi.html" --into "$clients/FromHtml.seloste.mv.db" \
    2>&1 > /dev/null | tail -1
[ -s "$clients/FromHtml.seloste.mv.db" ] || fail "import-notice of an HTML notice wrote no client file"
if command -v zip > /dev/null; then
  docx=$work/docx && mkdir -p "$docx/_rels" "$docx/word"
  ct='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
  echo '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'"$ct"'"/></Types>' > "$docx/[Content_Types].xml"
  echo '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' > "$docx/_rels/.rels"
  echo '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Tietosuojaseloste</w:t></w:r></w:p><w:p><w:r><w:t>Rekisterinpitäjä: Kahvila Testi Oy, Y-tunnus 1234567-1</w:t></w:r></w:p></w:body></w:document>' > "$docx/word/document.xml"
  (cd "$docx" && zip -q -X -r "$work/old-notice.docx" '[Content_Types].xml' _rels word)
  seloste import-notice "$work/old-notice.docx" --into "$clients/FromDocx.seloste.mv.db" > "$work/docx.txt" 2>&1 \
      || fail "import-notice of a .docx failed: $(cat "$work/docx.txt")"
  grep -q '1234567-1' "$work/docx.txt" || fail "the .docx was not read: $(cat "$work/docx.txt")"
  tail -1 "$work/docx.txt"
else
  echo "(no zip: the .docx import is not checked)"
fi
ok "old notices read from HTML (jsoup) and .docx (POI)"
if command -v gio > /dev/null; then
  type=$(gio info -a standard::content-type "$sample_client" | sed -n 's/.*content-type: //p')
  echo "gio info: $(basename "$sample_client") is $type"
  [ "$type" = application/x-seloste-client ] || fail "GIO (the file managers' library) does not see a client file"
fi

# The app's log (in the settings folder) names the moments the window is shown and the client file is open.
app_log=$XDG_CONFIG_HOME/seloste/logs/seloste.0.0.log
start_display() {
  command -v Xvfb > /dev/null || return 1
  local fd_file=$work/display
  Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp > "$fd_file" 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 1 100); do [ -s "$fd_file" ] && break; sleep 0.05; done
  [ -s "$fd_file" ] || return 1
  export DISPLAY=":$(head -1 "$fd_file")"
}
# Runs a command (the app) until the log says $1, prints the milliseconds from start to "window shown", stops it.
gui_run() {
  local until=$1; shift
  rm -rf "$XDG_CONFIG_HOME/seloste/logs"
  local t0; t0=$(date +%s%3N)
  setsid "$@" > "$work/gui-terminal.txt" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do grep -qs "startup: $until" "$app_log" && break; sleep 0.05; done
  if [ -n "${GUI_ALSO_WAIT_FOR:-}" ]; then
    for _ in $(seq 1 200); do grep -qs -F "$GUI_ALSO_WAIT_FOR" "$XDG_CONFIG_HOME/seloste/settings.properties" && break; sleep 0.05; done
  fi
  kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  local shown; shown=$(grep -o 'window shown at epoch-ms [0-9]*' "$app_log" 2>/dev/null | grep -o '[0-9]*$' || true)
  [ -n "$shown" ] || { cat "$work/gui-terminal.txt" "$app_log" 2>/dev/null | tail -20 >&2; return 1; }
  echo $(( shown - t0 ))
}

step "Desktop app under Xvfb: a double click on the client file (the menu entry's Exec line)"
if start_display; then
  exec_line=$(sed -n 's/^Exec=//p' "$desktop")
  read -r -a command <<< "${exec_line/\%f/}"
  echo "running: ${command[*]} $sample_client   (DISPLAY=$DISPLAY)"
  ms=$(GUI_ALSO_WAIT_FOR="recent.0=$sample_client" gui_run "client file open" "${command[@]}" "$sample_client") \
      || fail "the window did not show the client file"
  grep -o 'startup: .*' "$app_log"
  # Opened from its argument (as a double click passes it), not the default file of a first start: the settings
  # name it as the last file opened.
  grep -q -F "recent.0=$sample_client" "$XDG_CONFIG_HOME/seloste/settings.properties" 2>/dev/null \
      || fail "the app did not open $sample_client: $(cat "$XDG_CONFIG_HOME/seloste/settings.properties" 2>/dev/null)"
  ok "main window shown in $ms ms, the client file open"

  # The client overview (File > Clients..., Ctrl+Shift+O) has ControlsFX's column filters: it must open with the
  # packaged runtime too (JavaFX and ControlsFX on the class path, no --add-opens needed).
  if command -v xdotool > /dev/null; then
    rm -rf "$XDG_CONFIG_HOME/seloste/logs"
    setsid seloste "$sample_client" > "$work/gui-terminal.txt" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do grep -qs 'startup: client file open' "$app_log" && break; sleep 0.05; done
    main_window=
    for _ in $(seq 1 100); do
      main_window=$(xdotool search --onlyvisible --name ' – Seloste' 2> /dev/null | head -1) && [ -n "$main_window" ] && break
      sleep 0.1
    done
    [ -z "$main_window" ] || xdotool windowfocus --sync "$main_window" 2> /dev/null || true
    xdotool key ctrl+shift+o
    overview=
    for _ in $(seq 1 100); do
      overview=$(xdotool search --onlyvisible --name '^(Clients|Asiakkaat|Kunder)$' 2> /dev/null | head -1) && [ -n "$overview" ] && break
      sleep 0.1
    done
    kill -- -"$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true
    [ -n "$overview" ] || fail "Ctrl+Shift+O opened no client overview window: $(grep -A5 SEVERE "$app_log" | head -20)"
    ! grep -q -i 'controlsfx' "$app_log" || fail "ControlsFX is in the log: $(grep -i -B2 -A5 controlsfx "$app_log" | head -20)"
    ok "Ctrl+Shift+O opens the client overview window (ControlsFX's table filter), nothing about ControlsFX logged"
  else
    echo "(no xdotool: the client overview window is not checked)"
  fi
else
  echo "SKIPPED (this step only): no Xvfb (apt-get install xvfb)"
fi

step "A copied installation records its own archive at its first start"
copy="$work/elsewhere/Seloste copy"
mkdir -p "$work/elsewhere" && cp -r /opt/seloste "$copy"
t0=$(date +%s%3N)
"$copy/bin/seloste" export "$sample_client" --format pdf,html --lang fi --out "$work/elsewhere/out" 2> /dev/null
first=$(( $(date +%s%3N) - t0 ))
for _ in $(seq 1 120); do ls "$XDG_CACHE_HOME"/seloste/cds/*.jsa > /dev/null 2>&1 && break; sleep 1; done
ls "$XDG_CACHE_HOME"/seloste/cds/*.jsa > /dev/null 2>&1 || fail "no archive recorded for the copy: $(cat "$XDG_CACHE_HOME"/seloste/cds/*.failed 2>/dev/null)"
echo "recorded: $(cd "$XDG_CACHE_HOME/seloste/cds" && ls -s --block-size=M *.jsa)"
JAVA_TOOL_OPTIONS=-Xshare:on "$copy/bin/seloste" --version > /dev/null 2>&1 || fail "the copy's archive is refused"
t0=$(date +%s%3N)
"$copy/bin/seloste" export "$sample_client" --format pdf,html --lang fi --out "$work/elsewhere/out" 2> /dev/null
echo "the copy's export: first start ${first} ms (no archive yet, recording it meanwhile), second $(( $(date +%s%3N) - t0 )) ms"
ok "the copy's second start uses its own archive (-Xshare:on accepted)"
rm -rf "$work/elsewhere"

if [ "$runs" -gt 0 ]; then
  step "Cold starts, median of $runs, installed package against target/image/seloste (load $(cut -d' ' -f1-3 /proc/loadavg))"
  image=$repo/target/image/seloste/bin/seloste
  [ -x "$image" ] || fail "no $image to compare with (./mvnw -DskipTests package)"
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
  declare -A times
  for r in $(seq 1 "$runs"); do
    line="run $r (load $(cut -d' ' -f1 /proc/loadavg)):"
    for which in installed image; do
      cmd=/usr/bin/seloste; [ $which = image ] && cmd=$image
      rm -rf "$clients/out-$which"
      t0=$(date +%s%3N)
      "$cmd" export "$sample_client" --format pdf,html --lang fi --out "$clients/out-$which" 2> /dev/null
      ms=$(( $(date +%s%3N) - t0 ))
      times[export-$which]+="$ms "
      line+=" export $which $ms ms,"
      if [ -n "$xvfb_pid" ]; then
        ms=$(gui_run "window shown" "$cmd" "$sample_client") || fail "the window of $cmd did not show"
        times[window-$which]+="$ms "
        line+=" window $which $ms ms,"
      fi
    done
    echo "${line%,}"
  done
  for k in export-installed export-image window-installed window-image; do
    [ -n "${times[$k]:-}" ] || continue
    # shellcheck disable=SC2086
    echo "$k: median $(median ${times[$k]}) ms (runs: ${times[$k]% })"
  done
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

case $pkg_tool in apt-get) step "Remove: apt-get purge seloste" ;; dnf) step "Remove: dnf remove -y seloste" ;; rpm) step "Remove: rpm -e seloste" ;; esac
start=$(date +%s)
remove_package > "$work/remove.txt" 2>&1 || true
grep -v -E -e '^\(Reading' -e 'use Alien instead|assuming you know what you are doing' "$work/remove.txt" || true
! installed || fail "still installed"
! grep -i 'scriptlet failed' "$work/remove.txt" || fail "a remove script failed"
echo "removed in $(( $(date +%s) - start )) s"
if [ $kind = rpm ] && [ $licenses_existed = no ] && [ -d /usr/share/licenses ]; then
  [ -z "$(ls -A /usr/share/licenses)" ] || fail "/usr/share/licenses is left with files in it: $(ls -A /usr/share/licenses)"
  remove_licenses_folder
  echo "(rpm left /usr/share/licenses empty: made for the licence file, owned by no package in rpm's database on Debian; removed)"
fi
system_files > "$work/after.txt"
if ! diff "$work/before.txt" "$work/after.txt"; then fail "files named seloste are left (see the diff above)"; fi
[ ! -e /usr/bin/seloste ] && [ ! -e /opt/seloste ] && [ ! -e "$desktop" ] || fail "the command, /opt/seloste or the menu entry is left"
! grep -q seloste /usr/share/mime/globs2 || fail "the MIME type is left in the MIME database"
! grep -q -s seloste /usr/share/applications/mimeinfo.cache || fail "a handler of client files is left"
if command -v xdg-mime > /dev/null; then
  [ -z "$(xdg-mime query default application/x-seloste-client 2>/dev/null)" ] || fail "a handler of client files is left"
fi
if [ $kind = deb ]; then records="dpkg's records"; else records="rpm's database ($(rpm -qa | wc -l) packages in it)"; fi
ok "nothing of the package is left in /opt, /usr, /etc or $records"
[ -s "$sample_client" ] && [ -s "$clients/out/Fysioterapia-fi.pdf" ] && [ -d "$XDG_CONFIG_HOME/seloste" ] \
    || fail "user data was touched by the removal"
ok "the client file, its export and the settings folder are still there: $(cd "$work" && find clients config -maxdepth 2 | tr '\n' ' ')"
echo
echo "PASSED: install test of $(basename "$pkg")"
