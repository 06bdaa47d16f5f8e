// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <mutex>

/// Which devices this process has seen sync on which day, so that the store keeps each
/// device's last day of syncing (for the operator's list) with one write a device and day,
/// not one a sync. One entry a device: bounded by the devices signed in. Safe from every thread.
class LastSyncs
{
public:
    /// True the first time @p deviceId syncs on @p day in this process.
    bool firstOn(const QString &deviceId, const QDate &day)
    {
        const std::lock_guard lock(m_mutex);
        QDate &known = m_days[deviceId];
        if (known >= day)
            return false;
        known = day;
        return true;
    }

private:
    std::mutex m_mutex;
    QHash<QString, QDate> m_days;
};
