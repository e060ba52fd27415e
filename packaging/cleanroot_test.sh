#!/usr/bin/env bash
# `make deb-cleanroot-test` (root; packaging/README.md): the .deb installed with apt in a clean
# Debian bookworm root, so its Depends are resolved from Debian's archive for real and nothing
# of this machine's own libraries can hide a missing one; then the app started there:
# --version, init, an offscreen screenshot, serve on loopback, package_test.sh's USB round and
# transcript, a real xcb window under Xvfb (the menu's command);
# then the menu entry and icon checked and the package purged, leaving nothing under /opt.
#
#   DEB=dist/edunode_0.1.0_amd64.deb packaging/cleanroot_test.sh   (default: newest dist/*.deb)
#   NO_RECOMMENDS=1 ...: apt-get install --no-install-recommends (the Depends alone)
#   SUITE=bullseye ...: another Debian release (its own cached base root)
#
# The base root (debootstrap --variant=minbase) and apt's downloaded .debs are cached in
# $EDUNODE_CLEANROOT_CACHE (/var/cache/edunode-cleanroot), outside git; every run works in a
# fresh copy of the base, removed at the end. The app's runs are in a network namespace of
# their own with only a loopback interface: nothing it does can leave 127.0.0.1. Only
# debootstrap and apt-get reach the network (Debian's archive). Screenshots and logs: $OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
T0=$(date +%s)
ok() { echo "ok: $*  [$(( $(date +%s) - T0 )) s]"; }
die() { echo "FAIL: $*" >&2; exit 1; }
# Exit 77 (not a failure of the package: .ci/run lets it pass) when Debian's archive cannot
# be reached: debootstrap, apt-get update or a download failed.
unreachable() { echo "SKIP: Debian's archive not reachable ($*): nothing tested" >&2; exit 77; }
fetch_failed() { grep -qE "Failed to fetch|Unable to fetch|Temporary failure resolving|Could not (connect|resolve)" "$1"; }
[ "$(id -u)" = 0 ] || die "run as root (debootstrap, mount, chroot)"

