#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the tests use, if any are missing.
# tzdata: the CLI tests run under TZ=Europe/London, America/New_York, ...
# The rest: the private headless desktop of tests/support (Xvfb, xdpyinfo,
# xdotool, a private dbus-daemon with dbus-send/dbus-monitor, dunst, and
# ImageMagick's import for screenshots, openbox as the window manager for
# the fullscreen tests, gtk-sni-tray-standalone as a real tray host, at-spi2-core
# for reading the real window as a screen reader does), sway and wtype (a real
# Wayland compositor with org_kde_kwin_idle, and a key press on it), KWin
# (ext-idle-notify-v1, and fake input), mutter (GNOME's IdleMonitor and
# RemoteDesktop input), and the
# libraries a real window
# loads at run time (X11, xkbcommon, fontconfig, Mesa's GL/EGL on the CPU), and
# Mesa's Vulkan (lavapipe) for the rendered snapshot tests; desktop-file-utils
# and appstream validate the launcher and the AppStream metainfo; fontconfig's
# fc-list and fonts-droid-fallback (a small CJK font) for the window in
# Japanese and Chinese.
# The Windows tests (tests/windows/run.sh): mingw links, Wine runs the
# programs, and Debian's rustc-web, cargo-web and rust-web-src (Rust 1.96,
# bookworm-security) build std for Windows from source; msitools and wixl
# build and check the MSI (packaging/windows); python3-jsonschema and
# python3-yaml check the winget manifests against their schemas. All in bookworm (rustc-web's
# current version from bookworm-security).
set -euo pipefail

packages=(tzdata xvfb xauth x11-utils xdotool dbus-daemon dbus-bin dunst imagemagick openbox desktop-file-utils appstream
    haskell-gtk-sni-tray-utils at-spi2-core sway wtype kwin-wayland mutter
    libx11-6 libx11-xcb1 libxcursor1 libxi6 libxkbcommon-x11-0 libfontconfig1
    libgl1 libglx-mesa0 libgl1-mesa-dri libegl1 libegl-mesa0 libvulkan1 mesa-vulkan-drivers
    fontconfig fonts-droid-fallback
    gcc-mingw-w64-x86-64 wine64 wine msitools wixl rustc-web cargo-web rust-web-src
    python3-jsonschema python3-yaml)

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
