#!/usr/bin/env bash
# Runs clang-tidy with the repository's .clang-tidy over the core (src/core): the layer everything else
# stands on, held to zero findings (any finding is an error). Needs a configured build folder with
# compile_commands.json (scripts/build.sh makes one). Installs clang-tidy when it is missing.
# Usage: scripts/tidy.sh [build folder, default ./build]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-${NUMBERDESK_BUILD_DIR:-$ROOT/build}}"
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"
install_packages clang-tidy
if [[ ! -f "$BUILD_DIR/compile_commands.json" ]]; then
    echo "tidy: $BUILD_DIR/compile_commands.json is missing: configure the build first (scripts/build.sh)" >&2
    exit 2
fi
cd "$ROOT"
mapfile -t FILES < <(find src/core -name '*.cpp' | sort)
echo "tidy: $(clang-tidy --version | grep -m1 -o 'version [0-9.]*'), ${#FILES[@]} files of src/core"
# Colour codes stripped: run-clang-tidy colours its output even into a file.
run-clang-tidy -p "$BUILD_DIR" -j "$(nproc 2>/dev/null || echo 2)" -quiet "${FILES[@]}" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' > "$BUILD_DIR/tidy.log" || true
# run-clang-tidy's exit code does not say whether anything was found in every version: count the findings.
FINDINGS=$(grep -cE '(warning|error): .*\[[a-z0-9.,-]+\]$' "$BUILD_DIR/tidy.log" || true)
if [[ "$FINDINGS" != 0 ]]; then
    grep -E '(warning|error): .*\[[a-z0-9.,-]+\]$' "$BUILD_DIR/tidy.log" | sed "s#$ROOT/##" | sort -u
    echo "tidy: $FINDINGS finding(s) in src/core (full output: $BUILD_DIR/tidy.log)"
    exit 1
fi
echo "tidy: no findings in src/core"
