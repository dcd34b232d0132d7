#!/usr/bin/env bash
# Footprint of the daemon on a desktop-like setup, and of the window: resident
# and proportional memory, threads, CPU seconds and wakeups, read from /proc,
# on a private headless desktop (Xvfb, a private session bus, dunst; see
# bench/desktop.sh) with a private "system" bus (what logind's suspend signal
# is subscribed on) and a tray host (gtk-sni-tray-standalone) when installed.
# Release build. Prints markdown tables and the machine it ran on.
#   bench/footprint.sh [SECONDS]
# PROFILE=debug measures a debug build instead; SECOND_HEART_BIN=path
# measures that `second-heart` (say, an older version, for a before/after;
# `second-heart daemon` runs the daemon binary beside it when there is one).
#
# Wakeups: voluntary context switches summed over all of a process's threads
# (/proc/PID/task/*/status) over the idle stretch: each is a thread going to
# sleep after it woke, so the count is the number of wakeups.
#
# 1. The daemon (started as `second-heart daemon`) with the icon in the tray
#    host, settled 5 s, idle SECONDS; X11 (Xvfb), so idle time is sampled.
# 2. Then 50 sample prompts shown and answered (Done, from dunst's menu) or
#    closed, alternately; settled 5 s; idle SECONDS again.
# 3. The daemon under sway (headless, wlroots), where idle time is pushed
#    (org_kde_kwin_idle), SWAY_SECONDS (default 300; 0.1 wakeups a minute
#    needs minutes to see) while someone works at the desk: the pointer
#    moves every 20 s, so the compositor has nothing to push (it says
#    "idle" only after a minute without input); if sway is installed.
# 4. Peers (workrave, safeeyes, rsibreak), where installed, idle SECONDS.
# 5. The daemon stopped; the window started (it starts its own daemon),
#    settled 10 s; the window and that daemon over the same stretch.
# Repaints: eframe redraws only when something changes. A frame needs the
# window's main thread (the event loop) to wake, so "main-thread wakeups" is
# an upper bound on the frames drawn while idle (0 means no repaints).
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE=${1:-60}
PROMPTS=${PROMPTS:-50}
SWAY_SECONDS=${SWAY_SECONDS:-300}
# Which parts to run: x11 (1 and 2), sway, peers, window.
PHASES=${PHASES:-x11 sway peers window}
has() { [[ " $PHASES " == *" $1 "* ]]; }
PROFILE=${PROFILE:-release}
if [ -n "${SECOND_HEART_BIN:-}" ]; then
    BIN=$SECOND_HEART_BIN
elif [ "$PROFILE" = release ]; then
    nice -n 10 cargo build --release --quiet --bins
    BIN=$PWD/target/release/second-heart
else
    cargo build --quiet --bins
    BIN=$PWD/target/debug/second-heart
fi
source bench/desktop.sh
start_desktop
mkdir -p "$XDG_CONFIG_HOME/second-heart"
touch "$XDG_CONFIG_HOME/second-heart/preferences.toml" # not a first run
LOCK=$XDG_RUNTIME_DIR/second-heart/daemon.lock

# dunst's context menu picks a prompt's Done (the dmenu it runs is this).
cat >"$DESKTOP_DIR/pick-done.sh" <<'PICK'
#!/bin/sh
grep -m1 ',done\]'
PICK
chmod +x "$DESKTOP_DIR/pick-done.sh"
kill "$DUNST_PID"
wait "$DUNST_PID" 2>/dev/null || true
printf '[global]\n    markup = full\n    dmenu = %s\n[urgency_normal]\n    timeout = 0\n' \
    "$DESKTOP_DIR/pick-done.sh" >"$DESKTOP_DIR/dunstrc"
dunst -config "$DESKTOP_DIR/dunstrc" >"$DESKTOP_DIR/dunst.log" 2>&1 &
DUNST_PID=$!
sleep 1

# A second bus standing in for the system bus: the daemon subscribes to
# logind's PrepareForSleep there, as on a desktop.
sed 's#<type>session</type>#<type>system</type>#' "$DESKTOP_DIR/bus.conf" >"$DESKTOP_DIR/system-bus.conf"
out=$(dbus-daemon --config-file="$DESKTOP_DIR/system-bus.conf" --fork --print-address=1 --print-pid=1)
export DBUS_SYSTEM_BUS_ADDRESS=$(echo "$out" | sed -n 1p)
SYSTEM_BUS_PID=$(echo "$out" | sed -n 2p)
trap 'kill ${SYSTEM_BUS_PID:-} ${INPUT_PID:-} ${SWAY_PID:-} ${PEER_PID:-} 2>/dev/null || true; stop_desktop' EXIT

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
measure() { # LABEL PID [SECONDS] -> a row after SECONDS (default IDLE)
    local a b idle=$IDLE
    IDLE=${3:-$IDLE}
    a=$(snapshot "$2")
    sleep "$IDLE"
    b=$(snapshot "$2")
    row "$1" "$2" "$a" "$b"
    IDLE=$idle
}
wait_for_lock() {
    for _ in $(seq 100); do
        [ -s "$LOCK" ] && kill -0 "$(cat "$LOCK")" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "no daemon came up" >&2
    return 1
}
stop_daemon() {
    "$BIN" stop >/dev/null 2>&1 || kill "$DAEMON_PID" 2>/dev/null || true
    wait "$DAEMON_PID" 2>/dev/null || true
    DAEMON_PID=
}
displayed() { dunstctl count displayed 2>/dev/null || echo 0; }

