#!/usr/bin/env bash
# CPU cost of the window's player while a guided session runs, against the
# same window with no session, on a private headless desktop (Xvfb: Mesa
# renders on the CPU, as on a machine without a GPU driver). The daemon runs
# a 5-minute "Legs up" countdown; the window is measured over SECONDS
# (default 30) with the session running, then over SECONDS after it is
# stopped. Also counts the window's main-thread wakeups (an upper bound on
# frames drawn). Debug build unless PROFILE=release. Prints a markdown table.
#   bench/player-cpu.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SPAN=${1:-30}
PROFILE=${PROFILE:-debug}
if [ "$PROFILE" = release ]; then
    cargo build --release --quiet --bin second-heart
    BIN=$PWD/target/release/second-heart
else
    cargo build --quiet --bin second-heart
    BIN=$PWD/target/debug/second-heart
fi
source bench/desktop.sh
start_desktop
export HOME=$DESKTOP_DIR
mkdir -p "$XDG_CONFIG_HOME/second-heart"
touch "$XDG_CONFIG_HOME/second-heart/preferences.toml"

main_switches() { awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$1/task/$1/status"; }
measure() { # PID -> "cpu_seconds main_wakeups" over SPAN
    local c0 m0 c1 m1
    c0=$(cpu_seconds "$1"); m0=$(main_switches "$1")
    sleep "$SPAN"
    c1=$(cpu_seconds "$1"); m1=$(main_switches "$1")
    awk -v c0="$c0" -v c1="$c1" -v m0="$m0" -v m1="$m1" -v s="$SPAN" \
        'BEGIN {printf "%.2f s (%.1f %%) | %d (%.1f/s)", c1 - c0, (c1 - c0) * 100 / s, m1 - m0, (m1 - m0) / s}'
}

"$BIN" daemon >"$DESKTOP_DIR/daemon.log" 2>&1 &
DAEMON_PID=$!
sleep 2
"$BIN" >"$DESKTOP_DIR/window.log" 2>&1 &
WINDOW_PID=$!
sleep 5
"$BIN" start legs-up --no-follow >/dev/null
sleep 3
running=$(measure $WINDOW_PID)
"$BIN" session stop >/dev/null
sleep 3
idle=$(measure $WINDOW_PID)
echo "| window ($PROFILE, ${SPAN} s) | CPU | main-thread wakeups |"
echo "|---|---|---|"
echo "| a session running (player) | $running |"
echo "| no session | $idle |"
echo
echo "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
