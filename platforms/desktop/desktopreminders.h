// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifier.h"
#include "reminderservice.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class AppSettings;
class Clock;

/// Reminders on a desktop: the app itself keeps the time and shows each reminder through the
/// desktop's notifications when it is due, or as soon as the app runs again if it was closed
/// then. Each reminder appears once, across restarts.
class DesktopReminders : public QObject, public ReminderService
{
    Q_OBJECT
public:
    DesktopReminders(AppSettings &settings, const Clock &clock,
        std::unique_ptr<DesktopNotifier> notifier, QObject *parent = nullptr);

    Availability availability() const override;
    void schedule(const QList<Reminder> &reminders) override;

private:
    void showDue();

    AppSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<DesktopNotifier> m_notifier;
    /// Asked again at every schedule() (or first when asked before that), not at every look
    /// of the settings page: asking the desktop takes two round trips on the session bus.
    mutable std::optional<bool> m_available;
    QList<Reminder> m_waiting;
    QSet<QString> m_shown;
    QTimer m_timer;
};
