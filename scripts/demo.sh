#!/usr/bin/env bash
# Quick start 1: build NumberDesk and start it against its built-in sandbox (no account needed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/build.sh"
BUILD_DIR="${NUMBERDESK_BUILD_DIR:-$ROOT/build}"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting under xvfb-run (nothing will be visible). Run from a desktop session to see the window." >&2
    exec xvfb-run -a "$BUILD_DIR/bin/numberdesk" --sandbox "$@"
fi
exec "$BUILD_DIR/bin/numberdesk" --sandbox "$@"
