// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminderservice.h"

#include <memory>

class AppSettings;
class Clock;

/// This platform's way of showing reminders: the notification services of Android and iOS,
/// the desktop's notifications on Linux, the system tray on Windows and macOS.
std::unique_ptr<ReminderService> makePlatformReminderService(
    AppSettings &settings, const Clock &clock);
