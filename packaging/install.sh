#!/bin/sh
# Install the portable EduNode: as a user into ~/.local/opt/edunode (the command linked in
# ~/.local/bin), as root into /opt/edunode (linked in /usr/local/bin); a menu entry either way.
# ./install.sh [--prefix DIR]   then: edunode   (uninstall: DIR/edunode/uninstall.sh)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then
    OPT=/opt BIN=/usr/local/bin APPS=/usr/local/share/applications ICONS=/usr/local/share/icons
else
    OPT=$HOME/.local/opt BIN=$HOME/.local/bin APPS=$HOME/.local/share/applications
    ICONS=$HOME/.local/share/icons
fi
if [ "${1:-}" = --prefix ] && [ -n "${2:-}" ]; then OPT=$2; fi
DEST=$OPT/edunode
mkdir -p "$OPT" "$BIN" "$APPS" "$ICONS/hicolor/scalable/apps"
rm -rf "$DEST"
cp -a "$HERE/edunode" "$DEST"
cp "$HERE/uninstall.sh" "$DEST/uninstall.sh"
ln -sf "$DEST/edunode" "$BIN/edunode"
cp "$HERE/edunode.svg" "$ICONS/hicolor/scalable/apps/edunode.svg"
sed "s|^Exec=.*|Exec=$DEST/edunode|" "$HERE/edunode.desktop" > "$APPS/edunode.desktop"
cat > "$DEST/.installed" <<LIST
$BIN/edunode
$APPS/edunode.desktop
$ICONS/hicolor/scalable/apps/edunode.svg
LIST
echo "EduNode is installed in $DEST; the command is $BIN/edunode"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "Add $BIN to PATH, e.g.: echo 'export PATH=\"$BIN:\$PATH\"' >> ~/.profile";; esac
