// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

#include <algorithm>

/// How long a transfer waits before it tries again after a failure: the first wait, then
/// double each time up to the longest, each with up to a tenth more or less at random, so that
/// many devices coming back after an outage do not all ask in the same second.
class BackOff
{
public:
    BackOff(int firstMs, int longestMs)
        : m_firstMs(firstMs)
        , m_longestMs(longestMs)
    {
    }

    void set(int firstMs, int longestMs)
    {
        m_firstMs = firstMs;
        m_longestMs = longestMs;
    }
    /// The wait before the next try, in milliseconds.
    int next()
    {
        m_currentMs = m_currentMs == 0 ? m_firstMs : std::min(2 * m_currentMs, m_longestMs);
        const int jitter = int(QRandomGenerator::global()->bounded(m_currentMs / 5 + 1));
        return m_currentMs - m_currentMs / 10 + jitter;
    }
    /// A try went through: the next failure waits the first wait again.
    void reset() { m_currentMs = 0; }

private:
    int m_firstMs;
    int m_longestMs;
    int m_currentMs = 0;
};
