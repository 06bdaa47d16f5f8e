#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a walk over the accessibility bus (atspi_walk.py, task_walk.py) in a D-Bus session of its
# own, with the accessibility bus started as a desktop starts it. Needs X (the test suite runs
# under Xvfb).
# Usage: run-atspi-walk.sh SCRIPT ARGUMENTS...
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
    echo "No X display: run the tests under xvfb-run (scripts/test does)." >&2
    exit 77
fi
exec dbus-run-session --config-file="$here/../tools/private-session-bus.conf" -- sh -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    trap "kill $launcher 2>/dev/null" EXIT
    /usr/bin/python3 "$@"' sh "$@"
