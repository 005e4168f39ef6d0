#!/usr/bin/env bash
# Proves a NumberDesk .deb installs and starts on a clean, minimal Debian 12: apt installs it with the
# dependencies it declares (nothing else is in the root yet), then, as an ordinary user under Xvfb,
# `numberdesk --sandbox` must show its window, open its order journal and start the sandbox child,
# and quitting must stop that child. A screenshot of the screen is left in $OUT (default: ./deb-smoke.png).
# Usage: packaging/linux/smoke-test-deb.sh path/to/numberdesk_*.deb     (root; Debian's archive reachable)
set -euo pipefail
DEB=$(realpath "$1")
OUT=$(realpath -m "${OUT:-deb-smoke.png}")
CACHE="${NUMBERDESK_CACHE_DIR:-/var/cache/numberdesk}"
BASE="$CACHE/bookworm-clean-root"

# The clean root is made once and reused read-only: each run works on an overlay that is thrown away.
if [[ ! -f "$BASE/.numberdesk-clean-root" ]]; then
    command -v mmdebstrap >/dev/null ||
        env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap
    rm -rf "$BASE"
    mkdir -p "$CACHE"
    mmdebstrap --variant=apt bookworm "$BASE" http://deb.debian.org/debian >&2
    touch "$BASE/.numberdesk-clean-root"
fi
WORK=$(mktemp -d /tmp/numberdesk-deb-smoke.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/upper" "$WORK/work" "$WORK/root"
cp "$DEB" "$WORK/numberdesk.deb"

cp "$(dirname "${BASH_SOURCE[0]}")/deb-smoke-inside.sh" "$WORK/"

unshare --mount --propagation private bash -euo pipefail -c '
    work=$1
    root=$work/root
    mount -t overlay overlay -o "lowerdir=$2,upperdir=$work/upper,workdir=$work/work" "$root"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
    cp "$work/numberdesk.deb" "$work/deb-smoke-inside.sh" "$root/tmp/"
    chmod 755 "$root/tmp/deb-smoke-inside.sh"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive bash /tmp/deb-smoke-inside.sh install
    cp "$root/tmp/screen.xwd" "$work/screen.xwd"
' numberdesk-deb-smoke "$WORK" "$BASE"

if command -v convert >/dev/null; then
    convert "xwd:$WORK/screen.xwd" "$OUT" && echo "smoke: screenshot in $OUT"
fi
