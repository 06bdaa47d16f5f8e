// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformtextscale.h"

#if defined(Q_OS_ANDROID)
#include "androidtextscale.h"
#elif defined(Q_OS_IOS)
#include "iostextscale.h"
#else
#include <QFont>
#include <QGuiApplication>
#endif

#include <algorithm>

double platformTextScale()
{
#if defined(Q_OS_ANDROID)
    return androidFontScale();
#elif defined(Q_OS_IOS)
    return iosBodyTextScale();
#else
    // Desktops set the size of their user-interface font: 10 pt is the usual one on Linux
    // and Windows, 13 pt on macOS. Never smaller than the screens were made for.
#if defined(Q_OS_MACOS)
    constexpr double usual = 13.0;
#else
    constexpr double usual = 10.0;
#endif
    const double points = QGuiApplication::font().pointSizeF();
    return points > 0 ? std::max(1.0, points / usual) : 1.0;
#endif
}
