#!/usr/bin/env bash
# Quick start 2: build NumberDesk (warnings are errors) and run every test, headless. Exit code = ctest's.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/build.sh" -DNUMBERDESK_WARNINGS_AS_ERRORS=ON -DNUMBERDESK_BUILD_TESTS=ON
BUILD_DIR="${NUMBERDESK_BUILD_DIR:-$ROOT/build}"
export QT_QPA_PLATFORM=offscreen
# deps.sh installed PostgreSQL: a test that finds no server fails instead of skipping (README, "Checking it
# harder").
export NUMBERDESK_REQUIRE_POSTGRES=1
ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error --parallel 2 "$@"
