#!/usr/bin/env bash
# Installs missing dependencies, then configures and builds NumberDesk into ./build.
# Usage: scripts/build.sh [extra cmake -D options]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"
install_numberdesk_dependencies

BUILD_DIR="${NUMBERDESK_BUILD_DIR:-$ROOT/build}"
LAUNCHER=()
if command -v ccache >/dev/null; then
    LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) # rebuilds of unchanged files cost nothing
fi
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}" "$@"
cmake --build "$BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"
