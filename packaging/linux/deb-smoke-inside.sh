#!/usr/bin/env bash
# The part of smoke-test-deb.sh that runs inside the clean Debian 12 root.
#   deb-smoke-inside.sh install   (as root) install the .deb with apt, then the test tools, then run "agent"
#   deb-smoke-inside.sh agent     (as the user "agent") start the app under Xvfb and check what it did
set -euo pipefail

install_and_run() {
    apt-get update -qq
    echo "smoke: a clean root with $(dpkg -l | grep -c ^ii) packages; installing the package"
    apt-get install -y -qq --no-install-recommends /tmp/numberdesk.deb >/tmp/apt.log 2>&1 ||
        { cat /tmp/apt.log; exit 1; }
    echo "smoke: installed; the root now has $(dpkg -l | grep -c ^ii) packages"
    numberdesk --version # no display needed
    # Test tools only after the package, so they cannot supply anything the package forgot to depend on.
    apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils x11-apps procps >/dev/null 2>&1
    useradd --create-home agent
    su agent -c "bash /tmp/deb-smoke-inside.sh agent"
}

sandbox_children() { pgrep -u agent -f numberdesk-sandbox || true; }

agent_session() {
    cd ~
    xvfb-run -a -s "-screen 0 1280x800x24" bash /tmp/deb-smoke-inside.sh agent-display
}

# Under Xvfb: the window, the journal and the sandbox child must all appear; quitting must stop the child.
agent_display() {
    numberdesk --sandbox >app.log 2>&1 &
    local app=$! ok=
    for _ in $(seq 1 120); do # up to 30 s: polling for an outcome, not a fixed wait
        if xwininfo -root -tree 2>/dev/null | grep -q "NumberDesk — SANDBOX" &&
            grep -q "sandbox running at" app.log &&
            [[ -n $(find ~/.local/share -name journal.sqlite 2>/dev/null) ]]; then
            ok=1
            break
        fi
        sleep 0.25
    done
    echo "smoke: windows: $(xwininfo -root -tree | grep -o '"NumberDesk[^"]*"' | sort -u | tr '\n' ' ')"
    echo "smoke: journal: $(find ~/.local/share -name journal.sqlite)"
    echo "smoke: sandbox child: $(sandbox_children | tr '\n' ' ')"
    grep -E "sandbox running at" app.log | sed 's/^/smoke: app log: /' || true
    xwd -root -silent >/tmp/screen.xwd
    kill "$app"
    wait "$app" || true
    for _ in $(seq 1 40); do
        [[ -z $(sandbox_children) ]] && break
        sleep 0.25
    done
    if [[ -n $(sandbox_children) ]]; then
        echo "smoke: FAILED: the sandbox child outlived the app"
        exit 1
    fi
    if [[ -z $ok ]]; then
        echo "smoke: FAILED: the window, the journal or the sandbox did not appear. The app's log:"
        cat app.log
        exit 1
    fi
    echo "smoke: window shown, journal opened, sandbox child started, and stopped with the app"
}

case "${1:-}" in
install) install_and_run ;;
agent) agent_session ;;
agent-display) agent_display ;;
*) echo "usage: $0 install|agent|agent-display" >&2; exit 2 ;;
esac
