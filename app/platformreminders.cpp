// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformreminders.h"

#if defined(Q_OS_ANDROID)
#include "androidreminderservice.h"
#elif defined(Q_OS_IOS)
#include "iosreminderservice.h"
#elif defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include "desktopreminders.h"
#include "freedesktopnotifier.h"
#else
#include "desktopreminders.h"
#include "traynotifier.h"
#include <QIcon>
#endif

std::unique_ptr<ReminderService> makePlatformReminderService(
    [[maybe_unused]] AppSettings &settings, [[maybe_unused]] const Clock &clock)
{
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidReminderService>();
#elif defined(Q_OS_IOS)
    return std::make_unique<IosReminderService>();
#elif defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return std::make_unique<DesktopReminders>(
        settings, clock, std::make_unique<FreedesktopNotifier>());
#else
    return std::make_unique<DesktopReminders>(settings, clock,
        std::make_unique<TrayNotifier>(QIcon(QStringLiteral(":/ews/icons/ews-companion.svg"))));
#endif
}
