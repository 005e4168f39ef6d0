#!/usr/bin/env bash
# Installs what NumberDesk needs to build and test, on Debian 12 / Ubuntu, as root or through sudo.
# Anywhere else it stops and lists what to install. Sourced by build.sh; safe to run on its own.
set -euo pipefail

# postgresql (the server: 15 on Debian 12, 17 on Debian 13), Qt's QPSQL driver and openssl: the tests' own
# throw-away PostgreSQL server with TLS (scripts/pg-test-cluster.sh); the server is never started as a
# service by NumberDesk's scripts, only as a test cluster in the build folder.
NUMBERDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
    libqt6sql6-sqlite
    postgresql libqt6sql6-psql openssl
    libzxing-dev qtkeychain-qt6-dev
    libsecret-1-0 dbus-daemon gnome-keyring
    libgl-dev
    xvfb xauth
    ccache
)

# What .ci/run needs beyond building and testing: the Debian 13 and clean Debian 12 roots (mmdebstrap),
# the .deb's dependency list (dpkg-shlibdeps), metadata validators, YAML for the workflow check, and
# ImageMagick to turn the clean-root screenshot into a PNG.
NUMBERDESK_CI_PACKAGES=(
    mmdebstrap dpkg-dev appstream desktop-file-utils python3-yaml imagemagick
)

# What scripts/fuzz.sh needs beyond building: clang, and the compiler runtime that holds libFuzzer and the
# sanitizers (Debian's clang leaves it to a separate package). The metapackages follow Debian's default
# clang version (14 on Debian 12).
NUMBERDESK_FUZZ_PACKAGES=(
    clang libclang-rt-dev
)

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

explain_and_stop() {
    cat >&2 <<MSG
NumberDesk's scripts can only install dependencies on Debian 12 / Ubuntu (apt) as root or with sudo.
$1
Please install these yourself (names are Debian's; other systems have equivalents):
  CMake >= 3.22, Ninja, a C++17 compiler,
  Qt >= 6.4 with: Core Gui Widgets PrintSupport Network Sql(SQLite, PostgreSQL) Test HttpServer WebSockets
  LinguistTools, ZXing-cpp >= 1.4 (libzxing-dev), QtKeychain for Qt 6 (qtkeychain-qt6-dev),
  for the tests a PostgreSQL server (initdb, pg_ctl) and openssl
Debian package list: ${NUMBERDESK_PACKAGES[*]}
MSG
    exit 1
}

install_numberdesk_dependencies() {
    install_packages "${NUMBERDESK_PACKAGES[@]}"
}

install_ci_tools() {
    install_packages "${NUMBERDESK_CI_PACKAGES[@]}"
}

install_fuzz_tools() {
    install_packages "${NUMBERDESK_FUZZ_PACKAGES[@]}"
}

install_packages() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        explain_and_stop "This machine has no apt/dpkg."
    fi
    local missing
    missing=$(missing_packages "$@")
    if [[ -z "$missing" ]]; then
        echo "deps: all of $(echo "$@" | wc -w) packages are installed."
        return 0
    fi
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            explain_and_stop "Missing packages: $(echo $missing) (and you are not root and have no sudo)."
        fi
    fi
    echo "deps: installing $(echo $missing)"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
        explain_and_stop "apt-get update failed."
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing ||
        explain_and_stop "apt-get install failed for: $(echo $missing)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    install_numberdesk_dependencies
fi
