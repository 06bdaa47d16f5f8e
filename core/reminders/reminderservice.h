// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// One reminder the device shows at its time.
struct Reminder
{
    /// Stable for one date at one time: a moved date gets a new key, so that a reminder
    /// shown for the old time does not hide the new one.
    QString key;
    QString eventId;
    QDateTime fireAt; ///< UTC
    QString title; ///< "Modul 2, Tag 1 – morgen, 9:30"
    QString text; ///< where: "Jugendherberge Düsseldorf" or "Online"

    bool operator==(const Reminder &other) const = default;
};

/// The device's way of showing reminders when their time comes: the desktop's notification
/// area, or the notification services of Android and iOS (which show them even when the app
/// is not running).
class ReminderService
{
public:
    /// Whether reminders can appear on this device.
    enum class Availability {
        Always, ///< the system shows them, whether the app runs or not
        WhileRunning, ///< they appear while the app runs (also in the background)
        NotAllowed, ///< the person has not allowed this app's notifications
        NoNotificationArea, ///< the desktop has nowhere to show them
    };

    virtual ~ReminderService() = default;
    virtual Availability availability() const = 0;
    /// Asks the person to allow notifications where the system wants that asked (Android 13
    /// and later, iOS); availability() tells the outcome later.
    virtual void requestPermission() { }
    /// Replaces everything scheduled before with @p reminders: one for each wanted date
    /// that has not begun, ordered by fireAt. A reminder whose time has passed (the date was
    /// added or moved late, or the device was off) is shown at once if it never was before.
    /// An empty list removes every reminder.
    virtual void schedule(const QList<Reminder> &reminders) = 0;
};
