#!/usr/bin/env bash
# dist/edunode_VERSION_amd64.deb from dist/edunode/: the app under /opt/edunode, the command
# as /usr/bin/edunode, the menu entry and the icon. Depends: the system libraries the Qt xcb
# platform plugin links to and the bundle leaves to the system (packaging/README.md), and
# hicolor-icon-theme: the icon goes into its theme, which a clean Debian root does not have
# (found by cleanroot_test.sh: without hicolor's index.theme, Icon=edunode is not found).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$1
ROOT=build/deb/root
rm -rf build/deb && mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" \
    "$ROOT/usr/share/applications" "$ROOT/usr/share/icons/hicolor/scalable/apps" \
    "$ROOT/usr/share/doc/edunode"
cp -a dist/edunode "$ROOT/opt/edunode"
ln -s /opt/edunode/edunode "$ROOT/usr/bin/edunode"
install -m 644 packaging/edunode.desktop "$ROOT/usr/share/applications/edunode.desktop"
install -m 644 packaging/edunode.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/edunode.svg"
install -m 644 packaging/copyright "$ROOT/usr/share/doc/edunode/copyright"
SIZE=$(du -sk "$ROOT" | cut -f1)
# libc6's floor: the newest glibc symbol version any bundled binary asks for. The bundle is
# built against this machine's glibc (libpython, and the libstdc++ and libgcc_s PyInstaller
# copies from it), so an older one cannot run it: with bookworm's build that is 2.36, and
# the 2.31 written here before let bullseye and Ubuntu 20.04/22.04 install an app that does
# not start ("GLIBC_2.34 not found").
command -v objdump >/dev/null || { echo "make_deb.sh needs objdump (binutils)" >&2; exit 1; }
GLIBC=$({ find "$ROOT/opt/edunode" -type f \( -name '*.so' -o -name '*.so.*' -o -name edunode \) \
    -exec objdump -T {} + 2>/dev/null || true; } \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/^GLIBC_//' | sort -uV | tail -n 1)
[ -n "$GLIBC" ] || { echo "make_deb.sh: found no glibc symbol versions in the bundle" >&2; exit 1; }
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: edunode
Version: $VERSION
Architecture: amd64
Maintainer: EduNode developers <edunode@localhost>
Installed-Size: $SIZE
Section: education
Priority: optional
Depends: libc6 (>= $GLIBC), libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-glx0,
 libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0,
 libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1,
 libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0,
 libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, hicolor-icon-theme
Recommends: fonts-dejavu-core
Homepage: https://example.invalid/edunode
Description: course and learner records shared between the PCs of small schools
 EduNode keeps the course and learner records of small schools on the schools' own
 PCs, with no central server: the PCs share them over the local network or a USB
 stick. This package holds the desktop app and the edunode command (a one-folder
 build with its own Python and Qt, under /opt/edunode).
CONTROL
# dpkg removes what it installed; postrm also removes Python caches and the icon cache's
# entry, so nothing of EduNode is left under /opt (a user's data folder is theirs: kept).
cat > "$ROOT/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
SCRIPT
cat > "$ROOT/DEBIAN/postrm" <<'SCRIPT'
#!/bin/sh
set -e
case "$1" in
    remove|purge)
        rm -rf "${DPKG_ROOT:-}/opt/edunode"
        command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
        command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
        ;;
esac
exit 0
SCRIPT
chmod 755 "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"
OUT=dist/edunode_${VERSION}_amd64.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$ROOT" "$OUT" >/dev/null
echo "$OUT: $(du -sm "$OUT" | cut -f1) MB (Depends: libc6 (>= $GLIBC), ...)"
