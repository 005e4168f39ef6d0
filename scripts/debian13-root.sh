#!/usr/bin/env bash
# Makes (or reuses) a Debian 13 "trixie" root with everything NumberDesk needs to build and test against
# current Qt (6.8), ZXing-cpp 2.x and GCC 14 -- what Windows and macOS users get. Used by .ci/run.
# Usage: scripts/debian13-root.sh [DIR]   (default: $NUMBERDESK_TRIXIE_ROOT or /var/cache/numberdesk/trixie-root)
# Prints the root's path as its last line. Needs root (mmdebstrap, chroot).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$ROOT/scripts/deps.sh"

TARGET="${1:-${NUMBERDESK_TRIXIE_ROOT:-/var/cache/numberdesk/trixie-root}}"
# The package list is part of the cache key: a changed list makes a new root.
KEY=$(printf '%s\n' "${NUMBERDESK_PACKAGES[@]}" | sort | sha256sum | cut -c1-16)

if [[ -f "$TARGET/.numberdesk-root-key" && "$(cat "$TARGET/.numberdesk-root-key")" == "$KEY" ]]; then
    echo "debian13-root: reusing $TARGET" >&2
    echo "$TARGET"
    exit 0
fi

if ! command -v mmdebstrap >/dev/null; then
    env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >&2
fi
rm -rf "$TARGET"
mkdir -p "$(dirname "$TARGET")"
INCLUDE=$(printf '%s,' "${NUMBERDESK_PACKAGES[@]}" ca-certificates)
echo "debian13-root: building $TARGET (Debian 13 trixie from deb.debian.org)" >&2
mmdebstrap --variant=apt --include="${INCLUDE%,}" --aptopt='Acquire::Retries "3"' \
    trixie "$TARGET" http://deb.debian.org/debian >&2
echo "$KEY" >"$TARGET/.numberdesk-root-key"
echo "$TARGET"
