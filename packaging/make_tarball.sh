#!/usr/bin/env bash
# dist/edunode-VERSION-linux-x86_64.tar.gz: dist/edunode/ with install.sh and uninstall.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$1
NAME=edunode-$VERSION-linux-$(uname -m)
STAGE=build/tarball/$NAME
rm -rf build/tarball && mkdir -p "$STAGE"
cp -a dist/edunode "$STAGE/edunode"
install -m 755 packaging/install.sh packaging/uninstall.sh "$STAGE/"
install -m 644 packaging/edunode.desktop packaging/edunode.svg "$STAGE/"
tar -C build/tarball --owner=0 --group=0 -czf "dist/$NAME.tar.gz" "$NAME"
echo "dist/$NAME.tar.gz: $(du -sm "dist/$NAME.tar.gz" | cut -f1) MB"
