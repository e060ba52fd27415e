#!/usr/bin/env bash
# Is dist/offline-kit/ complete? For each target and Python, `pip install --dry-run
# --no-index --find-links dist/offline-kit/wheels` of edunode must resolve from the kit alone.
# 1. offline_kit.py check: this venv's pip with the target's environment markers.
# 2. Where python3.11 / python3.12 run here, their own plain pip, no marker patch (a second
#    opinion: python_version markers evaluated by a real interpreter of that version).
# Not part of `make test`: it needs the kit, which `make offline-kit` downloads.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
KIT=${1:-dist/offline-kit}
VERSION=$("$PYTHON" -c 'import sys; sys.path.insert(0, "packaging"); import offline_kit; print(offline_kit.version())')
"$PYTHON" packaging/offline_kit.py check "$KIT"
for py in 3.11 3.12; do
    command -v "python$py" >/dev/null 2>&1 && "python$py" -c pass 2>/dev/null || {
        echo "(no python$py here: second opinion skipped)"; continue; }
    for platform in win_amd64 macosx_14_0_arm64; do
        T=$(mktemp -d)
        env -u PIP_FIND_LINKS -u PIP_CONSTRAINT PIP_CONFIG_FILE=/dev/null \
            PIP_DISABLE_PIP_VERSION_CHECK=1 "python$py" -m pip install --dry-run -q \
            --ignore-installed --no-index --find-links "$KIT/wheels" --only-binary=:all: \
            --platform "$platform" --python-version "$py" --implementation cp --target "$T/x" \
            -r "$KIT/requirements.txt" "edunode==$VERSION"
        rm -rf "$T"
        echo "ok (python$py's own pip) $platform: edunode $VERSION resolves from the kit alone"
    done
done
echo "offline kit complete: $(du -sm "$KIT" | cut -f1) MB in $KIT"
