// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncschedule.h"

#include <QRandomGenerator>

SyncSchedule::SyncSchedule()
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncSchedule::due);
}

void SyncSchedule::planAfter(bool failed)
{
    m_failures = failed ? m_failures + 1 : 0;
    // Back off after failures (30 s, 1 min, 2 min … up to the interval), with jitter so that a
    // room full of phones coming back online does not knock at once.
    const int base = failed ? qMin(intervalMs, 30000 << qMin(m_failures - 1, 4)) : intervalMs;
    m_timer.start(base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
}

void SyncSchedule::stop()
{
    m_timer.stop();
}

void SyncSchedule::setNetworkReachable(bool reachable)
{
    const bool cameBack = reachable && !m_networkReachable;
    m_networkReachable = reachable;
    if (!cameBack)
        return;
    m_failures = 0;
    Q_EMIT due();
}
