// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminderservice.h"

/// Reminders on Android: handed to the system's AlarmManager by ReminderScheduler.java (in
/// src/), so that they appear while the app is not running, and again after the phone
/// restarts (the Java side keeps the list for that).
class AndroidReminderService : public ReminderService
{
public:
    Availability availability() const override;
    void requestPermission() override;
    void schedule(const QList<Reminder> &reminders) override;
};
