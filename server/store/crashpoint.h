// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdlib>

/// Named places in the server where the crash-point tests stop it dead, as `kill -9` would:
/// with EWS_CRASH_AT=<name> in its environment the server exits there at once, without
/// tidying up. Without that variable (always, outside those tests) nothing happens.
namespace CrashPoint {
inline void reached(const char *name)
{
    static const QByteArray chosen = qgetenv("EWS_CRASH_AT");
    if (!chosen.isEmpty() && chosen == name)
        std::_Exit(137);
}
}
