#!/usr/bin/env bash
# The daemon's footprint while idle: resident and proportional memory, CPU
# seconds, and wakeups (context switches) over an idle stretch (default 60 s),
# on a private headless desktop with dunst. Release build.
#   bench/daemon-footprint.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE=${1:-60}
cargo build --release --quiet
BIN=$PWD/target/release/second-heart
source bench/desktop.sh
start_desktop

"$BIN" daemon >"$DESKTOP_DIR/daemon.log" 2>&1 &
DAEMON_PID=$!
sleep 5 # settle: first idle sample, notification server handshake
cpu0=$(cpu_seconds $DAEMON_PID)
read -r vol0 inv0 < <(switches $DAEMON_PID)
sleep "$IDLE"
cpu1=$(cpu_seconds $DAEMON_PID)
read -r vol1 inv1 < <(switches $DAEMON_PID)

printf '| what | daemon, %s s idle |\n|---|---|\n' "$IDLE"
calc() { awk "BEGIN {print $1}"; }
printf '| resident memory (RSS) | %.1f MB |\n' "$(calc "$(rss_kb $DAEMON_PID) / 1024")"
printf '| proportional memory (PSS) | %.1f MB |\n' "$(calc "$(pss_kb $DAEMON_PID) / 1024")"
printf '| threads | %s |\n' "$(threads $DAEMON_PID)"
printf '| CPU time | %.2f s |\n' "$(calc "$cpu1 - $cpu0")"
printf '| wakeups (voluntary switches) | %s (%.1f a minute) |\n' "$((vol1 - vol0))" "$(calc "($vol1 - $vol0) * 60 / $IDLE")"
printf '| involuntary switches | %s |\n' "$((inv1 - inv0))"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
