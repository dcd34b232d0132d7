#!/usr/bin/env bash
# How soon a change made from a terminal shows in the open window. The real
# window (a debug build, as the tests build it) on a private Xvfb desktop,
# following the daemon it started, read over AT-SPI as a screen reader
# reads it (tests/desktop/window_live.rs): first a `done`, then ROUNDS
# rounds (default 10) of `pause 1h` and `resume`. A figure is the time from
# the command's return (the daemon has answered) until the window's
# accessibility tree shows the change. It includes the observer's own
# looks at the tree (printed as "one look"), so it is an upper bound.
#   bench/window-latency.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
out=$(SECOND_HEART_LIVE_ROUNDS=$N cargo test --quiet --test desktop window_live -- --nocapture 2>&1) || {
    echo "$out" >&2
    exit 1
}
ms=$( (
    echo "$out" | sed -n 's/^done: \([0-9]*\) ms$/\1/p'
    echo "$out" | sed -n 's/^latency ms: pause \([0-9]*\) resume \([0-9]*\)$/\1 \2/p' | tr ' ' '\n'
) | sort -n)
count=$(echo "$ms" | wc -l)
median=$(echo "$ms" | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}')
look=$(echo "$out" | sed -n 's/^one look: \([0-9]*\) ms$/\1/p')
echo "| changes | median | max | min | one look at the tree | target |"
echo "|---|---|---|---|---|---|"
printf '| %s | %s ms | %s ms | %s ms | %s ms | <= 1 s |\n' "$count" "$median" "$(echo "$ms" | tail -1)" "$(echo "$ms" | head -1)" "$look"
echo
echo "each (ms): $(echo "$ms" | tr '\n' ' ')"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr), debug build"
