#!/bin/bash
# Double-click in Finder to install EduNode @VERSION@ (runs install-macos.sh in Terminal).
bash "$(dirname "$0")/install-macos.sh"
echo; read -r -p "Press Return to close this window. " _