DEB=${DEB:-$(ls -t dist/edunode_*_amd64.deb 2>/dev/null | head -n 1)}
[ -n "$DEB" ] && [ -f "$DEB" ] || die "no .deb: run 'make package' first, or pass DEB=PATH"
DEB=$(readlink -f "$DEB")
SUITE=${SUITE:-bookworm}  # another Debian release to try the .deb on: SUITE=bullseye
MIRROR=${MIRROR:-http://deb.debian.org/debian}
CACHE=${EDUNODE_CLEANROOT_CACHE:-/var/cache/edunode-cleanroot}
BASE=$CACHE/$SUITE-minbase
ARCHIVES=$CACHE/apt-archives
OUT=$(mkdir -p "${OUT:-build/cleanroot}" && readlink -f "${OUT:-build/cleanroot}")
ROOT=$CACHE/run.$$
export DEBIAN_FRONTEND=noninteractive
mkdir -p "$CACHE" "$ARCHIVES/partial"
rm -f "$OUT"/*.png "$OUT"/*.log "$OUT"/*.txt

unmount_under() {  # every mount at or below $1, the deepest first
    findmnt -rn -o TARGET | awk -v p="$1" '$0 == p || index($0, p "/") == 1' | sort -r \
        | while read -r m; do umount "$m" 2>/dev/null || umount -l "$m"; done
}
remove_root() {  # only once nothing is mounted below it (a bound /dev must never be deleted)
    unmount_under "$1"
    if findmnt -rn -o TARGET | grep -q "^$1\(/\|$\)"; then
        echo "WARNING: still mounted under $1, left in place" >&2
    else
        rm -rf --one-file-system "$1"
    fi
}
cleanup() {
    local rc=$? p
    set +e
    # Processes this run started inside its root (Xvfb, the app) if a stage was cut short.
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && kill "${p#/proc/}" 2>/dev/null
    done
    sleep 0.3
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && kill -9 "${p#/proc/}" 2>/dev/null
    done
    cp -a "$ROOT/tmp/out/." "$OUT/" 2>/dev/null
    remove_root "$ROOT"
    [ -d "$BASE.tmp" ] && remove_root "$BASE.tmp"
    if [ $rc = 0 ]; then
        echo "deb-cleanroot-test passed in $(( $(date +%s) - T0 )) s"
    elif [ $rc = 77 ]; then
        echo "deb-cleanroot-test skipped after $(( $(date +%s) - T0 )) s"
    else
        echo "deb-cleanroot-test FAILED after $(( $(date +%s) - T0 )) s (logs: $OUT)" >&2
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
apt_in_root() {  # apt_in_root LOG ARGS...: apt-get in the root, its output kept in $OUT/LOG
    local log=$OUT/$1; shift
    in_root apt-get -q -y -o Dpkg::Use-Pty=0 "$@" > "$log" 2>&1 || { tail -n 30 "$log"; return 1; }
}

# 1. The base root, made once: debootstrap's minimal variant of bookworm.
if [ ! -e "$BASE/.complete" ]; then
    if ! command -v debootstrap >/dev/null; then
        apt-get install -y -qq debootstrap >/dev/null 2>&1 \
            || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; } \
            || unreachable "debootstrap could not be installed"
    fi
    [ -d "$BASE.tmp" ] && remove_root "$BASE.tmp"
    t=$(date +%s)
    debootstrap --variant=minbase "$SUITE" "$BASE.tmp" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
        || { tail -n 20 "$CACHE/debootstrap.log"; unreachable "debootstrap failed"; }
    unmount_under "$BASE.tmp"
    printf '#!/bin/sh\nexit 101\n' > "$BASE.tmp/usr/sbin/policy-rc.d"  # no services started
    chmod 755 "$BASE.tmp/usr/sbin/policy-rc.d"
    chroot "$BASE.tmp" apt-get clean
    date -u +%FT%TZ > "$BASE.tmp/.complete"
    [ -d "$BASE" ] && remove_root "$BASE"
    mv "$BASE.tmp" "$BASE"
    ok "debootstrap --variant=minbase $SUITE $MIRROR: base root made in $(( $(date +%s) - t )) s," \
        "$(du -sm "$BASE" | cut -f1) MB, cached in $BASE"
else
    ok "base root reused: $BASE (debootstrap --variant=minbase $SUITE, made $(cat "$BASE/.complete"))"
fi

# 2. A fresh copy for this run, with /proc, /sys, /dev and apt's download cache mounted.
# In memory (a tmpfs, ~1 GB by the end) where it can be: copying, dpkg's syncs and the
# removal at the end (an unmount) cost next to nothing; else a folder beside the base.
mkdir -p "$ROOT"
mount -t tmpfs -o size=6g,mode=755 edunode-cleanroot "$ROOT" 2>/dev/null \
    && where="a tmpfs" || where="a folder"
cp -a --reflink=auto "$BASE/." "$ROOT/"
rm -f "$ROOT/.complete"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$ROOT/proc"
mount -t sysfs sysfs "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
mount --bind "$ARCHIVES" "$ROOT/var/cache/apt/archives"
in_root useradd --create-home --uid 1000 --user-group --shell /bin/bash pupil
in_root dpkg-query -W -f '${Package}\n' | sort > "$OUT/packages-base.txt"
ok "fresh copy of the base root in $where: $ROOT ($(wc -l < "$OUT/packages-base.txt") packages)," \
    "user 'pupil'"

# 3. The .deb installed with apt: its Depends (and Recommends, as apt does by default)
#    resolved from Debian's archive.
apt_in_root apt-update.log update || unreachable "apt-get update in the root failed"
install -m 644 "$DEB" "$ROOT/tmp/edunode.deb"
t=$(date +%s)
apt_in_root apt-install-edunode.log install ${NO_RECOMMENDS:+--no-install-recommends} /tmp/edunode.deb \
    || { fetch_failed "$OUT/apt-install-edunode.log" && unreachable "a download failed"
         die "apt-get install /tmp/edunode.deb failed in the clean root"; }
in_root dpkg-query -W -f '${Package} ${Version}\n' | sort > "$OUT/packages-after-install.txt"
comm -13 <(cat "$OUT/packages-base.txt") <(cut -d' ' -f1 "$OUT/packages-after-install.txt") \
    > "$OUT/installed-with-edunode.txt"
version=$(in_root dpkg-query -W -f '${Version}' edunode)
ok "chroot apt-get install -y ${NO_RECOMMENDS:+--no-install-recommends }/tmp/edunode.deb ($(basename "$DEB")): edunode $version and" \
    "$(( $(wc -l < "$OUT/installed-with-edunode.txt") - 1 )) packages from Debian in" \
    "$(( $(date +%s) - t )) s (list: $OUT/installed-with-edunode.txt)"

# 4. Every ELF file of the app resolves its libraries in this root (before anything else is
#    installed that could bring a missing one in): the bundle's own first, as the
#    bootloader sets them up, then the system's; and the system's glibc is new enough for
#    every symbol version they ask for ("version `GLIBC_2.xx' not found").
in_root sh -c 'cd /opt/edunode && find . -type f \( -name "*.so" -o -name "*.so.*" -o -name edunode \) \
    | while read -r f; do
        LD_LIBRARY_PATH=/opt/edunode/_internal ldd "$f" 2>&1 | grep "not found" \
            | sed "s|^|$f: |"
    done' > "$OUT/ldd-not-found.txt" || true
n_elf=$(in_root sh -c 'find /opt/edunode -type f \( -name "*.so" -o -name "*.so.*" -o -name edunode \) | wc -l')
if [ -s "$OUT/ldd-not-found.txt" ]; then
    head -n 20 "$OUT/ldd-not-found.txt"
    die "$(wc -l < "$OUT/ldd-not-found.txt") libraries or symbol versions not found in the" \
        "clean root (a missing Depends, or an older glibc than the bundle needs?)"
fi
ok "ldd: all $n_elf libraries and the executable under /opt/edunode resolve in the clean root"

# 5. The menu entry, the icon and the command landed, and nothing is writable by others.
desktop=$ROOT/usr/share/applications/edunode.desktop
icon=$ROOT/usr/share/icons/hicolor/scalable/apps/edunode.svg
[ -f "$desktop" ] || die "no /usr/share/applications/edunode.desktop"
[ -f "$icon" ] || die "no icon /usr/share/icons/hicolor/scalable/apps/edunode.svg"
grep -qx 'Exec=edunode.*' "$desktop" && grep -qx 'Icon=edunode' "$desktop" \
    || die "edunode.desktop: Exec= or Icon= is not what the package installs"
[ "$(in_root readlink -f /usr/bin/edunode)" = /opt/edunode/edunode ] \
    || die "/usr/bin/edunode is not a link to /opt/edunode/edunode"
[ -z "$(in_root find /opt/edunode /usr/share/applications/edunode.desktop -perm -o+w ! -type l)" ] \
    || die "files under /opt/edunode writable by others"
ok "menu entry /usr/share/applications/edunode.desktop (Exec=edunode, Icon=edunode)," \
    "icon hicolor/scalable/apps/edunode.svg, /usr/bin/edunode -> /opt/edunode/edunode"
# Icon=edunode is looked up by the icon theme rules: the hicolor theme must exist (its
# index.theme, from hicolor-icon-theme) and list the icon's folder, or menus and docks that
# follow the rules (GTK's among them) show no icon. (A clean root has no hicolor theme: the
# first run of this test found the .deb did not depend on it.)
index=$ROOT/usr/share/icons/hicolor/index.theme
[ -f "$index" ] && grep -qx '\[scalable/apps\]' "$index" \
    || die "no hicolor icon theme in the root (/usr/share/icons/hicolor/index.theme):" \
        "Icon=edunode cannot be found by the icon theme rules"
ok "icon theme: hicolor's index.theme is there and lists scalable/apps"

# The app's runs: a script run in the root, in a network namespace that has only loopback.
cat > "$ROOT/tmp/stage.sh" <<'STAGE'
#!/bin/bash
# stage.sh offscreen|xcb, run as root inside the clean root; the app itself runs as 'pupil'.
set -euo pipefail
T0=$1; shift
ok() { echo "ok: $*  [$(( $(date +%s) - T0 )) s]"; }
die() { echo "FAIL: $*" >&2; exit 1; }
# As the user pupil, with nothing of root's environment: app [VAR=value...] edunode ARGS...
AS_PUPIL=(setpriv --reuid=pupil --regid=pupil --init-groups env -i PATH=/usr/bin:/bin
    HOME=/home/pupil LANG=C.UTF-8 EDUNODE_ADMIN_PIN=246810)
app() { "${AS_PUPIL[@]}" "$@"; }
mkdir -p /tmp/out && chmod 777 /tmp/out
ip=$(cat /proc/net/dev | sed -n 's/^ *\([a-z0-9]*\):.*/\1/p' | tr '\n' ' ')
case $1 in
offscreen)
    out=$(app edunode --version)
    [[ $out == "edunode "* ]] || die "--version printed: $out"
    ok "edunode --version: $out (network interfaces here: $ip)"
    app edunode --version --json | grep -q '"pyside6"' || die "--version --json: no pyside6"
    app edunode init --name "Clean root PC" --school "Bookworm School" --admin-pin 246810 \
        > /tmp/out/init.log 2>&1 || { cat /tmp/out/init.log; die "edunode init"; }
    [ -d /home/pupil/.local/share/EduNode ] || die "init made no ~/.local/share/EduNode"
    ok "edunode init (as the user pupil): data folder ~/.local/share/EduNode"
    app QT_QPA_PLATFORM=offscreen edunode gui --screenshot /tmp/out/offscreen.png --no-network \
        > /tmp/out/gui-offscreen.log 2>&1 || { cat /tmp/out/gui-offscreen.log; die "gui offscreen"; }
    [ "$(head -c 4 /tmp/out/offscreen.png | tail -c 3)" = PNG ] || die "no offscreen PNG"
    ok "QT_QPA_PLATFORM=offscreen edunode gui --screenshot: offscreen.png" \
        "($(stat -c %s /tmp/out/offscreen.png) bytes)"
    app edunode serve --for 3 --interfaces 127.0.0.1 --port 0 > /tmp/out/serve.log 2>&1 \
        || { cat /tmp/out/serve.log; die "edunode serve"; }
    ok "edunode serve --for 3 --interfaces 127.0.0.1 --port 0: ran and stopped by itself"
    # make package-test's script on the installed command: two data folders, a USB round
    # and a transcript PDF in four scripts (the bundled fonts and HarfBuzz in this root).
    app EDUNODE_BIN=/usr/bin/edunode bash /tmp/pkgtest/packaging/package_test.sh \
        > /tmp/out/package-test.log 2>&1 || { cat /tmp/out/package-test.log; die "package_test.sh"; }
    ok "packaging/package_test.sh with EDUNODE_BIN=/usr/bin/edunode, as pupil:" \
        "$(grep -c '^ok:' /tmp/out/package-test.log) checks passed (USB sync, transcript PDF)"
    ;;
