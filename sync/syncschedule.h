// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

/// When the next sync is due: every few minutes, sooner again after a failure (backing off up
/// to the interval, with jitter), and at once when the network comes back.
class SyncSchedule : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMs = 5 * 60 * 1000;

    SyncSchedule();

    /// A sync ended: plans the next one.
    void planAfter(bool failed);
    /// No more syncs until planned again (signed out).
    void stop();
    /// The device's network came or went (as the system reports it). Coming back, a sync is
    /// due at once and the back-off from the time without network is forgotten.
    void setNetworkReachable(bool reachable);

Q_SIGNALS:
    void due();

private:
    QTimer m_timer;
    int m_failures = 0;
    bool m_networkReachable = true;
};
