#!/bin/sh
# Runs a credential-store test away from the real user's keyring: HOME and the XDG directories point into
# a fresh temporary directory, and there is no display to show an unlock prompt on.
#   isolated-keyring.sh unlocked <test> [args]  private D-Bus session with an unlocked gnome-keyring
#                                               (Secret Service); NUMBERDESK_KEYRING=unlocked, or
#                                               NUMBERDESK_KEYRING_SKIP=<why> when it cannot start
#   isolated-keyring.sh no-dbus <test> [args]   no D-Bus session at all, so no credential store
# The test sees NUMBERDESK_TEST_SCRATCH (the temporary directory) and refuses to run without it.
set -u

mode=$1
shift

scratch=$(mktemp -d "${TMPDIR:-/tmp}/numberdesk-keyring.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
trap 'exit 1' INT TERM
export NUMBERDESK_TEST_SCRATCH="$scratch"
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/runtime" # an empty one: no "$XDG_RUNTIME_DIR/bus" to find
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# No display: nothing can autolaunch a bus or pop up a prompt. No desktop hints: QtKeychain then picks
# the Secret Service (libsecret) rather than KWallet.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION

case $mode in
no-dbus)
    "$@"
    ;;
unlocked)
    missing=
    for tool in dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
    done
    if [ -n "$missing" ]; then
        export NUMBERDESK_KEYRING_SKIP="not installed:$missing (scripts/deps.sh installs dbus-daemon and gnome-keyring)"
        "$@"
    else
        # A throwaway password creates and unlocks a fresh "login" keyring (an empty one would be
        # prompted for). The daemon leaves with the private bus when the test ends.
        dbus-run-session -- sh -c '
            if printf "numberdesk-test-keyring\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
            then export NUMBERDESK_KEYRING=unlocked
            else export NUMBERDESK_KEYRING_SKIP="gnome-keyring-daemon could not start on a private D-Bus session"
            fi
            exec "$@"' sh "$@"
    fi
    ;;
*)
    echo "usage: $0 unlocked|no-dbus <test> [args]" >&2
    exit 2
    ;;
esac
