#!/usr/bin/env bash
# The packages, end to end, on Debian/Ubuntu as root (or with sudo): builds
# the release binary, the .deb (cargo-deb) and the .rpm (cargo-generate-rpm);
# runs lintian on the .deb (no errors); installs the .deb with apt, so its
# dependencies are resolved; runs the installed program in a private home
# (--version, status, the daemon answering status over its socket, autostart
# running /usr/bin/second-heart); validates the installed launcher and
# metainfo; removes the package and checks that nothing it installed is
# left; and checks the .rpm holds the same payload. Installs what it needs
# (lintian, rpm, appstream, desktop-file-utils; cargo-deb and
# cargo-generate-rpm from crates.io) when missing.
#
# Leaves the system as it found it, apart from those tools: it refuses to
# run if second-heart is already installed as a package.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

if dpkg-query -W -f='${Status}' second-heart 2>/dev/null | grep -q "ok installed"; then
    fail "second-heart is already installed as a package; remove it first (apt-get remove --purge second-heart)"
fi

say "tools"
tools=(lintian rpm appstream desktop-file-utils)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
fi
for tool in cargo-deb cargo-generate-rpm; do
    command -v "$tool" >/dev/null || cargo install "$tool" --locked
done

say "build: cargo deb (the release binary and the .deb), cargo generate-rpm"
# cargo-deb prints the path of the .deb it wrote, last.
deb=$(cargo deb | tail -n 1)
[ -f "$deb" ] || fail "cargo deb wrote no package ($deb)"
rpm_file=target/generate-rpm/second-heart.rpm
cargo generate-rpm --output "$rpm_file"
echo "$deb"
echo "$rpm_file"

say "lintian (errors fail; warnings are listed)"
# Running as root is fine for a check of a built package.
lintian --allow-root --fail-on error --info "$deb" || fail "lintian found errors"

say "install with apt (dependencies resolved)"
deb_abs=$(realpath "$deb")
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$deb_abs"
installed=$(mktemp)
daemon_pid=""
home=""
cleanup() {
    rm -f "$installed"
    [ -z "$daemon_pid" ] || kill "$daemon_pid" 2>/dev/null || true
    [ -z "$home" ] || rm -rf "$home"
    # A failure after installing must not leave the package behind.
    if dpkg-query -W -f='${Status}' second-heart 2>/dev/null | grep -q "ok installed"; then
        $sudo apt-get -o DPkg::Lock::Timeout=600 remove --purge -y -qq second-heart >/dev/null || true
    fi
}
trap cleanup EXIT
dpkg -L second-heart >"$installed"

expect=(
    /usr/bin/second-heart
    /usr/bin/second-heart-daemon
    /usr/share/applications/io.github.secondheart.SecondHeart.desktop
    /usr/share/metainfo/io.github.secondheart.SecondHeart.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/io.github.secondheart.SecondHeart.svg
    /usr/share/man/man1/second-heart.1.gz
    /usr/share/man/man1/second-heart-daemon.1.gz
    /usr/share/bash-completion/completions/second-heart
    /usr/share/zsh/vendor-completions/_second-heart
    /usr/share/fish/vendor_completions.d/second-heart.fish
    /usr/share/doc/second-heart/copyright
    /usr/share/doc/second-heart/changelog.Debian.gz
)
for size in 16x16 32x32 48x48 64x64 128x128 256x256; do
    expect+=("/usr/share/icons/hicolor/$size/apps/io.github.secondheart.SecondHeart.png")
done
for path in "${expect[@]}"; do
    grep -qxF "$path" "$installed" || fail "the package does not install $path"
    [ -f "$path" ] || fail "$path is not there after installing"
done

say "the installed program, in a private home"
home=$(mktemp -d)
run_dir="$home/run"
mkdir -m 700 "$run_dir"
private_env=(PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/config"
    XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state"
    XDG_RUNTIME_DIR="$run_dir" TZ=UTC)
in_home() { env -i "${private_env[@]}" "$@"; }
version=$(in_home /usr/bin/second-heart --version)
cargo_version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ "$version" = "second-heart $cargo_version" ] || fail "--version says '$version'"
echo "$version"
in_home second-heart status >/dev/null || fail "status without the daemon failed"
# Outputs are read whole before grep sees them: a reader that stops early
# would make the writer fail on a closed pipe.
status=$(in_home second-heart status --json)
grep -q '"daemon": *null' <<<"$status" || fail "status without the daemon names one"
# Started directly (not through a function), so $! is the daemon's pid:
# env runs it in its own process.
env -i "${private_env[@]}" second-heart daemon >"$home/daemon.log" 2>&1 &
daemon_pid=$!
socket="$run_dir/second-heart/daemon.sock"
for _ in $(seq 100); do
    [ -S "$socket" ] && break
    kill -0 "$daemon_pid" 2>/dev/null || break
    sleep 0.1