xcb)
    DPY=:42
    Xvfb $DPY -screen 0 1280x800x24 -nolisten tcp > /tmp/out/xvfb.log 2>&1 &
    XPID=$!
    trap 'kill $XPID 2>/dev/null; [ -n "${GPID:-}" ] && kill $GPID 2>/dev/null; wait' EXIT
    for _ in $(seq 100); do xdpyinfo -display $DPY >/dev/null 2>&1 && break; sleep 0.1; done
    xdpyinfo -display $DPY >/dev/null 2>&1 || { cat /tmp/out/xvfb.log; die "Xvfb did not start"; }
    app DISPLAY=$DPY QT_QPA_PLATFORM=xcb edunode gui --screenshot /tmp/out/xcb.png --no-network \
        > /tmp/out/gui-xcb.log 2>&1 || { cat /tmp/out/gui-xcb.log; die "gui under Xvfb (xcb)"; }
    [ "$(head -c 4 /tmp/out/xcb.png | tail -c 3)" = PNG ] || die "no xcb PNG"
    ok "edunode gui --screenshot on Xvfb with the xcb plugin: xcb.png" \
        "($(stat -c %s /tmp/out/xcb.png) bytes)"
    # The window as the menu starts it (its Exec= line, network service included: only
    # loopback here), left open on the X server, and the X server's own picture of its screen.
    exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/edunode.desktop | sed 's/ *%[a-zA-Z]//g')
    # shellcheck disable=SC2086  # the Exec= line's words
    "${AS_PUPIL[@]}" DISPLAY=$DPY $exec_line > /tmp/out/gui-window.log 2>&1 &
    GPID=$!  # the app's own PID: setpriv and env exec it
    for _ in $(seq 120); do
        xwininfo -display $DPY -root -tree 2>/dev/null | grep -q '"EduNode"' && break
        kill -0 $GPID 2>/dev/null || { cat /tmp/out/gui-window.log; die "the window exited"; }
        sleep 0.25
    done
    geometry=$(xwininfo -display $DPY -root -tree | grep '"EduNode": ("edunode"' | head -n 1 \
        | grep -o '[0-9]*x[0-9]*+[0-9-]*+[0-9-]*' | head -n 1) \
        || die "no window titled EduNode on the X server"
    sleep 4  # the first page loads its data and paints
    kill -0 $GPID 2>/dev/null || { cat /tmp/out/gui-window.log; die "the window exited"; }
    xwd -display $DPY -root -silent | xwdtopnm 2>/dev/null | pnmtopng > /tmp/out/xvfb-screen.png
    kill $GPID; wait $GPID 2>/dev/null || true; GPID=
    size=$(stat -c %s /tmp/out/xvfb-screen.png)
    [ "$size" -gt 20000 ] || die "the X server's screen looks blank ($size bytes)"
    if grep -q . /tmp/out/gui-window.log; then
        echo "   the window's stderr:"; sed 's/^/   | /' /tmp/out/gui-window.log
    fi
    # WM_CLASS "edunode" is edunode.desktop's name: how a dock matches the window to the menu
    # entry (and its icon).
    ok "the menu's command ('$exec_line') opened a real window 'EduNode' ($geometry," \
        "WM_CLASS edunode as edunode.desktop) on Xvfb," \
        "open for 4 s with its network service on loopback;" \
        "the X server's screen saved: xvfb-screen.png ($size bytes)"
    ;;
