#!/bin/bash
# Removes what install-macos.sh made: ~/Applications/EduNode.app and ~/.local/bin/edunode.
# EduNode's data folder, ~/Library/Application Support/EduNode (the school's records), is kept.
set -euo pipefail
rm -rf "$HOME/Applications/EduNode.app"
if [ -L "$HOME/.local/bin/edunode" ]; then rm -f "$HOME/.local/bin/edunode"; fi
echo "EduNode is removed. Its data folder ~/Library/Application Support/EduNode is kept."