rows=()
if command -v gtk-sni-tray-standalone >/dev/null; then
    gtk-sni-tray-standalone --top --end --size 32 --watcher >"$DESKTOP_DIR/tray.log" 2>&1 &
    TRAY_PID=$!
    sleep 2
fi

idle_threads=- after_threads=-
if has x11; then
# 1. The daemon on X11, its icon in the tray host, idle.
"$BIN" daemon >"$DESKTOP_DIR/daemon.log" 2>&1 &
DAEMON_PID=$!
wait_for_lock
sleep 5 # settle: first idle sample, notification server, tray
rows+=("$(measure "daemon, X11 (idle sampled), tray host, system bus: idle" $DAEMON_PID)")
idle_threads=$(threads $DAEMON_PID)

# 2. PROMPTS prompts shown and answered or closed, then idle again.
for n in $(seq "$PROMPTS"); do
    "$BIN" notify-test >/dev/null
    for _ in $(seq 100); do [ "$(displayed)" -ge 1 ] && break; sleep 0.02; done
    if [ $((n % 2)) -eq 0 ]; then
        dunstctl context >/dev/null 2>&1 || true # Done, through pick-done.sh
    else
        dunstctl close >/dev/null 2>&1 || true
    fi
    for _ in $(seq 100); do [ "$(displayed)" -eq 0 ] && break; sleep 0.02; done
done
sleep 5
answered=$(grep -c 'sample prompt answered' "$DESKTOP_DIR/daemon.log" || true)
rows+=("$(measure "daemon, the same, after $PROMPTS prompts ($answered answered or closed)" $DAEMON_PID)")
after_threads=$(threads $DAEMON_PID)
stop_daemon
fi

# 3. Under sway, where the compositor pushes idle changes.
if has sway && command -v sway >/dev/null; then
    SWAY_DIR=$(mktemp -d /tmp/second-heart-sway.XXXXXX)
    chown nobody:nogroup "$SWAY_DIR"
    chmod 700 "$SWAY_DIR"
    echo 'output HEADLESS-1 resolution 1280x800' >"$SWAY_DIR/config"
    setpriv --reuid=nobody --regid=nogroup --clear-groups env -i PATH=/usr/bin:/bin \
        HOME="$SWAY_DIR" XDG_RUNTIME_DIR="$SWAY_DIR" WLR_BACKENDS=headless \
        WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman sway -c "$SWAY_DIR/config" \
        >"$DESKTOP_DIR/sway.log" 2>&1 &
    SWAY_PID=$!
    for _ in $(seq 100); do [ -S "$SWAY_DIR/wayland-1" ] && break; sleep 0.05; done
    (unset DISPLAY; WAYLAND_DISPLAY="$SWAY_DIR/wayland-1" exec "$BIN" daemon) \
        >"$DESKTOP_DIR/daemon-sway.log" 2>&1 &
    DAEMON_PID=$!
    wait_for_lock
    sleep 5
    (
        export SWAYSOCK
        SWAYSOCK=$(ls "$SWAY_DIR"/sway-ipc.*.sock)
        while :; do
            swaymsg 'seat - cursor move 1 1' >/dev/null 2>&1 || true
            sleep 20
        done
    ) &
    INPUT_PID=$!
    rows+=("$(measure "daemon, sway (idle pushed), tray host, system bus: working, $SWAY_SECONDS s" $DAEMON_PID "$SWAY_SECONDS")")
    kill "$INPUT_PID" 2>/dev/null || true
    INPUT_PID=
    stop_daemon
    kill "$SWAY_PID" 2>/dev/null || true
    wait "$SWAY_PID" 2>/dev/null || true
    SWAY_PID=
    rm -rf "$SWAY_DIR"
fi

# 4. Peers, where installed, on the same desktop.
for peer in workrave safeeyes rsibreak; do
    has peers || break
    command -v "$peer" >/dev/null || continue
    "$peer" >"$DESKTOP_DIR/$peer.log" 2>&1 &
    PEER_PID=$!
    sleep 10
    kill -0 "$PEER_PID" 2>/dev/null && rows+=("$(measure "$peer (peer), idle" $PEER_PID)")
    kill "$PEER_PID" 2>/dev/null || true
    wait "$PEER_PID" 2>/dev/null || true
    PEER_PID=
done

# 5. The window (glow renderer), open and idle, and the daemon it started.
if has window; then
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
rows+=("$(row "window (glow, open, idle)" "$WINDOW_PID" "$w0" "$w1")")
rows+=("$(row "daemon, while the window is open" "$DAEMON_PID" "$d0" "$d1")")
xdotool search --name '^Second Heart$' windowclose >/dev/null 2>&1 || true
wait "$WINDOW_PID" 2>/dev/null || true
WINDOW_PID=
"$BIN" stop >/dev/null 2>&1 || true
DAEMON_PID=
fi

printf '| process (%s s idle) | RSS | PSS | threads | CPU | voluntary switches (wakeups) | involuntary switches | main-thread wakeups |\n' "$IDLE"
printf '|---|---|---|---|---|---|---|---|\n'
printf '%s\n' "${rows[@]}"
echo
echo "Daemon threads: $idle_threads idle, $after_threads after $PROMPTS prompts."
dir=$(dirname "$BIN")
for b in second-heart second-heart-daemon; do
    [ -f "$dir/$b" ] && echo "Binary $b: $(calc "$(stat -c %s "$dir/$b") / 1048576") MB"
done
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr), Xvfb + Mesa llvmpipe"
