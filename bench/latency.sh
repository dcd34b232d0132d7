#!/usr/bin/env bash
# How late a prompt reaches the notification server after its due time, over
# N prompts (default 20): median and max. Release build, on a private headless
# desktop with dunst (bench/desktop.sh).
#   bench/latency.sh [PROMPTS]
#
# Rules are minute-grained, so to get many prompts in little time each prompt
# comes from its own daemon whose clock (SECOND_HEART_FAKE_NOW) starts 3 s
# before a 10:30 prompt (Monday, TZ=UTC) and runs on in real time; the
# daemon settles (lock, socket, D-Bus, first plan) and sleeps until then.
# The due instant is the real time the daemon was spawned + 3 s, the arrival
# is the timestamp dbus-monitor gives the Notify method call. The daemon reads
# its clock a few ms after it is spawned, so a figure is an upper bound: the
# real lateness is smaller by that start-up time.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20}
LEAD=3
cargo build --release --quiet --bin second-heart
BIN=$PWD/target/release/second-heart
source bench/desktop.sh
start_desktop

mkdir -p "$XDG_CONFIG_HOME/second-heart"
{
    for id in ankle-rotations soleus-stretch brisk-walk cycling legs-up; do
        printf '[exercises.%s]\nenabled = false\n' "$id"
    done
    printf '[exercises.calf-raises]\nrules = [{ at = ["10:30"], days = ["mon"] }]\n'
} >"$XDG_CONFIG_HOME/second-heart/preferences.toml"

LOG=$DESKTOP_DIR/monitor.log
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" >"$LOG" 2>&1 &
MONITOR_PID=$!
sleep 1
notifies() { grep -c '^method call time=.*member=Notify' "$LOG" || true; }

due=()
for k in $(seq "$N"); do
    # A fresh history each time: the last run's answer would settle 10:30.
    rm -rf "$XDG_DATA_HOME/second-heart" "$XDG_STATE_HOME/second-heart"
    spawned=$(date +%s.%N)
    TZ=UTC SECOND_HEART_FAKE_NOW=2026-11-23T10:29:57Z "$BIN" daemon >>"$DESKTOP_DIR/daemon.log" 2>&1 &
    DAEMON_PID=$!
    due+=("$(awk -v s="$spawned" -v l=$LEAD 'BEGIN {printf "%.6f", s + l}')")
    for _ in $(seq 100); do
        [ "$(notifies)" -ge "$k" ] && break
        sleep 0.1
    done
    if [ "$(notifies)" -lt "$k" ]; then
        echo "prompt $k never reached the notification server" >&2
        cat "$DESKTOP_DIR/daemon.log" >&2
        exit 1
    fi
    kill "$DAEMON_PID"
    wait "$DAEMON_PID" 2>/dev/null || true
    DAEMON_PID=
done

mapfile -t arrived < <(sed -n 's/^method call time=\([0-9.]*\) .*member=Notify.*/\1/p' "$LOG")
late=()
for k in $(seq 0 $((N - 1))); do
    late+=("$(awk -v a="${arrived[$k]}" -v d="${due[$k]}" 'BEGIN {printf "%.3f", a - d}')")
done
sorted=$(printf '%s\n' "${late[@]}" | sort -g)
median=$(echo "$sorted" | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}')
max=$(echo "$sorted" | tail -1)
min=$(echo "$sorted" | head -1)
echo "| prompts | median late | max late | min late | target |"
echo "|---|---|---|---|---|"
printf '| %s | %s s | %s s | %s s | <= 1 s |\n' "$N" "$median" "$max" "$min"
echo
echo "each (s): ${late[*]}"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
