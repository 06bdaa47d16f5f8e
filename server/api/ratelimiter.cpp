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
    const std::lock_guard lock(m_mutex);
    startWindowIfDue();
    return m_counts.value(key) >= m_perMinute;
}

void RateLimiter::count(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    startWindowIfDue();
    ++m_counts[key];
}

int RateLimiter::triesOf(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    startWindowIfDue();
    return m_counts.value(key);
}

bool RateLimiter::allow(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    startWindowIfDue();
    int &count = m_counts[key];
    if (count >= m_perMinute)
        return false;
    ++count;
    return true;
}

int RateLimiter::secondsLeft() const
{
    const std::lock_guard lock(m_mutex);
    return int((windowMs - (m_clock.elapsed() - m_windowStart) + 999) / 1000);
}
