#!/usr/bin/env bash
# `make package`: the one-folder app (dist/edunode/), then the .deb and the portable .tar.gz
# made from it. Prints each one's size and the time each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" -c 'import edunode; print(edunode.__version__)')
ARCH=$(uname -m)

step() { echo "== $1 ($(($(date +%s) - T0)) s so far)"; }
T0=$(date +%s)
step "PyInstaller: dist/edunode/"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/edunode.spec
echo "dist/edunode: $(du -sm dist/edunode | cut -f1) MB unpacked"

step "the .deb"
if command -v dpkg-deb >/dev/null; then packaging/make_deb.sh "$VERSION"; else echo "no dpkg-deb: no .deb"; fi
step "the portable .tar.gz"
packaging/make_tarball.sh "$VERSION"
step "done"
ls -l dist/*.deb dist/*.tar.gz 2>/dev/null || true
