#!/usr/bin/env bash
# Takes the README's screenshots from the real window on a private headless
# desktop: a week of history, the daemon's clock at Monday 11:50, each tab in
# the dark theme (the desktop says nothing, so dark) and again with
# `theme = "light"` (<tab>-light.png), a guided session in the player
# (player.png, player-light.png), a prompt as dunst shows it, the tray
# icon's menu, and the welcome with its everyday moments (welcome.png).
# Calf raises are anchored to brushing teeth, the morning one ticked off,
# so Today shows the routines. Writes assets/screenshots/*.png.
#   bench/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
BIN=$PWD/target/debug/second-heart
OUT=$PWD/assets/screenshots
mkdir -p "$OUT"
source bench/desktop.sh
start_desktop
export TZ=UTC SECOND_HEART_FAKE_NOW=2026-11-23T11:50:00Z
mkdir -p "$XDG_CONFIG_HOME/second-heart"
ANCHORS='[exercises.calf-raises]
anchors = ["morning", "evening"]'
echo "$ANCHORS" >"$XDG_CONFIG_HOME/second-heart/preferences.toml"
# A home with a Documents folder, for the History view's export line.
export HOME="$DESKTOP_DIR/home"
mkdir -p "$HOME/Documents"
echo 'XDG_DOCUMENTS_DIR="$HOME/Documents"' >"$XDG_CONFIG_HOME/user-dirs.dirs"

for d in 16 17 18 19 20; do
    "$BIN" done ankle-rotations --at "2026-11-${d}T10:02:00Z" >/dev/null
    "$BIN" done calf-raises --at "2026-11-${d}T10:31:00Z" >/dev/null
    "$BIN" done soleus-stretch --at "2026-11-${d}T11:46:00Z" >/dev/null
done
"$BIN" done brisk-walk --minutes 30 --at 2026-11-18T12:20:00Z >/dev/null
"$BIN" done cycling --minutes 45 --at 2026-11-21T10:00:00Z >/dev/null
"$BIN" done cycling --minutes 40 --at 2026-11-22T17:00:00Z >/dev/null
"$BIN" done ankle-rotations --at 2026-11-23T10:01:00Z >/dev/null
"$BIN" skip legs-up --at 2026-11-23T11:31:00Z >/dev/null
"$BIN" done calf-raises --anchor morning >/dev/null

"$BIN" daemon >"$DESKTOP_DIR/daemon.log" 2>&1 &
DAEMON_PID=$!
sleep 2
open_window() {
    "$BIN" >"$DESKTOP_DIR/window.log" 2>&1 &
    WINDOW_PID=$!
    for _ in $(seq 100); do
        ID=$(xdotool search --name '^Second Heart$' 2>/dev/null | head -1) && [ -n "$ID" ] && break
        sleep 0.1
    done
    sleep 3
}
shot() { import -window "$ID" "$OUT/$1.png"; }
tab() { xdotool mousemove --window "$ID" "$1" 25 click 1; sleep 1.5; }
# Every tab; $1 is the file names' ending ("" or "-light").
shoot_tabs() {
    shot "today$1"
    tab 282 && shot "schedule$1"
    tab 381 && shot "exercises$1"
    tab 473 && shot "history$1"
    tab 195
}
open_window
shoot_tabs ""
# The prompts as the notification server shows them, beside the window.
import -window root -crop 1280x700+0+0 "$OUT/desktop.png"
# The tray icon and its menu in a real tray host (gtk-sni-tray-standalone).
gtk-sni-tray-standalone --top --end --size 32 --watcher >"$DESKTOP_DIR/tray.log" 2>&1 &
TRAY_PID=$!
sleep 4
xdotool mousemove 1264 16 click 3
sleep 1.5
import -window root -crop 480x230+800+0 "$OUT/tray.png"
xdotool key Escape
kill "$TRAY_PID" 2>/dev/null || true
# A guided session in the player (set 1 of calf raises, a few reps in).
"$BIN" start calf-raises --no-follow >/dev/null
sleep 7.5
shot player
"$BIN" session stop >/dev/null
# The light theme, as chosen in the preferences (the window reads it when it opens).
kill "$WINDOW_PID" && wait "$WINDOW_PID" 2>/dev/null || true
printf 'theme = "light"\n%s\n' "$ANCHORS" >"$XDG_CONFIG_HOME/second-heart/preferences.toml"
sleep 1
open_window
shoot_tabs "-light"
"$BIN" start soleus-stretch --no-follow >/dev/null
sleep 4
shot player-light
"$BIN" session stop >/dev/null
kill "$WINDOW_PID" && wait "$WINDOW_PID" 2>/dev/null || true
# The welcome, as a new user sees it: no preferences file yet; scrolled to
# the everyday moments below the starter schedules.
"$BIN" stop >/dev/null
rm "$XDG_CONFIG_HOME/second-heart/preferences.toml"
open_window
xdotool mousemove --window "$ID" 400 400
for _ in 1 2 3 4 5 6; do xdotool click 5; sleep 0.2; done
sleep 1
shot welcome
kill "$WINDOW_PID" 2>/dev/null || true
"$BIN" stop >/dev/null || true
echo "screenshots in $OUT"
ls -la "$OUT"
