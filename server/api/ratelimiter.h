// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <mutex>

/// Counts requests per key (a device, an address) in windows of one minute and says when a
/// key has had enough. Kept in memory only: a restarted server or another instance starts
/// counting anew, which costs nothing but a little slack. Safe to use from every thread.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute);

    /// True if @p key may make one more request now (and counts it).
    bool allow(const QString &key);
    /// Whether @p key has used up the current window, without counting.
    bool exhausted(const QString &key);
    void count(const QString &key);
    /// How many requests @p key made in the current window.
    int triesOf(const QString &key);
    /// Seconds until the current window ends, for Retry-After.
    int secondsLeft() const;

private:
    void startWindowIfDue(); // with m_mutex held

    mutable std::mutex m_mutex;
    int m_perMinute;
    QElapsedTimer m_clock;
    qint64 m_windowStart = 0;
    QHash<QString, int> m_counts;
};
