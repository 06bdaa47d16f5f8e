// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QSet>
#include <QString>

#include <functional>
#include <mutex>

/// The operator's log: one line for each event an operator watches for an attack or a fault
/// (a failed sign-in, a limit reached, a refused connection, a storage failure, a device
/// signed out). It names no person: at most a device id, and a client's network with its
/// last part cleared (203.0.113.0/24, 2001:db8:1::/48), never a whole address, a name or a
/// code. Lines go to standard error (the journal, under systemd) unless a sink is given.
/// Safe to use from every thread.
class OperatorLog
{
public:
    using Sink = std::function<void(const QString &line)>;
    explicit OperatorLog(Sink sink = {});

    /// Writes "<UTC time> <event>: <detail>".
    void write(const QString &event, const QString &detail);

    /// The same, but at most once a minute for each @p key (a flood of refusals is one line
    /// a minute, not a full disk).
    void writeOncePerMinute(const QString &key, const QString &event, const QString &detail);

    /// The network of @p address, for the log: IPv4 to /24, IPv6 to /48.
    static QString networkOf(const QString &address);

private:
    /// Writes the line, with m_mutex held.
    void emitLine(const QString &event, const QString &detail);

    Sink m_sink;
    std::mutex m_mutex;
    QElapsedTimer m_minute;
    QSet<QString> m_writtenThisMinute;
};
