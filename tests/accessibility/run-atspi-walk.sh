#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a walk over the accessibility bus (atspi_walk.py, task_walk.py) on an X display of its
# own (Xvfb) and in a D-Bus session of its own, with the accessibility bus started as a desktop
# starts it. With a display of its own no other test's window is in the way of its pointer and
# keyboard, so the walks run beside the other tests.
# Usage: run-atspi-walk.sh SCRIPT ARGUMENTS...
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v Xvfb > /dev/null; then
    echo "No Xvfb: scripts/install-deps installs it." >&2
    exit 77
fi
work=$(mktemp -d)
# Xvfb picks a free display itself and writes its number when it is ready.
Xvfb -displayfd 1 -screen 0 1280x1024x24 -nolisten tcp > "$work/display" 2> "$work/xvfb.log" &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
if [ ! -s "$work/display" ]; then
    echo "Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi
DISPLAY=:$(cat "$work/display")
export DISPLAY
dbus-run-session --config-file="$here/../tools/private-session-bus.conf" -- sh -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    trap "kill $launcher 2>/dev/null" EXIT
    /usr/bin/python3 "$@"' sh "$@"
