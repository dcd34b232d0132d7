#!/usr/bin/env bash
# Looks at the window as Windows draws it: the Windows build of
# second-heart.exe under Wine on a private Xvfb, at a display scale, saved
# as a PNG to open and look at (not a test: a person judges it).
#   tests/windows/screenshot.sh [scale percent: 100|150|200] [out.png]
# Uses the debug build in $CARGO_TARGET_DIR (default target/), a private
# Wine prefix and a private data folder, so nothing of yours is touched.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
scale=${1:-100}
out=${2:-target/windows/window-$scale.png}
exe=${CARGO_TARGET_DIR:-target}/x86_64-pc-windows-gnu/debug/second-heart.exe
[ -f "$exe" ] || "$here/cargo.sh" build --bins
work=$(mktemp -d)
trap 'WINEPREFIX=$work/prefix wineserver -k 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export WINEPREFIX=$work/prefix DISPLAY=:$((90 + RANDOM % 100))
Xvfb "$DISPLAY" -screen 0 2560x1600x24 >/dev/null 2>&1 &
xvfb=$!
"$here/wine-run.sh" cmd /c exit >/dev/null 2>&1
wine reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d $((96 * scale / 100)) /f >/dev/null 2>&1
wineserver -w
SECOND_HEART_HOME=$(winepath -w "$work") "$here/wine-run.sh" "$exe" >"$work/log" 2>&1 &
sleep 20
mkdir -p "$(dirname "$out")"
import -window root -crop 1920x1400+0+0 "$out"
echo "$out"
