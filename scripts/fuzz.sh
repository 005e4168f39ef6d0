#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ (clang, ASan + UBSan, only the core and the fuzzers) into
# ./build-fuzz and runs each one, briefly by default (CI) or as long as asked. One line per target:
#   fuzz <name>: <executions> execs, <crashes> crashes
# Exit code non-zero on any crash, leak, timeout, out-of-memory or sanitizer report; the input that did it
# is kept in build-fuzz/fuzz-runs/<name>/artifacts/ and the report in build-fuzz/fuzz-runs/<name>.log.
# To keep a crash fixed, copy its input to tests/fuzz/regressions/<name>/ (see tests/fuzz/README.md).
#
# Usage: scripts/fuzz.sh [--seconds N | --runs N] [--jobs N] [target...]
#   --seconds N  run each target for N seconds (default 15)
#   --runs N     run each target for N executions instead
#   --jobs N     fuzz N targets at a time (default 1); the build uses at most 2 jobs
#   target...    names as in tests/fuzz/CMakeLists.txt (order_answer, qr_image, ...); default all
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

SECONDS_PER_TARGET=15
RUNS=""
JOBS=1
TARGETS=()
while [[ $# -gt 0 ]]; do
    case $1 in
    --seconds) SECONDS_PER_TARGET=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) TARGETS+=("$1"); shift ;;
    esac
done

# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"
install_numberdesk_dependencies
install_fuzz_tools

if [[ ${#TARGETS[@]} -eq 0 ]]; then
    # The one list of targets is the CMake one.
    mapfile -t TARGETS < <(sed -n '/^set(NUMBERDESK_FUZZ_TARGETS/,/^)/{/^    /s/ //gp}' "$ROOT/tests/fuzz/CMakeLists.txt")
fi

BUILD_DIR="${NUMBERDESK_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
LAUNCHER=()
if command -v ccache >/dev/null; then
    LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Debug keeps Q_ASSERT and the core's own checks alive; -O1 keeps the executions per second sensible.
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DNUMBERDESK_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DNUMBERDESK_WARNINGS_AS_ERRORS=ON "${LAUNCHER[@]}" >/dev/null
cmake --build "$BUILD_DIR" --parallel 2 --target "${TARGETS[@]/#/fuzz_}"

# Qt's warnings about bad input (images, JSON) would flood the log at thousands of inputs a second.
export QT_LOGGING_RULES="*.debug=false;*.info=false;*.warning=false"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

RUNS_DIR="$BUILD_DIR/fuzz-runs"

# Runs one target; its summary goes to $RUNS_DIR/<name>.line, its exit code is the fuzzer's.
fuzz_one() {
    local name=$1
    local work="$RUNS_DIR/$name"
    # New inputs go to a scratch corpus in the build tree; the repository's folders are only read.
    mkdir -p "$work/corpus" "$work/artifacts"
    local before
    before=$(find "$work/artifacts" -type f | wc -l)
    local limit=("-max_total_time=$SECONDS_PER_TARGET")
    [[ -n $RUNS ]] && limit=("-runs=$RUNS")
    local status=0
    "$BUILD_DIR/tests/fuzz/fuzz_$name" "${limit[@]}" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" \
        "$ROOT/tests/fuzz/corpus/$name" "$ROOT/tests/fuzz/regressions/$name" >"$work.log" 2>&1 || status=$?
    local execs crashes
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work.log" | tail -1)
    crashes=$(($(find "$work/artifacts" -type f | wc -l) - before))
    if [[ $status -ne 0 && $crashes -eq 0 ]]; then
        crashes=1 # a report without an artifact (e.g. a leak at exit) is still a failure
    fi
    echo "fuzz $name: ${execs:-?} execs, $crashes crashes" >"$work.line"
    return $status
}

FAILED=0
pids=()
names=()
report() {
    local i=$1 status=0
    wait "${pids[$i]}" || status=$?
    local name=${names[$i]}
    cat "$RUNS_DIR/$name.line"
    if [[ $status -ne 0 ]]; then
        FAILED=1
        echo "--- fuzz $name failed (exit $status); the end of $RUNS_DIR/$name.log:"
        grep -v '^#[0-9]' "$RUNS_DIR/$name.log" | tail -40
        ls "$RUNS_DIR/$name/artifacts/" | sed 's/^/--- artifact: /'
    fi
}
mkdir -p "$RUNS_DIR"
for name in "${TARGETS[@]}"; do
    fuzz_one "$name" &
    pids+=($!)
    names+=("$name")
    if [[ ${#pids[@]} -ge $JOBS ]]; then
        report 0
        pids=("${pids[@]:1}")
        names=("${names[@]:1}")
    fi
done
for i in "${!pids[@]}"; do
    report "$i"
done

TOTAL=$(cat "$RUNS_DIR"/*.line 2>/dev/null | awk -v want="${TARGETS[*]}" '
    BEGIN { n = split(want, w, " "); for (i = 1; i <= n; i++) keep[w[i] ":"] = 1 }
    keep[$2] { execs += $3 } END { print execs + 0 }')
echo "fuzz total: $TOTAL execs over ${#TARGETS[@]} targets, $([[ $FAILED == 0 ]] && echo "no crashes" || echo FAILED)"
exit $FAILED
