// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

/// The source of "now", injected so that tests and screenshots can fix the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

/// The device's real clock.
class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still at a chosen instant (tests, screenshots, `--now`).
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &now)
        : m_now(now.toUTC())
    {
    }
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};