done
[ -S "$socket" ] || {
    cat "$home/daemon.log" >&2
    fail "the installed daemon did not open its socket"
}
status=$(in_home second-heart status --json)
echo "$status" | tr -d ' \n' | grep -q "\"daemon\":{[^}]*\"pid\":$daemon_pid[,}]" || {
    echo "$status" >&2
    fail "status was not answered by the daemon (pid $daemon_pid)"
}
echo "the daemon (pid $daemon_pid) answers status over $socket"
# `second-heart daemon` became the daemon binary (no window code), same pid.
[ "$(readlink "/proc/$daemon_pid/exe")" = /usr/bin/second-heart-daemon ] ||
    fail "second-heart daemon runs $(readlink "/proc/$daemon_pid/exe"), not /usr/bin/second-heart-daemon"
[ "$(in_home /usr/bin/second-heart-daemon --version)" = "second-heart-daemon $cargo_version" ] ||
    fail "second-heart-daemon --version is wrong"
in_home second-heart stop >/dev/null
wait "$daemon_pid" || fail "the daemon did not stop cleanly"
daemon_pid=""

in_home second-heart autostart on >/dev/null
entry="$home/config/autostart/io.github.secondheart.SecondHeart.desktop"
grep -qx 'Exec=/usr/bin/second-heart-daemon' "$entry" || {
    cat "$entry" >&2
    fail "the autostart entry does not run /usr/bin/second-heart-daemon"
}
desktop-file-validate "$entry"
in_home second-heart autostart off >/dev/null
rm -rf "$home"
home=""

say "the installed launcher and metainfo validate"
desktop-file-validate /usr/share/applications/io.github.secondheart.SecondHeart.desktop
appstreamcli validate --pedantic --no-net /usr/share/metainfo/io.github.secondheart.SecondHeart.metainfo.xml

say "remove the package: nothing it installed is left"
$sudo apt-get -o DPkg::Lock::Timeout=600 remove --purge -y -qq second-heart
left=0
while IFS= read -r path; do
    [ "$path" = "/." ] && continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay when it is shared: another package owns it,
        # or it holds other files (an icon cache the system regenerated).
        [ -e "$path" ] || continue
        dpkg -S "$path" >/dev/null 2>&1 && continue
        [ -n "$(ls -A "$path")" ] && continue
        echo "left: $path (an empty directory nobody owns)" >&2
        left=1
    elif [ -e "$path" ] || [ -L "$path" ]; then
        echo "left: $path" >&2
        left=1
    fi
done <"$installed"
[ "$left" -eq 0 ] || fail "files of the removed package are left"
! dpkg-query -W -f='${Status}' second-heart 2>/dev/null | grep -q "ok installed" ||
    fail "second-heart is still installed"

say "the .rpm holds the same program files"
# The same paths as the .deb, except where the formats differ by convention:
# zsh's folder, gzipped Debian changelog and copyright vs the rpm's licences.
normalize() {
    sed -e 's#^/usr/share/zsh/site-functions/#/usr/share/zsh/vendor-completions/#' |
        grep -v -e '^/usr/share/doc/' -e '^/usr/share/licenses/' | sort
}
deb_files=$(dpkg-deb -c "$deb_abs" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' | normalize)
rpm_files=$(rpm -qlp "$rpm_file" | normalize)
if [ "$deb_files" != "$rpm_files" ]; then
    diff <(echo "$deb_files") <(echo "$rpm_files") >&2 || true
    fail "the .rpm and the .deb install different files"
fi
requires=$(rpm -qp --requires "$rpm_file")
grep -qxF 'libEGL.so.1()(64bit)' <<<"$requires" ||
    fail "the .rpm does not require the window's GL libraries"
grep -qx /usr/share/licenses/second-heart/LICENSE-MIT <<<"$(rpm -qlp "$rpm_file")" ||
    fail "the .rpm has no licence file"
echo "$(echo "$rpm_files" | wc -l) files in each"

say "packages OK: $deb, $rpm_file"
