#!/usr/bin/env bash
# The Windows tests: cross-built (debug) for x86_64-pc-windows-gnu and run
# under Wine (cargo.sh, wine-run.sh). What runs:
#   - the library's unit tests (`--lib`);
#   - from tests/headless: the property and simulation tests (planner_props,
#     guide_props, scheduler_sim, fuzz_parsers), the store's trust drills
#     (two writers, an interrupted write, a read-only file: drills_history,
#     drills_prefs, drills_crash) and the time zones (zones, each in a Wine
#     server started in its zone);
#   - the real daemon through its named pipe, and the CLI, in a private home
#     (answers, cli, guided, languages; report_json in a Wine server started
#     in Paris);
#   - the tray icon made, updated and removed (it needs a display: Xvfb);
#   - the winget manifests against their schemas (check_winget.py);
#   - the installed program end to end: the MSI installed in a fresh prefix,
#     the daemon through its pipe, upgrade and uninstall (install.sh).
# Tests that are Unix's by nature, or that Wine cannot run, are
# `#[cfg(unix)]` with their reason.
#
# One target dir for every Windows step ($CARGO_TARGET_DIR, default
# target/): the std built from source (-Zbuild-std) is built once and kept.
# WINEPREFIX: as wine-run.sh (a private prefix, made on first use).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
export WINEPREFIX=${WINEPREFIX:-$HOME/.local/share/second-heart-wine}
export WINEDEBUG=${WINEDEBUG:--all}

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

started=$SECONDS
step "build the tests for Windows"
"$here/cargo.sh" test --lib --test headless --no-run
built=$SECONDS

step "unit tests under Wine"
"$here/cargo.sh" test --lib

# The 50 MB history is a speed drill, not a trust one: a debug build reads
# it in seconds on Linux, where it runs, and in minutes under Wine.
step "property, simulation and store tests under Wine"
"$here/cargo.sh" test --test headless -- \
    planner_props:: guide_props:: scheduler_sim:: fuzz_parsers:: \
    drills_history:: drills_prefs:: drills_crash:: \
    --skip drills_history::a_50_mb_history_loads_and_status_works

step "the daemon through its pipe and the CLI under Wine"
"$here/cargo.sh" test --test headless -- \
    answers:: cli:: guided:: languages::

# Wine derives the Windows time zone from TZ when its server starts, and a
# server serves every program of the prefix until it ends (a few seconds
# after the last one): the reports pinned in Paris run in a server started
# there, and each zone's test in a server of its own, started in that
# zone, once the previous one has ended.
step "the JSON reports under Wine, in Paris"
wineserver -w
TZ=Europe/Paris "$here/cargo.sh" test --test headless -- report_json::

step "time zones under Wine"
for zone in Europe/Berlin:berlin_ America/New_York:new_york_; do
    wineserver -w
    TZ=${zone%%:*} "$here/cargo.sh" test --test headless -- "zones::${zone#*:}"
done

# A Wine server started without a display keeps its desktop (and the
# notification area) display-less: the tray's test waits for a new one.
step "the tray icon under Wine, on Xvfb"
wineserver -w
xvfb-run -a "$here/cargo.sh" test --lib -- --ignored tray::windows
wineserver -w

step "the winget manifests"
/usr/bin/python3 "$here/check_winget.py" "$root"

step "the installed program, end to end"
bash "$here/install.sh"

printf '\nWindows tests passed: build %d s, run %d s.\n' \
    $((built - started)) $((SECONDS - built))
