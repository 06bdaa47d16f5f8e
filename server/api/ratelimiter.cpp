// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

namespace {
constexpr qint64 windowMs = qint64(60) * 1000;
}

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(perMinute)
{
    m_clock.start();
}

void RateLimiter::startWindowIfDue()
{
    const qint64 now = m_clock.elapsed();
    if (now - m_windowStart >= windowMs) {
        // A new window: the counts start again, and memory stays bounded by one minute's keys.
        m_windowStart = now;
        m_counts.clear();
    }
}

bool RateLimiter::exhausted(const QString &key)
{
    startWindowIfDue();
    return m_counts.value(key) >= m_perMinute;
}

void RateLimiter::count(const QString &key)
{
    startWindowIfDue();
    ++m_counts[key];
}

bool RateLimiter::allow(const QString &key)
{
    if (exhausted(key))
        return false;
    count(key);
    return true;
}

int RateLimiter::secondsLeft() const
{
    return int((windowMs - (m_clock.elapsed() - m_windowStart) + 999) / 1000);
}
