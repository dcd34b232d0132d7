#!/usr/bin/env bash
# Every check CI runs, in one command: installs the system packages the tests
# need (Debian/Ubuntu, as root or with sudo), then formatting, lints, the
# whole test suite, the Windows tests (cross-built, run under Wine:
# tests/windows/run.sh), and the packages built, installed, run and removed
# (tests/package.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/setup-system.sh

export CARGO_TERM_COLOR=never
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
if cargo nextest --version >/dev/null 2>&1; then
    # One process per test: real-window tests need their own event loop.
    cargo nextest run --locked --no-fail-fast
else
    cargo test --locked --no-fail-fast
fi

# Windows: the unit, property and simulation tests and the store's trust
# drills, cross-built and run under Wine. Every Windows step builds into
# the same target dir as the rest (under x86_64-pc-windows-gnu/), so std
# for Windows, built from source, is built once per profile.
bash tests/windows/run.sh

# The .deb and .rpm, end to end (a release build; leaves nothing installed).
bash tests/package.sh
