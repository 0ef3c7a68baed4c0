#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test in its own D-Bus session with its own GNOME Keyring (a throwaway HOME and login keyring), so that the
# real QtKeychain path is tested on any machine without touching the user's keychain. Exits 77 (CTest: skipped)
# when dbus-run-session or gnome-keyring-daemon is not installed (.ci/install-deps installs both).
set -eu
if [ "${SOUFFLEUR_IN_PRIVATE_KEYRING:-}" = "1" ]; then
    home=$(mktemp -d)
    # The daemon leaves with the private bus (dbus-run-session ends it).
    trap 'rm -rf "$home"' EXIT
    export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
    export XDG_RUNTIME_DIR="$home/run"
    mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
    # A new login keyring, unlocked with a throwaway password: no prompt ever.
    eval "$(printf 'souffleur-test' | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"
    exit $?
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed: the real keychain is not tested here" >&2
        exit 77
    fi
done
SOUFFLEUR_IN_PRIVATE_KEYRING=1 exec dbus-run-session -- "$0" "$@"
