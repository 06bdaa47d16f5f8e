// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminderservice.h"

#include <QtGlobal>

#include <atomic>
#include <memory>

Q_FORWARD_DECLARE_OBJC_CLASS(EwsReminderPresenter);

/// Reminders on iOS: local notifications through UNUserNotificationCenter, which the system
/// shows while the app is not running. iOS keeps at most 64 of them pending.
class IosReminderService : public ReminderService
{
public:
    IosReminderService();
    ~IosReminderService() override;

    Availability availability() const override;
    void requestPermission() override;
    void schedule(const QList<Reminder> &reminders) override;

    static constexpr qsizetype maximumPending = 64;

private:
    /// The system tells whether notifications are allowed only asynchronously; availability()
    /// answers from the last answer. Shared, because an answer may arrive after this is gone.
    std::shared_ptr<std::atomic<Availability>> m_availability;
    EwsReminderPresenter *m_presenter = nullptr;
};
