#!/bin/sh
# Remove what install.sh put in place (the data folder, with the records, stays).
set -eu
DEST=$(cd "$(dirname "$0")" && pwd)
[ -f "$DEST/.installed" ] || { echo "$DEST was not installed by install.sh" >&2; exit 1; }
while IFS= read -r path; do rm -f "$path"; done < "$DEST/.installed"
rm -rf "$DEST"
echo "EduNode is removed from $DEST (your data folder is kept)"
