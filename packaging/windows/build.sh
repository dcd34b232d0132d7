#!/usr/bin/env bash
# Builds Second Heart for Windows here on Linux: cross-builds the programs
# (tests/windows/cargo.sh: Debian's Rust with std built from source, mingw
# as the linker), packs them into a per-user MSI with wixl, and writes the
# MSI's SHA256 into the winget installer manifest.
#   bash packaging/windows/build.sh            release programs and MSI
#   bash packaging/windows/build.sh --debug    debug programs (faster; tests)
#   bash packaging/windows/build.sh --no-build package what is already built
#   bash packaging/windows/build.sh --version=X.Y.Z  another MSI version
#                                                    (tests: an upgrade)
# Everything lands in target/windows/: second-heart.exe,
# second-heart-daemon.exe, second-heart-window.exe and
# second-heart-<version>-x86_64.msi (with --debug: target/windows/debug/,
# and the manifest is left alone). CARGO_TARGET_DIR chooses where cargo
# builds (default target/). Installs the Debian packages it needs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here=$root/packaging/windows
profile=release
build=1
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -n1)
cargo_version=$version
for arg in "$@"; do
    case $arg in
        --debug) profile=debug ;;
        --no-build) build=0 ;;
        --version=*) version=${arg#--version=} ;;
        *) echo "usage: build.sh [--debug] [--no-build] [--version=X.Y.Z]" >&2; exit 2 ;;
    esac
done

# The tools, from Debian: wixl and msibuild (msitools), the mingw linker,
# Rust 1.96 with its source (rustc-web, cargo-web, rust-web-src).
missing=()
for pkg in msitools wixl gcc-mingw-w64-x86-64 rustc-web cargo-web rust-web-src python3; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "build.sh: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# An MSI's ProductVersion is three numbers (each below 256.256.65536).
if ! [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    echo "build.sh: the version $version is not X.Y.Z, which an MSI needs" >&2
    exit 1
fi
target_dir=${CARGO_TARGET_DIR:-$root/target}
bin_dir=$target_dir/x86_64-pc-windows-gnu/$profile
out=$root/target/windows
[ "$profile" = debug ] && out=$out/debug
msi=$out/second-heart-$version-x86_64.msi
programs=(second-heart second-heart-daemon second-heart-window)

if [ "$build" = 1 ]; then
    flags=(--bins)
    [ "$profile" = release ] && flags+=(--release)
    start=$(date +%s)
    (cd "$root" && CARGO_TARGET_DIR=$target_dir "$root/tests/windows/cargo.sh" build "${flags[@]}")
    echo "build.sh: $profile programs built in $(($(date +%s) - start)) s" >&2
fi

mkdir -p "$out"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
for p in "${programs[@]}"; do
    cp "$bin_dir/$p.exe" "$stage/"
    cp "$bin_dir/$p.exe" "$out/"
done
python3 "$here/make-ico.py" "$stage/second-heart.ico" \
    "$root"/assets/icons/hicolor/*/apps/io.github.secondheart.SecondHeart.png
cp "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$stage/"

rm -f "$msi"
# wixl reads the files named in the source from the current folder.
(cd "$stage" && wixl --arch x64 -D Version="$version" -o "$msi" "$here/second-heart.wxs")
# What wixl cannot write: the shortcut's AppUserModelID and the PATH entry,
# as rows of their tables, and the actions that process the PATH entry.
msibuild "$msi" -i "$here/MsiShortcutProperty.idt"
msibuild "$msi" -i "$here/Environment.idt"
msibuild "$msi" -q "INSERT INTO \`InstallExecuteSequence\` (\`Action\`, \`Sequence\`) VALUES ('RemoveEnvironmentStrings', 3300)"
msibuild "$msi" -q "INSERT INTO \`InstallExecuteSequence\` (\`Action\`, \`Sequence\`) VALUES ('WriteEnvironmentStrings', 5200)"

sha=$(sha256sum "$msi" | cut -d' ' -f1 | tr a-f A-F)
echo "build.sh: $msi ($(stat -c %s "$msi") bytes, SHA256 $sha)"
if [ "$profile" = release ] && [ "$version" = "$cargo_version" ]; then
    manifest=$here/winget/SecondHeart.SecondHeart.installer.yaml
    sed -i "s/^\(    InstallerSha256: \).*/\1$sha/" "$manifest"
    echo "build.sh: wrote the SHA256 into ${manifest#"$root/"}"
fi
