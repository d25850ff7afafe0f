#!/bin/sh
# What the deb's and the rpm's install scripts do besides unpacking /opt/seloste (docs/decisions/0028-installers.md).
# Installed as /opt/seloste/lib/package-hooks.sh; run as root by postinst/%post (install) and prerm/%preun (remove).
#   install: the `seloste` command on the PATH, the menu entry (packaging/linux/seloste.desktop), the icon in the
#            hicolor theme, the MIME type of client files (*.seloste.mv.db, packaging/linux/seloste-mime.xml) with
#            Seloste as its handler, and the class-data archive of this installation.
#   remove:  takes all of that away again. Client files, settings and the users' caches are never touched.
# Plain copies and the freedesktop caches' own update commands, not xdg-utils: xdg-desktop-menu refuses to work where
# no desktop has made /etc/xdg/menus, and would fail the installation there.
set -e
root=/opt/seloste
lib=$root/lib
share=/usr/share
sizes="16 24 32 48 64 128 256 512"

refresh() {
  if command -v update-desktop-database > /dev/null; then update-desktop-database -q "$share/applications" || true; fi
  if command -v update-mime-database > /dev/null; then update-mime-database "$share/mime" || true; fi
  touch "$share/icons/hicolor" 2> /dev/null || true
  if command -v gtk-update-icon-cache > /dev/null; then gtk-update-icon-cache -q -t "$share/icons/hicolor" || true; fi
}

case "$1" in
  install)
    ln -sfn "$root/bin/seloste" /usr/bin/seloste
    install -D -m 644 "$lib/seloste.desktop" "$share/applications/seloste.desktop"
    for size in $sizes; do
      install -D -m 644 "$lib/icons/seloste-$size.png" "$share/icons/hicolor/${size}x$size/apps/seloste.png"
    done
    install -D -m 644 "$lib/seloste-mime.xml" "$share/mime/packages/seloste.xml"
    refresh
    echo "Seloste: recording the class-data archive of $root (a faster start; about 15 s)"
    if ! "$root/bin/seloste" --record-class-data; then
      echo "Seloste: WARNING: no class-data archive; each user's first start records one instead" >&2
    fi
    ;;
  remove)
    if [ "$(readlink /usr/bin/seloste 2> /dev/null)" = "$root/bin/seloste" ]; then
      rm -f /usr/bin/seloste
    fi
    rm -f "$share/applications/seloste.desktop" "$share/mime/packages/seloste.xml"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x$size/apps/seloste.png"; done
    refresh
    rm -f "$lib/app/seloste.jsa" "$lib/app/seloste.jsa.key" "$lib/app/seloste.jsa.failed" "$lib/app/seloste.jsa.tmp"*
    ;;
  *)
    echo "usage: $0 install|remove" >&2
    exit 2
    ;;
esac
