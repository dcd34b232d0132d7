#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the tests use, if any are missing.
# tzdata: the CLI tests run under TZ=Europe/London, America/New_York, ...
# The rest: the private headless desktop of tests/support (Xvfb, xdpyinfo,
# xdotool, a private dbus-daemon with dbus-send/dbus-monitor, dunst, and
# ImageMagick's import for screenshots).
set -euo pipefail

packages=(tzdata xvfb xauth x11-utils xdotool dbus-daemon dbus-bin dunst imagemagick)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
