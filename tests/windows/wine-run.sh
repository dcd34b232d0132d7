#!/usr/bin/env bash
# Runs a Windows program under Wine, in a private prefix made on first use
# ($WINEPREFIX, default ~/.local/share/second-heart-wine). Wine 8 lacks
# bcryptprimitives.dll, whose ProcessPrng Rust's std calls at start-up:
# a test-only stand-in (process_prng.c) is built with mingw and put in
# the prefix's system32.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export WINEPREFIX=${WINEPREFIX:-$HOME/.local/share/second-heart-wine}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
system32=$WINEPREFIX/drive_c/windows/system32
if [ ! -f "$system32/bcryptprimitives.dll" ]; then
    mkdir -p "$WINEPREFIX"
    wineboot --init >/dev/null 2>&1 || true
    wineserver --wait || true
    x86_64-w64-mingw32-gcc -shared -O2 -o "$system32/bcryptprimitives.dll" \
        "$here/process_prng.c" "$here/process_prng.def" -ladvapi32
fi
exec wine "$@"
