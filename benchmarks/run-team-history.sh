#!/usr/bin/env bash
# Runs bench_team_history against a throw-away PostgreSQL cluster (scripts/pg-test-cluster.sh), which it
# starts first and stops afterwards. Arguments go to the benchmark (e.g. --records 100000).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${NUMBERDESK_BUILD_DIR:-$ROOT/build}"
CLUSTER="$(mktemp -d /tmp/numberdesk-bench-pg.XXXXXX)"
trap 'bash "$ROOT/scripts/pg-test-cluster.sh" stop "$CLUSTER" >/dev/null' EXIT
bash "$ROOT/scripts/pg-test-cluster.sh" start "$CLUSTER"
NUMBERDESK_TEST_PG_ENV="$CLUSTER/connection.env" "$BUILD_DIR/benchmarks/bench_team_history" "$@"
