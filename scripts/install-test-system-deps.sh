#!/bin/sh
# Installs the Debian packages the test suite needs and that pip cannot bring:
#   chromium          headless browser for tests/test_html.py (driven by Playwright's Python API)
#   firefox-esr       the same page in Firefox (a headless screenshot; Playwright needs its own build)
#   zsh fish bash-completion tmux   shells and a terminal for the completion and terminal tests
#   fzf               the README's fzf recipe, run in tests/test_pty_polish.py
# Idempotent: installs only what is missing, and does nothing (not even `apt-get update`) when
# everything is there. It never asks for a password: it installs as root (CI, containers), or
# through sudo only when sudo needs no password (`sudo -n`); anywhere else it prints the
# command to run and exits 0, so the Python tests still run: the tests that need a missing
# program are skipped and the run ends with one line naming them (under CI they fail instead).
set -eu

PACKAGES="chromium firefox-esr zsh fish bash-completion tmux fzf"

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-system-deps: no apt-get here; install these yourself:$missing" >&2
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run="sudo -n"
else
    echo "install-test-system-deps: not root (and sudo would ask for a password), so nothing" >&2
    echo "  was installed; the tests that need these programs will be skipped. As root run:" >&2
    echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends$missing" >&2
    exit 0
fi

echo "install-test-system-deps: installing$missing" >&2
# Wait for another apt (unattended upgrades, a parallel job) rather than fail on its lock.
lock="-o DPkg::Lock::Timeout=600"
$run apt-get $lock update -qq
# shellcheck disable=SC2086  # the lists are meant to split into words
$run env DEBIAN_FRONTEND=noninteractive apt-get $lock install -y -qq --no-install-recommends $missing </dev/null
