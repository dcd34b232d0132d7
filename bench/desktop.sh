# A private headless desktop for benchmarks: Xvfb, a session bus that starts
# nothing by itself, and dunst. Source it, then `start_desktop`; everything
# stops on exit. Needs the packages from tests/setup-system.sh.

start_desktop() {
    DESKTOP_DIR=$(mktemp -d /tmp/second-heart-bench.XXXXXX)
    trap stop_desktop EXIT
    mkdir -p "$DESKTOP_DIR/run" "$DESKTOP_DIR/config" "$DESKTOP_DIR/data" "$DESKTOP_DIR/state"
    chmod 700 "$DESKTOP_DIR/run"
    export XDG_RUNTIME_DIR="$DESKTOP_DIR/run" XDG_CONFIG_HOME="$DESKTOP_DIR/config" \
        XDG_DATA_HOME="$DESKTOP_DIR/data" XDG_STATE_HOME="$DESKTOP_DIR/state"
    unset WAYLAND_DISPLAY WAYLAND_SOCKET

    exec {fd}<> <(:)
    Xvfb -displayfd "$fd" -screen 0 1280x800x24 -nolisten tcp >"$DESKTOP_DIR/xvfb.log" 2>&1 &
    XVFB_PID=$!
    local n
    read -r -t 10 n <&"$fd"
    export DISPLAY=":$n"

    cat >"$DESKTOP_DIR/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=$DESKTOP_DIR</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
CONF
    local out
    out=$(dbus-daemon --config-file="$DESKTOP_DIR/bus.conf" --fork --print-address=1 --print-pid=1)
    export DBUS_SESSION_BUS_ADDRESS=$(echo "$out" | sed -n 1p)
    BUS_PID=$(echo "$out" | sed -n 2p)

    printf '[global]\n    markup = full\n[urgency_normal]\n    timeout = 0\n' >"$DESKTOP_DIR/dunstrc"
    dunst -config "$DESKTOP_DIR/dunstrc" >"$DESKTOP_DIR/dunst.log" 2>&1 &
    DUNST_PID=$!
    for _ in $(seq 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
            grep -q 'boolean true' && return 0
        sleep 0.1
    done
    echo "dunst did not start" >&2
    return 1
}

stop_desktop() {
    # The scripts' own processes, by these names, then the desktop's.
    for pid in ${WINDOW_PID:-} ${TRAY_PID:-} ${MONITOR_PID:-} ${DAEMON_PID:-} \
        ${DUNST_PID:-} ${BUS_PID:-} ${XVFB_PID:-}; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "${DESKTOP_DIR:-/nonexistent}"
}

# CPU seconds (user+system) of a process, all threads.
cpu_seconds() {
    awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$1/stat"
}

# Voluntary and involuntary context switches summed over all threads.
switches() {
    cat /proc/"$1"/task/*/status | awk '/^voluntary_ctxt_switches/ {v += $2} /^nonvoluntary_ctxt_switches/ {n += $2} END {print v, n}'
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup"; }
threads() { awk '/^Threads/ {print $2}' "/proc/$1/status"; }
