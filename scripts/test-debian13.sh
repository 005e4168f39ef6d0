#!/usr/bin/env bash
# Builds NumberDesk and runs the whole test suite inside a Debian 13 root (Qt 6.8, ZXing-cpp 2.x, GCC 14),
# the current Qt that Windows and macOS users get, as a Debug build with AddressSanitizer and
# UndefinedBehaviorSanitizer (NUMBERDESK_SANITIZERS): any memory error, leak or undefined behaviour
# stops the program and fails its test. The root comes from scripts/debian13-root.sh and is reused while
# its package list is unchanged; ccache and the build folder live beside it, so a second run rebuilds
# only what changed. The root holds deps.sh's packages, PostgreSQL 17 too: the tests' throw-away server
# (scripts/pg-test-cluster.sh) runs there as the system user numberdesk-pg, and a test that finds no server
# fails (NUMBERDESK_REQUIRE_POSTGRES). Needs root (mount namespaces, chroot). Exit code = ctest's.
# Usage: scripts/test-debian13.sh [ctest options]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${NUMBERDESK_CACHE_DIR:-/var/cache/numberdesk}"
CHROOT=$(bash "$ROOT/scripts/debian13-root.sh" "$CACHE/trixie-root" | tail -n 1)
mkdir -p "$CACHE/ccache-debian13" "$CACHE/build-debian13"

# A private mount namespace: the bind mounts vanish with this process, whatever happens to it.
exec unshare --mount --propagation private bash -euo pipefail -c '
    chroot_dir=$1 src=$2 cache=$3; shift 3
    mkdir -p "$chroot_dir/src" "$chroot_dir/build" "$chroot_dir/ccache"
    mount --bind "$src" "$chroot_dir/src"
    mount --bind "$cache/build-debian13" "$chroot_dir/build"
    mount --bind "$cache/ccache-debian13" "$chroot_dir/ccache"
    mount -t proc proc "$chroot_dir/proc"
    mount --rbind /dev "$chroot_dir/dev"
    mount -t tmpfs tmpfs "$chroot_dir/tmp"
    exec chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        CCACHE_DIR=/ccache QT_QPA_PLATFORM=offscreen NUMBERDESK_REQUIRE_POSTGRES=1 \
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions=/src/tests/sanitizers/lsan.supp:print_suppressions=0 \
        bash -euo pipefail -c "
        echo \"debian13: \$(grep PRETTY_NAME /etc/os-release | cut -d= -f2), Qt \$(qtpaths6 --qt-version 2>/dev/null || echo ?), \$(g++ --version | head -n 1)\"
        cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
            -DNUMBERDESK_WARNINGS_AS_ERRORS=ON -DNUMBERDESK_BUILD_TESTS=ON -DNUMBERDESK_SANITIZERS=ON >/dev/null
        cmake --build /build --parallel \$(nproc) -- -k 0
        ctest --test-dir /build --output-on-failure --no-tests=error --parallel 2 \$*
    "
' numberdesk-debian13 "$CHROOT" "$ROOT" "$CACHE" "$@"
