#!/usr/bin/env bash
# Absorbed by bench/footprint.sh, which measures the daemon alone and the
# window (with the daemon it starts) in one table. Kept because parts of the
# README still name this script.
#   bench/window-footprint.sh [SECONDS]
exec "$(dirname "$0")/footprint.sh" "$@"
