#!/bin/sh
# What the deb's and the rpm's install scripts do besides jpackage's menu entry (docs/decisions/0028-installers.md).
# Installed as /opt/seloste/lib/package-hooks.sh; run as root by postinst/%post (install) and prerm/%preun (remove).
#   install: the `seloste` command on the PATH, the icon in the hicolor theme, the MIME type of client files
#            (*.seloste.mv.db, packaging/linux/seloste-mime.xml), and the class-data archive of this installation.
#   remove:  takes all of that away again. Client files, settings and the users' caches are never touched.
set -e
root=/opt/seloste
lib=$root/lib
sizes="16 24 32 48 64 128 256 512"

case "$1" in
  install)
    ln -sfn "$root/bin/seloste" /usr/bin/seloste
    for size in $sizes; do
      xdg-icon-resource install --noupdate --novendor --mode system --context apps --size "$size" \
          "$lib/icons/seloste-$size.png" seloste
    done
    xdg-icon-resource forceupdate --mode system || true
    xdg-mime install --mode system "$lib/seloste-mime.xml"
    echo "Seloste: recording the class-data archive of $root (a faster start; about 15 s)"
    if ! "$root/bin/seloste" --record-class-data; then
      echo "Seloste: WARNING: no class-data archive; each user's first start records one instead" >&2
    fi
    ;;
  remove)
    if [ "$(readlink /usr/bin/seloste 2>/dev/null)" = "$root/bin/seloste" ]; then
      rm -f /usr/bin/seloste
    fi
    for size in $sizes; do
      xdg-icon-resource uninstall --noupdate --novendor --mode system --context apps --size "$size" seloste || true
    done
    xdg-icon-resource forceupdate --mode system || true
    xdg-mime uninstall --mode system "$lib/seloste-mime.xml" || true
    rm -f "$lib/app/seloste.jsa" "$lib/app/seloste.jsa.key" "$lib/app/seloste.jsa.failed" "$lib/app/seloste.jsa.tmp"*
    ;;
  *)
    echo "usage: $0 install|remove" >&2
    exit 2
    ;;
esac
