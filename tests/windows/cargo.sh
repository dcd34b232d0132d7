#!/usr/bin/env bash
# cargo for Windows (x86_64-pc-windows-gnu), cross-built here: std comes
# from Debian's rust-web-src (rustup cannot add targets offline), mingw
# links, and test programs run under Wine (wine-run.sh). The subcommand
# first, then cargo's usual arguments:
#   tests/windows/cargo.sh build --bins
#   tests/windows/cargo.sh test --lib -- store::
# Builds land in $CARGO_TARGET_DIR (default target/) under
# x86_64-pc-windows-gnu/, beside the Linux ones.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sub=$1
shift
# Debian's cargo subcommands (cargo-clippy from rust-web-clippy) before
# rustup's, which would look for a rust-src rustup does not have.
export PATH=/usr/bin:$PATH
export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$here/wine-run.sh"
exec /usr/bin/cargo "$sub" -Zbuild-std=std,panic_abort --target x86_64-pc-windows-gnu "$@"
