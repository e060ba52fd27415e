#!/bin/bash
# EduNode @VERSION@ for macOS (14 or later; Intel or Apple silicon), from this folder alone: no
# internet needed. Needs Python 3.11 or 3.12 installed first (README.txt says how). Makes
# ~/Applications/EduNode.app (a virtual environment with EduNode and this kit's wheels inside
# it; open it from Launchpad, Spotlight or Finder) and the `edunode` command in ~/.local/bin.
# The school's records stay in EduNode's data folder (~/Library/Application Support/EduNode),
# which neither this script nor uninstall-macos.sh touches.
set -euo pipefail
VERSION=@VERSION@
KIT=$(cd "$(dirname "$0")" && pwd)
APP="$HOME/Applications/EduNode.app"
CHECK='import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 13) else 1)'

PYTHON=
for p in python3.12 python3.11 \
    /Library/Frameworks/Python.framework/Versions/3.12/bin/python3 \
    /Library/Frameworks/Python.framework/Versions/3.11/bin/python3 \
    /opt/homebrew/bin/python3.12 /opt/homebrew/bin/python3.11 \
    /usr/local/bin/python3.12 /usr/local/bin/python3.11 python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c "$CHECK" 2>/dev/null; then
        PYTHON=$(command -v "$p"); break
    fi
done
if [ -z "$PYTHON" ]; then
    echo "EduNode needs Python 3.11 or 3.12, and none was found."
    echo "Install it first (README.txt: the python.org installer for macOS), then run this again."
    exit 1
fi
echo "Installing EduNode $VERSION into $APP with $PYTHON"

rm -rf "$APP"  # a new version replaces the old
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources" "$HOME/.local/bin"
"$PYTHON" -m venv "$APP/Contents/Resources/venv"
PIP_DISABLE_PIP_VERSION_CHECK=1 "$APP/Contents/Resources/venv/bin/python" -m pip install \
    --no-index --find-links "$KIT/wheels" -r "$KIT/requirements.txt" "edunode==$VERSION"
"$APP/Contents/Resources/venv/bin/edunode" --version

cp "$KIT/edunode.icns" "$APP/Contents/Resources/edunode.icns"
cp "$KIT/uninstall-macos.sh" "$APP/Contents/Resources/uninstall-macos.sh"
cat > "$APP/Contents/MacOS/EduNode" <<'LAUNCHER'
#!/bin/bash
exec "$(dirname "$0")/../Resources/venv/bin/python" -m edunode "$@"
LAUNCHER
chmod 755 "$APP/Contents/MacOS/EduNode"
cat > "$APP/Contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleName</key><string>EduNode</string>
    <key>CFBundleDisplayName</key><string>EduNode</string>
    <key>CFBundleIdentifier</key><string>org.edunode.EduNode</string>
    <key>CFBundleVersion</key><string>$VERSION</string>
    <key>CFBundleShortVersionString</key><string>$VERSION</string>
    <key>CFBundlePackageType</key><string>APPL</string>
    <key>CFBundleExecutable</key><string>EduNode</string>
    <key>CFBundleIconFile</key><string>edunode.icns</string>
    <key>LSMinimumSystemVersion</key><string>14.0</string>
    <key>NSHighResolutionCapable</key><true/>
</dict>
</plist>
PLIST
ln -sf "$APP/Contents/Resources/venv/bin/edunode" "$HOME/.local/bin/edunode"
echo "EduNode $VERSION is installed: open EduNode from Launchpad or ~/Applications."
case ":$PATH:" in
    *":$HOME/.local/bin:"*) echo "'edunode --help' lists the commands." ;;
    *) echo "For the command line, add ~/.local/bin to PATH:" \
            "echo 'export PATH=\"\$HOME/.local/bin:\$PATH\"' >> ~/.zprofile" ;;
esac
