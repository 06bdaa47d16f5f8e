// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <functional>
#include <memory>

/// SIGHUP, as `systemctl reload` sends it, turned into a call in the event loop of the thread
/// that made this (a signal handler may do almost nothing itself: it writes a byte to a pipe
/// that the event loop watches). One at a time in a process.
class HangupSignal : public QObject
{
    Q_OBJECT
public:
    explicit HangupSignal(std::function<void()> received, QObject *parent = nullptr);
    ~HangupSignal() override;
    HangupSignal(const HangupSignal &) = delete;
    HangupSignal &operator=(const HangupSignal &) = delete;

    /// False if the signal could not be taken over (the default, ending the process, stays).
    bool isWatching() const { return m_notifier != nullptr; }

private:
    std::function<void()> m_received;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
