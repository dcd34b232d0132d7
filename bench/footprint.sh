#!/usr/bin/env bash
# Idle footprint of the daemon and, separately, of the window: resident and
# proportional memory, threads, CPU seconds and voluntary/involuntary context
# switches over an idle stretch (default 60 s), read from /proc, on a private
# headless desktop (Xvfb, private D-Bus, dunst; see bench/desktop.sh).
# Release build. Prints one markdown table and the machine it ran on.
#   bench/footprint.sh [SECONDS]
# PROFILE=debug measures a debug build instead; SECOND_HEART_BIN=path
# measures that binary (say, an older version, for a before/after).
#
# 1. The daemon alone (started as `second-heart daemon`), settled 5 s.
# 1b. With a tray host (gtk-sni-tray-standalone), if installed.
# 2. The daemon stopped; the window started (it starts its own daemon),
#    settled 10 s; the window and that daemon measured over the same stretch.
# Repaints: eframe redraws only when something changes. A frame needs the
# window's main thread (the event loop) to wake, so "main-thread wakeups" is
# an upper bound on the frames drawn while idle (0 means no repaints).
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE=${1:-60}
PROFILE=${PROFILE:-release}
if [ -n "${SECOND_HEART_BIN:-}" ]; then
    BIN=$SECOND_HEART_BIN
elif [ "$PROFILE" = release ]; then
    cargo build --release --quiet --bin second-heart
    BIN=$PWD/target/release/second-heart
else
    cargo build --quiet --bin second-heart
    BIN=$PWD/target/debug/second-heart
fi
source bench/desktop.sh
start_desktop
mkdir -p "$XDG_CONFIG_HOME/second-heart"
touch "$XDG_CONFIG_HOME/second-heart/preferences.toml" # not a first run
LOCK=$XDG_RUNTIME_DIR/second-heart/daemon.lock

calc() { awk "BEGIN {print $1}"; }
# Voluntary switches of the main thread only (tid = pid).
main_switches() { awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$1/task/$1/status"; }
snapshot() { # PID -> "cpu vol inv main"
    local v n
    read -r v n < <(switches "$1")
    echo "$(cpu_seconds "$1") $v $n $(main_switches "$1")"
}
row() { # LABEL PID BEFORE AFTER
    local label=$1 pid=$2 c0 v0 n0 m0 c1 v1 n1 m1
    read -r c0 v0 n0 m0 <<<"$3"
    read -r c1 v1 n1 m1 <<<"$4"
    printf '| %s | %.1f MB | %.1f MB | %s | %.2f s | %s (%.1f/min) | %s (%.1f/min) | %s |\n' "$label" \
        "$(calc "$(rss_kb "$pid") / 1024")" "$(calc "$(pss_kb "$pid") / 1024")" "$(threads "$pid")" \
        "$(calc "$c1 - $c0")" "$((v1 - v0))" "$(calc "($v1 - $v0) * 60 / $IDLE")" \
        "$((n1 - n0))" "$(calc "($n1 - $n0) * 60 / $IDLE")" "$((m1 - m0))"
}
wait_for_lock() {
    for _ in $(seq 100); do
        [ -s "$LOCK" ] && kill -0 "$(cat "$LOCK")" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "no daemon came up" >&2
    return 1
}

# 1. The daemon alone.
"$BIN" daemon >"$DESKTOP_DIR/daemon.log" 2>&1 &
DAEMON_PID=$!
wait_for_lock
sleep 5 # settle: first idle sample, notification server handshake
d0=$(snapshot $DAEMON_PID)
sleep "$IDLE"
d1=$(snapshot $DAEMON_PID)
daemon_row=$(row "daemon alone" $DAEMON_PID "$d0" "$d1")
kill $DAEMON_PID
wait $DAEMON_PID 2>/dev/null || true
DAEMON_PID=

# 1b. The daemon with a tray host showing its icon (gtk-sni-tray-standalone,
#     from tests/setup-system.sh), when one is installed.
tray_row=
if command -v gtk-sni-tray-standalone >/dev/null; then
    gtk-sni-tray-standalone --top --end --size 32 --watcher >"$DESKTOP_DIR/tray.log" 2>&1 &
    TRAY_PID=$!
    sleep 2
    "$BIN" daemon >"$DESKTOP_DIR/daemon-tray.log" 2>&1 &
    DAEMON_PID=$!
    wait_for_lock
    sleep 5
    d0=$(snapshot $DAEMON_PID)
    sleep "$IDLE"
    d1=$(snapshot $DAEMON_PID)
    tray_row=$(row "daemon, icon in a tray host" $DAEMON_PID "$d0" "$d1")
    kill $DAEMON_PID $TRAY_PID
    wait $DAEMON_PID $TRAY_PID 2>/dev/null || true
    DAEMON_PID=
fi

# 2. The window (glow renderer), open and idle, and the daemon it started.
"$BIN" >"$DESKTOP_DIR/window.log" 2>&1 &
WINDOW_PID=$!
for _ in $(seq 100); do
    xdotool search --name '^Second Heart$' >/dev/null 2>&1 && break
    sleep 0.1
done
wait_for_lock
DAEMON_PID=$(cat "$LOCK")
sleep 10 # settle: first frames, daemon handshake
w0=$(snapshot "$WINDOW_PID")
d0=$(snapshot "$DAEMON_PID")
sleep "$IDLE"
w1=$(snapshot "$WINDOW_PID")
d1=$(snapshot "$DAEMON_PID")

printf '| process (%s s idle) | RSS | PSS | threads | CPU | voluntary switches (wakeups) | involuntary switches | main-thread wakeups |\n' "$IDLE"
printf '|---|---|---|---|---|---|---|---|\n'
echo "$daemon_row"
[ -z "$tray_row" ] || echo "$tray_row"
row "window (glow, open, idle)" "$WINDOW_PID" "$w0" "$w1"
row "daemon, while the window is open" "$DAEMON_PID" "$d0" "$d1"
xdotool search --name '^Second Heart$' windowclose >/dev/null 2>&1 || true
wait "$WINDOW_PID" 2>/dev/null || true
WINDOW_PID=
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr), Xvfb + Mesa llvmpipe"
