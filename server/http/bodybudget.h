// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

/// The memory all request bodies in flight may take together: a connection reserves a
/// body's announced length before reading it and gives it back once answered. Safe to use
/// from every thread.
class BodyBudget
{
public:
    explicit BodyBudget(qsizetype bytes)
        : m_left(bytes)
    {
    }

    /// Takes @p bytes if that many are left.
    bool reserve(qsizetype bytes)
    {
        qsizetype left = m_left.load();
        do {
            if (left < bytes)
                return false;
        } while (!m_left.compare_exchange_weak(left, left - bytes));
        return true;
    }

    void release(qsizetype bytes) { m_left += bytes; }
    qsizetype left() const { return m_left.load(); }

private:
    std::atomic<qsizetype> m_left;
};
