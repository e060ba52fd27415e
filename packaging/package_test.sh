#!/usr/bin/env bash
# `make package-test`: the built app (dist/edunode/edunode, or $EDUNODE_BIN), run outside any
# virtualenv (env -i, a minimal PATH and a temporary HOME): --version, init, serve on
# loopback, an offscreen screenshot, a USB export/import between two data folders, and a
# learner's record bundle with its PDF transcript.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(readlink -f "${EDUNODE_BIN:-dist/edunode/edunode}")
[ -x "$BIN" ] || { echo "no built app at $BIN: run 'make package' first" >&2; exit 1; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
T0=$(date +%s%N)
run() {  # run HOME_NAME ARGS...: the app with nothing of this shell's environment
    local home=$1; shift
    env -i PATH=/usr/bin:/bin HOME="$T/user" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        EDUNODE_ADMIN_PIN=246810 "$BIN" --home "$T/$home" "$@"
}
ok() { echo "ok: $*"; }
mkdir -p "$T/user" "$T/stick"

out=$(run a --version); [[ $out == "edunode "* ]] || { echo "--version: $out"; exit 1; }; ok "$out"
run a --version --json | grep -q '"pyside6"'; ok "--version --json"
run a init --name "PC A" --school "Hill School" --admin-pin 246810 >/dev/null 2>&1; ok "init A"
run b init --name "PC B" --join --admin-pin 246810 >/dev/null 2>&1; ok "init B"
run a serve --for 3 --interfaces 127.0.0.1 --port 0 > "$T/serve.log" 2>&1 \
    || { cat "$T/serve.log"; exit 1; }
ok "serve --for 3 on 127.0.0.1"
run a gui --screenshot "$T/shot.png" --no-network
[ -s "$T/shot.png" ] && [ "$(head -c 4 "$T/shot.png" | tail -c 3)" = PNG ]; ok "gui --screenshot"

A=$(run a --json id | sed -n 's/.*"node_id": "\([^"]*\)".*/\1/p')
B=$(run b --json id | sed -n 's/.*"node_id": "\([^"]*\)".*/\1/p')
run a usb introduce "$T/stick" >/dev/null
run b usb import "$T/stick" >/dev/null
run b approve "$A" --role community >/dev/null 2>&1
run b usb introduce "$T/stick" >/dev/null
run a usb import "$T/stick" >/dev/null
run a approve "$B" --role community >/dev/null 2>&1
C=$(run a course create --title "Frozen maths" --subject mathematics --language en)
run a usb export "$T/stick" >/dev/null 2>&1
run b usb import "$T/stick" >/dev/null
run b course list | grep -q "Frozen maths" || { echo "course $C did not arrive on B"; exit 1; }
ok "USB introduce/approve/export/import: the course arrived on B"

# The printable transcript: fpdf2, HarfBuzz and the bundled Noto fonts (Latin, Arabic,
# Devanagari, CJK) inside the frozen app, and the bundle verified offline.
L=$(run a --json learner add --name "Amina Wanjiru أمينة अमीना 王芳" \
    | sed -n 's/.*"id": "\([^"]*\)".*/\1/p')
run a bundle export "$L" --out "$T/record.json" --pdf "$T/transcript.pdf" >/dev/null
[ "$(head -c 5 "$T/transcript.pdf")" = "%PDF-" ] || { echo "no transcript PDF"; exit 1; }
run a bundle verify "$T/record.json" >/dev/null
run a bundle transcript "$T/record.json" --pdf "$T/again.pdf" 2> "$T/transcript.err" >/dev/null
[ -s "$T/again.pdf" ] && [ ! -s "$T/transcript.err" ] \
    || { cat "$T/transcript.err"; echo "bundle transcript failed or warned"; exit 1; }
ok "bundle export --pdf, verify, transcript: a PDF in four scripts"
echo "package-test passed in $(( ($(date +%s%N) - T0) / 1000000 )) ms"
