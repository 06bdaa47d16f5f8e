// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

/// What the server's commands print: results on standard output, problems and notes on
/// standard error (so that a script reads the result alone).
namespace Console {
inline void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

inline void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

/// Says @p text on standard error; returns the exit code 1.
inline int fail(const QString &text)
{
    note(text);
    return 1;
}
}
