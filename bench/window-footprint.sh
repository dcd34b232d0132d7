#!/usr/bin/env bash
# The window's footprint while idle (open, nothing changing), then the
# daemon's after the window has closed: resident and proportional memory,
# CPU seconds and context switches over an idle stretch (default 60 s), on
# a private headless desktop with dunst. Release build.
#   bench/window-footprint.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE=${1:-60}
cargo build --release --quiet
BIN=$PWD/target/release/second-heart
source bench/desktop.sh
start_desktop
mkdir -p "$XDG_CONFIG_HOME/second-heart"
touch "$XDG_CONFIG_HOME/second-heart/preferences.toml" # not a first run

calc() { awk "BEGIN {print $1}"; }
measure() { # PID LABEL
    local pid=$1 label=$2 cpu0 cpu1 vol0 vol1 inv0 inv1
    cpu0=$(cpu_seconds "$pid")
    read -r vol0 inv0 < <(switches "$pid")
    sleep "$IDLE"
    cpu1=$(cpu_seconds "$pid")
    read -r vol1 inv1 < <(switches "$pid")
    printf '| %s | %.1f MB | %.1f MB | %s | %.2f s | %.1f | %s |\n' "$label" \
        "$(calc "$(rss_kb "$pid") / 1024")" "$(calc "$(pss_kb "$pid") / 1024")" "$(threads "$pid")" \
        "$(calc "$cpu1 - $cpu0")" "$(calc "($vol1 - $vol0) * 60 / $IDLE")" "$((inv1 - inv0))"
}

# The window starts the daemon itself.
"$BIN" >"$DESKTOP_DIR/window.log" 2>&1 &
WINDOW_PID=$!
for _ in $(seq 100); do
    xdotool search --name '^Second Heart$' >/dev/null 2>&1 && break
    sleep 0.1
done
sleep 10 # settle: first frames, daemon handshake
DAEMON_PID=$(cat "$XDG_RUNTIME_DIR/second-heart/daemon.lock")

printf '| process (%s s idle) | RSS | PSS | threads | CPU | wakeups a minute | involuntary switches |\n' "$IDLE"
printf '|---|---|---|---|---|---|---|\n'
measure "$WINDOW_PID" "window (glow, open, idle)"
measure "$DAEMON_PID" "daemon, window open"
xdotool search --name '^Second Heart$' windowclose
wait "$WINDOW_PID" 2>/dev/null || true
sleep 5
measure "$DAEMON_PID" "daemon, after the window closed"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr), Xvfb + Mesa llvmpipe"