esac
STAGE
chmod 755 "$ROOT/tmp/stage.sh"
install -D -m 644 packaging/package_test.sh "$ROOT/tmp/pkgtest/packaging/package_test.sh"
stage() {  # the stage, with only loopback (up) for a network
    unshare --net sh -c "ip link set lo up && exec chroot '$ROOT' env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 /tmp/stage.sh $T0 $1"
}

# 6. Started: --version, init, the window offscreen, serve on loopback.
stage offscreen

# 7. A real X server: Xvfb from Debian's packages (with xdpyinfo, xwininfo, xwd and netpbm to
#    look at it), installed only now so it cannot bring in a library the app lacks.
if apt_in_root apt-install-xvfb.log install --no-install-recommends xvfb x11-utils x11-apps netpbm; then
    ok "apt-get install xvfb x11-utils x11-apps netpbm in the root"
    stage xcb
else
    echo "skip: xvfb could not be installed in the root: no xcb window tested"
fi
# 8. Removed: apt-get remove --purge leaves nothing of EduNode but the user's data folder.
apt_in_root apt-purge-edunode.log remove --purge edunode || die "apt-get remove --purge edunode"
left=""
for f in /opt/edunode /usr/bin/edunode /usr/share/applications/edunode.desktop \
    /usr/share/icons/hicolor/scalable/apps/edunode.svg /usr/share/doc/edunode; do
    if [ -e "$ROOT$f" ] || [ -L "$ROOT$f" ]; then left="$left $f"; fi
done
[ -z "$left" ] || die "left behind after purge:$left"
if in_root dpkg-query -W -f '${db:Status-Abbrev}' edunode 2>/dev/null | grep -q '^i'; then
    die "dpkg still lists edunode as installed"
fi
[ -d "$ROOT/home/pupil/.local/share/EduNode" ] || die "the purge removed the user's data folder"
ok "apt-get remove --purge -y edunode: /opt/edunode, /usr/bin/edunode, the menu entry, the icon" \
    "and the docs gone; the user's data folder kept"
echo "screenshots and logs: $OUT"
